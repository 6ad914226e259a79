package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Hands events from the reader to the listeners through a bounded queue. The reader only offers
 * (never waits); when the queue is full the overflow policy drops an event and counts it. Listeners
 * run one task at a time on the listener executor, in arrival order; state changes are never dropped.
 */
final class EventDispatcher {
    private static final System.Logger LOG = System.getLogger(EventDispatcher.class.getName());

    private record Registration(String eventName, Class<?> type, Consumer<AmiEvent> onEvent,
            Consumer<ConnectionState> onState) {
    }

    private final ArrayBlockingQueue<AmiMessage> events;
    private final Queue<ConnectionState> states = new ConcurrentLinkedQueue<>();
    private final EventOverflowPolicy policy;
    private final Executor executor;
    private final ExecutorService ownedExecutor;
    private final EventDecoders decoders;
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

    EventDispatcher(AmiClientConfig config, String name) {
        this.events = new ArrayBlockingQueue<>(config.eventQueueCapacity());
        this.policy = config.overflowPolicy();
        this.decoders = config.eventDecoders();
        if (config.listenerExecutor() != null) {
            this.executor = config.listenerExecutor();
            this.ownedExecutor = null;
        } else {
            ThreadPoolExecutor own = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "amisdk-events-" + name);
                t.setDaemon(true);
                return t;
            });
            this.executor = own;
            this.ownedExecutor = own;
        }
    }

    /** Called by the reader: queues the event without ever waiting. */
    void offer(AmiMessage event) {
        if (policy == EventOverflowPolicy.DROP_NEWEST) {
            if (!events.offer(event)) {
                dropped.incrementAndGet();
            }
        } else {
            while (!events.offer(event)) {
                if (events.poll() != null) {
                    dropped.incrementAndGet();
                }
            }
        }
        signal();
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

    private Registration[] registrationsFor(Class<?> eventClass) {
        Map<Class<?>, Registration[]> cache = byClass;
        Registration[] found = cache.get(eventClass);
        if (found == null) {
            List<Registration> matching = new ArrayList<>();
            for (Registration r : registrations) {
                if (r.onEvent() != null && (r.eventName() != null || r.type() == null || r.type().isAssignableFrom(eventClass))) {
                    matching.add(r);
                }
            }
            found = matching.toArray(new Registration[0]);
            cache.put(eventClass, found);
        }
        return found;
    }

    /** Stops the owned listener thread once it has delivered what is queued. */
    void shutdown() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    private void signal() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
            }
        }
    }

    private void drain() {
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
    }

    private void deliver(ConnectionState state) {
        for (Registration r : registrations) {
            if (r.onState() != null) {
                try {
                    r.onState().accept(state);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "state listener failed on " + state, e);
                }
            }
        }
    }

    private void deliver(AmiMessage message) {
        AmiEvent event;
        try {
            event = decoders.decode(message);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "decoder failed for event " + message.get("Event") + "; delivering it as GenericEvent", e);
            event = new GenericEvent(message);
        }
        String name = message.get("Event");
        for (Registration r : registrationsFor(event.getClass())) {
            if (r.eventName() == null || r.eventName().equalsIgnoreCase(name)) {
                try {
                    r.onEvent().accept(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "event listener failed on " + name, e);
                }
            }
        }
        delivered.incrementAndGet();
    }
}
