package io.amisdk.live;

import io.amisdk.runtime.AmiClient;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The PBX's live state, kept from one client's events: channels, bridges, queues, ConfBridge conferences, parked
 * calls, device, extension and presence states; and calls you can follow ({@link #originate}).
 *
 * <pre>{@code
 * AmiClient ami = AmiClient.connect(config);
 * try (LivePbx pbx = LivePbx.start(ami)) {
 *     pbx.ready().join();                       // the initial state is in
 *     pbx.channels().values().forEach(c -> System.out.println(c.name() + " " + c.state()));
 *     pbx.onChange(change -> System.out.println(change.type() + " " + change.value()));
 * }
 * }</pre>
 *
 * <p><b>Consistent from the first moment</b> (the informer pattern): on each login (the first and after every
 * reconnect) it reads the server's lists while it buffers the events that arrive meanwhile, builds the state from
 * the lists, applies the buffered events on top, and reports what differs from what it had as changes
 * ({@link LiveChange.Cause#RESYNC}). Applying is idempotent (values are set from headers, never counted), so an
 * event the lists already show, or one seen twice, changes nothing. {@link #reconcile()} does the same on demand
 * (or every {@link LiveConfig#reconcileEvery()}) and reports what differed as drift.
 *
 * <p><b>Threads.</b> One live thread per instance applies everything in event order and calls change listeners,
 * subscribers and hooks; whatever they throw (Error included) is caught and counted. Views and lookups can be called
 * from any thread.
 */
public final class LivePbx implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LivePbx.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final AmiLink link;
    private final LiveConfig config;
    private final LiveListener hooks;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor live;
    private final Thread[] liveThread = new Thread[1];
    private final LiveStore store;
    private final AtomicLong seq = new AtomicLong();
    private final ApplyCounters stats;
    private final AtomicLong listenerFailures = new AtomicLong();
    private final AtomicInteger queued = new AtomicInteger();
    /** Whether an overflow task is queued already (events dropped meanwhile add nothing to the queue). */
    private final java.util.concurrent.atomic.AtomicBoolean overflowPending = new java.util.concurrent.atomic.AtomicBoolean();
    private final CopyOnWriteArrayList<Consumer<? super LiveChange<?>>> listeners = new CopyOnWriteArrayList<>();
    private final ChangePublisher publisher;
    private final CompletableFuture<LivePbx> ready = new CompletableFuture<>();
    private final StateSync sync;
    private volatile boolean closed;
    private final CallTracker calls;
    private final String instance = Integer.toString(INSTANCES.incrementAndGet());

    LivePbx(AmiLink link, LiveConfig config, LiveListener hooks, Clock clock) {
        this.link = link;
        this.config = config;
        this.hooks = hooks == null ? new LiveListener() { } : hooks;
        this.clock = clock;
        this.live = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "amisdk-live-" + instance);
            t.setDaemon(true);
            liveThread[0] = t;
            return t;
        });
        this.live.setRemoveOnCancelPolicy(true);
        this.stats = new ApplyCounters((what, event) -> hook(() -> this.hooks.badInput(what, event)));
        this.store = new LiveStore(config, seq);
        this.calls = new CallTracker(link, config, store, clock, live, this::submit, listenerFailures, instance);
        this.sync = new StateSync(link, store, config, clock, live, this::submit, this.hooks, this::hook,
                () -> ready.complete(this));
        this.publisher = new ChangePublisher(Math.min(config.maxBufferedEvents(), 10_000), listenerFailures, live);
        this.store.sink(new StateTable.Sink() {
            @Override
            public void change(LiveChange<?> change) {
                changed(change);
            }

            @Override
            public void overflow(LiveChange.Kind kind) {
                sync.overflowed("table " + kind + " is full");
            }
        });
    }

    /** Starts keeping the client's live state with the default config; see {@link #start(AmiClient, LiveConfig, LiveListener)}. */
    public static LivePbx start(AmiClient client) {
        return start(client, LiveConfig.defaults(), null);
    }

    /**
     * Starts keeping the client's live state. The client may be logged in already or not yet ({@link AmiClient#create});
     * the state is read at each login. It needs the events of the classes call, agent (queues) and system, and a
     * user allowed the list actions (read: call, agent, reporting, system).
     */
    public static LivePbx start(AmiClient client, LiveConfig config, LiveListener hooks) {
        return start(new RuntimeLink(client), config, hooks, Clock.systemUTC());
    }

    static LivePbx start(AmiLink link, LiveConfig config, LiveListener hooks, Clock clock) {
        LivePbx pbx = new LivePbx(link, config, hooks, clock);
        pbx.begin();
        return pbx;
    }

    private void begin() {
        long purge = Math.max(100, config.hungUpRetention().toMillis() / 2);
        live.scheduleWithFixedDelay(this::expire, purge, purge, TimeUnit.MILLISECONDS);
        if (!config.reconcileEvery().isZero()) {
            long every = config.reconcileEvery().toMillis();
            live.scheduleWithFixedDelay(() -> sync.start(LiveChange.Cause.RECONCILE), every, every, TimeUnit.MILLISECONDS);
        }
        link.subscribe(this::arrived, already -> submit(() -> sync.loggedIn(already)), () -> submit(sync::lost));
    }

    // ---- views ----------------------------------------------------------------------------------------------

    /** Completes once the first resync is in (the state is then the server's). */
    public CompletableFuture<LivePbx> ready() {
        return ready.copy();
    }

    /** Everything at one moment, immutable and consistent (taken on the live thread between two events). */
    public LiveSnapshot snapshot() {
        if (Thread.currentThread() == liveThread[0] || closed) { // closed: nothing writes any more
            return store.snapshot();
        }
        CompletableFuture<LiveSnapshot> s = new CompletableFuture<>();
        submit(() -> s.complete(store.snapshot()));
        try {
            return s.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while taking a snapshot", e);
        } catch (Exception e) {
            throw new IllegalStateException("the live thread did not answer within 30 s", e);
        }
    }

    /** The channels up, by unique ID (immutable). */
    public Map<String, LiveChannel> channels() {
        return store.channels.copy();
    }

    /** The bridges by ID (immutable). */
    public Map<String, LiveBridge> bridges() {
        return store.bridges.copy();
    }

    /** The queues by name, with members and callers. */
    public Map<String, LiveQueue> queues() {
        return snapshot().queues();
    }

    /** The ConfBridge conferences by name, with participants. */
    public Map<String, Conference> conferences() {
        return snapshot().conferences();
    }

    /** The parked calls by the parked channel's unique ID (immutable). */
    public Map<String, ParkedCall> parkedCalls() {
        return store.parked.copy();
    }

    /** Device states by device (immutable). */
    public Map<String, DeviceState> deviceStates() {
        return store.devices.copy();
    }

    /**
     * Extension states by {@code exten@context} (immutable), each with the presence of its hint's presence provider
     * ({@link ExtensionState#presence()}, null when the hint has none or it is not known): what a BLF key shows.
     */
    public Map<String, ExtensionState> extensionStates() {
        return store.extensions.copy();
    }

    /** Presence states by presentity (immutable). */
    public Map<String, PresenceState> presenceStates() {
        return store.presences.copy();
    }

    /** A channel by unique ID; a hung-up one is found for {@link LiveConfig#hungUpRetention()}. */
    public Optional<LiveChannel> channel(String uniqueId) {
        return Optional.ofNullable(store.channelOrHungUp(uniqueId));
    }

    /** A channel up by name. */
    public Optional<LiveChannel> channelByName(String name) {
        String uid = name == null ? null : store.names.get(name);
        return Optional.ofNullable(uid == null ? null : store.channels.get(uid));
    }

    /** A bridge by ID. */
    public Optional<LiveBridge> bridge(String id) {
        return Optional.ofNullable(store.bridges.get(id));
    }

    /** The counters now. */
    public LiveCounters counters() {
        return new LiveCounters(stats.applied, stats.ignored, stats.unknown, stats.late, stats.bad, sync.resyncs(),
                sync.reconciles(), sync.drift(), sync.overflows(), listenerFailures.get());
    }

    /** Entries per table, hung-up channels kept for lookups and calls followed included (for bounds and tests). */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (StateTable<?> t : store.tables()) {
            sizes.put(t.kind().name(), t.size());
        }
        sizes.put("HUNG_UP", store.hungUpCount());
        sizes.put("NAMES", store.names.size());
        sizes.put("CALLS", calls.size());
        return sizes;
    }

    // ---- changes --------------------------------------------------------------------------------------------

    /** Tells the listener every change, on the live thread, in order. */
    public Runnable onChange(Consumer<? super LiveChange<?>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the listener the changes of one table, typed. */
    @SuppressWarnings("unchecked")
    public <T> Runnable onChange(LiveChange.Kind kind, Consumer<? super LiveChange<T>> listener) {
        return onChange(change -> {
            if (change.kind() == kind) {
                ((Consumer<LiveChange<T>>) listener).accept((LiveChange<T>) change);
            }
        });
    }

    /** The changes as a Flow.Publisher with back-pressure (up to 10,000 wait per subscriber, then the oldest go). */
    public Flow.Publisher<LiveChange<?>> changes() {
        return publisher;
    }

    // ---- calls ----------------------------------------------------------------------------------------------

    /**
     * Originates a call (Async, with a ChannelId this layer chooses) and returns its handle at once. The handle's
     * futures fail with {@link CallFailure} ({@link CallFailure.Reason#REFUSED} when Asterisk refuses the action).
     */
    public CallHandle originate(Originate request) {
        return originate(request, null);
    }

    /** As {@link #originate(Originate)}, the listener told every phase from the first (registered before it is sent). */
    public CallHandle originate(Originate request, Consumer<CallHandle.Phase> phases) {
        return calls.originate(request, phases);
    }

    // ---- the live thread ------------------------------------------------------------------------------------

    /** Rereads the server's lists now and fixes what differs; completes with the differences per table. */
    public CompletableFuture<Map<LiveChange.Kind, Integer>> reconcile() {
        CompletableFuture<Map<LiveChange.Kind, Integer>> result = new CompletableFuture<>();
        submit(() -> sync.start(LiveChange.Cause.RECONCILE).whenComplete((d, f) -> {
            if (f != null) {
                result.completeExceptionally(f);
            } else {
                result.complete(d);
            }
        }));
        return result;
    }

    private void submit(Runnable task) {
        if (closed) {
            return;
        }
        try {
            live.execute(() -> {
                try {
                    task.run();
                } catch (Throwable t) { // a bug of ours: logged, the thread goes on
                    LOG.log(Level.WARNING, "live state task failed", t);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** From the client's listener thread: queue the event for the live thread (bounded). */
    private void arrived(ServerEvent m) {
        if (queued.incrementAndGet() > config.maxBufferedEvents()) {
            queued.decrementAndGet();
            // one task per burst, not per dropped event: the executor's own queue is unbounded
            if (overflowPending.compareAndSet(false, true)) {
                submit(() -> {
                    overflowPending.set(false);
                    sync.overflowed("the live thread's queue is full");
                });
            }
            return;
        }
        submit(() -> {
            queued.decrementAndGet();
            apply(m);
        });
    }

    /** Applies one event on the live thread (package-private for the benchmark and tests). */
    void apply(ServerEvent m) {
        if ("FullyBooted".equalsIgnoreCase(m.name())) {
            sync.booted();
        }
        calls.observe(m);
        EventApplier.apply(store, m, stats, clock.instant());
        sync.buffer(m);
    }

    private void expire() {
        store.expire(clock.instant().minus(config.hungUpRetention()));
    }

    private void changed(LiveChange<?> stored) {
        LiveChange<?> change = store.forUsers(stored);
        if (change.kind() == LiveChange.Kind.CHANNEL) {
            if (change.type() == LiveChange.Type.REMOVED && change.cause() != LiveChange.Cause.EVENT
                    && !store.isHungUp(change.key())) {
                // gone while the link was down (or its Hangup was lost): hung up, cause unknown
                store.remember(((LiveChannel) change.before()).hungUp(0, clock.instant()));
            }
            calls.channelChanged(change);
        }
        for (Consumer<? super LiveChange<?>> l : listeners) {
            try {
                l.accept(change);
            } catch (Throwable t) { // Error included: user code never breaks the live thread
                listenerFailures.incrementAndGet();
            }
        }
        publisher.publish(change);
    }

    private void hook(Runnable call) {
        try {
            call.run();
        } catch (Throwable t) {
            listenerFailures.incrementAndGet();
        }
    }

    /** Stops following (the client stays open); calls still followed fail with {@link CallFailure.Reason#LOST}. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        link.close();
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(() -> {
            calls.closeAll();
            publisher.complete();
            done.complete(null);
        });
        closed = true;
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        live.shutdownNow();
    }
}
