package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Hands events from the reader to the listeners through a bounded queue. The reader only offers
 * (never waits); when the queue is full the overflow policy drops an event and counts it. Listeners
 * run one task at a time on the listener executor, in arrival order; state changes are never dropped.
 * Whatever a listener throws ({@code Error} included) is caught per call, counted, and logged once
 * per listener; delivery goes on. Flow subscribers get their own bounded buffer and demand.
 */
final class EventDispatcher {
    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());

    private static final class Registration {
        final String eventName;
        final Class<?> type;
        final Consumer<AmiEvent> onEvent;
        final Consumer<ConnectionState> onState;
        final AtomicBoolean logged = new AtomicBoolean();

        Registration(String eventName, Class<?> type, Consumer<AmiEvent> onEvent, Consumer<ConnectionState> onState) {
            this.eventName = eventName;
            this.type = type;
            this.onEvent = onEvent;
            this.onState = onState;
        }
    }

    private final ArrayBlockingQueue<AmiMessage> events;
    private final Queue<ConnectionState> states = new ConcurrentLinkedQueue<>();
    private final EventOverflowPolicy policy;
    private final int capacity;
    private final Executor executor;
    private final AmiResources resources;
    private final EventDecoders decoders;
    private final SafeHooks hooks;
    private final AtomicLong failures;
    private final CopyOnWriteArrayList<Registration> registrations = new CopyOnWriteArrayList<>();
    /**
     * Per concrete event class, the event registrations that may want it, in registration order: the
     * type ones whose type it is an instance of, and every name one (checked by name). Replaced on
     * every (un)registration, so delivery asks no Class a question per event.
     */
    private volatile Map<Class<?>, Registration[]> byClass = new ConcurrentHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicBoolean decoderLogged = new AtomicBoolean();

    EventDispatcher(AmiClientConfig config, SafeHooks hooks, AtomicLong failures) {
        this.capacity = config.limits().eventQueueCapacity();
        this.events = new ArrayBlockingQueue<>(capacity);
        this.policy = config.limits().eventOverflowPolicy();
        this.decoders = config.eventDecoders();
        this.resources = config.resources();
        this.executor = resources.listeners();
        this.hooks = hooks;
        this.failures = failures;
    }

    /** Called by the reader: queues the event without ever waiting. */
    void offer(AmiMessage event) {
        if (policy == EventOverflowPolicy.DROP_NEWEST) {
            if (!events.offer(event)) {
                dropped(event);
            }
        } else {
            while (!events.offer(event)) {
                AmiMessage oldest = events.poll();
                if (oldest != null) {
                    dropped(oldest);
                }
            }
        }
        signal();
    }

    private void dropped(AmiMessage event) {
        dropped.incrementAndGet();
        if (hooks.on) {
            hooks.eventDropped(event.get("Event"));
        }
    }

    void state(ConnectionState state) {
        states.add(state);
        signal();
    }

    long dropped() {
        return dropped.get();
    }

    long delivered() {
        return delivered.get();
    }

    Subscription onEvent(String eventName, Class<?> type, Consumer<AmiEvent> listener) {
        return add(new Registration(eventName, type, listener, null));
    }

    /** Delivers the events that are instances of this type (a class, or an interface several implement). */
    <E extends AmiEvent> Subscription onEvent(Class<E> type, Consumer<? super E> listener) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(listener, "listener");
        @SuppressWarnings("unchecked") // only instances of type reach it: registrationsFor matches by type
        Consumer<AmiEvent> typed = (Consumer<AmiEvent>) listener;
        return onEvent(null, type, typed);
    }

    Subscription onState(Consumer<ConnectionState> listener) {
        return add(new Registration(null, null, null, listener));
    }

    private Subscription add(Registration r) {
        registrations.add(r);
        byClass = new ConcurrentHashMap<>();
        return () -> {
            registrations.remove(r);
            byClass = new ConcurrentHashMap<>();
        };
    }

    /** Subscribes a Flow subscriber to the events of this type. */
    <E extends AmiEvent> void subscribe(Class<E> type, Flow.Subscriber<? super E> subscriber) {
        EventFlowSubscription<E> s = new EventFlowSubscription<>(subscriber, capacity, policy, this::dropped,
                this::failed, task -> resources.execute(executor, task));
        try {
            subscriber.onSubscribe(s);
        } catch (Throwable t) {
            failed((AtomicBoolean) null, t, "Flow subscriber's onSubscribe");
            return;
        }
        s.registration = add(new Registration(null, type, e -> s.offer(type.cast(e)), state -> {
            if (state == ConnectionState.CLOSED) {
                s.complete();
            }
        }));
        if (s.cancelled) {
            s.registration.cancel();
        }
    }

    private Registration[] registrationsFor(Class<?> eventClass) {
        Map<Class<?>, Registration[]> cache = byClass;
        Registration[] found = cache.get(eventClass);
        if (found == null) {
            List<Registration> matching = new ArrayList<>();
            for (Registration r : registrations) {
                if (r.onEvent != null && (r.eventName != null || r.type == null || r.type.isAssignableFrom(eventClass))) {
                    matching.add(r);
                }
            }
            found = matching.toArray(new Registration[0]);
            cache.put(eventClass, found);
        }
        return found;
    }

    private void signal() {
        if (scheduled.compareAndSet(false, true)) {
            resources.execute(executor, this::drain); // a refused task runs elsewhere, never on the reader
        }
    }

    private void drain() {
        try {
            while (true) {
                ConnectionState state;
                while ((state = states.poll()) != null) {
                    deliver(state);
                }
                AmiMessage event = events.poll();
                if (event != null) {
                    deliver(event);
                    continue;
                }
                scheduled.set(false);
                if ((events.isEmpty() && states.isEmpty()) || !scheduled.compareAndSet(false, true)) {
                    return;
                }
            }
        } catch (Throwable t) {
            // deliver() guards every call; should anything still escape, delivery must not stop for good
            scheduled.set(false);
            LOG.log(Level.ERROR, "event delivery failed", t);
            if (!events.isEmpty() || !states.isEmpty()) {
                signal();
            }
        }
    }

    private void deliver(ConnectionState state) {
        for (Registration r : registrations) {
            if (r.onState != null) {
                try {
                    r.onState.accept(state);
                } catch (Throwable t) {
                    failed(r, t, "state listener on " + state);
                }
            }
        }
    }

    private void deliver(AmiMessage message) {
        AmiEvent event;
        try {
            event = decoders.decode(message);
        } catch (Throwable t) {
            if (decoderLogged.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "decoder failed for event " + message.get("Event")
                        + "; delivering it as GenericEvent (logged once)", t);
            }
            event = new GenericEvent(message);
        }
        String name = message.get("Event");
        for (Registration r : registrationsFor(event.getClass())) {
            if (r.eventName == null || r.eventName.equalsIgnoreCase(name)) {
                try {
                    r.onEvent.accept(event);
                } catch (Throwable t) {
                    failed(r, t, "event listener on " + name);
                }
            }
        }
        delivered.incrementAndGet();
    }

    private void failed(Registration r, Throwable t, String what) {
        failed(r == null ? null : r.logged, t, what);
    }

    /** Counts a listener's or subscriber's throw and logs it (once per {@code logged} flag; always when null). */
    void failed(AtomicBoolean logged, Throwable t, String what) {
        failures.incrementAndGet();
        hooks.listenerFailed(t);
        if (logged == null || logged.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, what + " threw; delivery goes on (logged once per listener, counted in listenerFailures())", t);
        }
    }
}
