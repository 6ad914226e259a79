package io.amisdk.live;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The resyncs and reconciles of one {@link LivePbx} (the informer pattern): read the server's lists while the events
 * that arrive meanwhile are buffered, build a scratch store from the lists, apply the buffered events on top, and
 * let the live store adopt it, reporting the differences as changes (and, for a reconcile, as drift). Also decides
 * when a login's resync runs (after FullyBooted). Live thread only, except the counters.
 */
final class StateSync {
    private static final System.Logger LOG = System.getLogger(StateSync.class.getName());

    private final AmiLink link;
    private final LiveStore store;
    private final LiveConfig config;
    private final Clock clock;
    private final ScheduledExecutorService live;
    private final Consumer<Runnable> submit;
    private final LiveListener hooks;
    private final Consumer<Runnable> hook;
    private final Runnable onReady;
    private final AtomicLong resyncs = new AtomicLong();
    private final AtomicLong reconciles = new AtomicLong();
    private final AtomicLong drift = new AtomicLong();
    private final AtomicLong overflows = new AtomicLong();
    /** The resync or reconcile in progress, or null (live thread only). */
    private Sync sync;
    /** How long a resync waits for FullyBooted after a login. */
    private static final Duration BOOT_WAIT = Duration.ofSeconds(2);
    /** Logins seen, and whether the last one's FullyBooted is still awaited (live thread only). */
    private long logins;
    private boolean awaitingBoot;
    private boolean bootedEarly;

    /** A resync or reconcile: the events buffered since its lists were asked for, and its outcome. */
    private static final class Sync {
        final LiveChange.Cause cause;
        final long started;
        final List<ServerEvent> buffer = new ArrayList<>();
        final CompletableFuture<Map<LiveChange.Kind, Integer>> done;
        /** A reconcile's second reading: what the first found differing (only what both show is drift). */
        final Map<LiveChange.Kind, Set<String>> firstFound;
        /** False while a confirming reconcile waits to read the lists again (nothing buffered yet). */
        boolean reading;
        boolean overflowed;
        /** Run another one once this one is done (FullyBooted came meanwhile). */
        boolean again;

        Sync(LiveChange.Cause cause) {
            this(cause, System.nanoTime(), new CompletableFuture<>(), null);
            reading = true;
        }

        Sync(LiveChange.Cause cause, long started, CompletableFuture<Map<LiveChange.Kind, Integer>> done,
                Map<LiveChange.Kind, Set<String>> firstFound) {
            this.cause = cause;
            this.started = started;
            this.done = done;
            this.firstFound = firstFound;
        }
    }

    StateSync(AmiLink link, LiveStore store, LiveConfig config, Clock clock, ScheduledExecutorService live,
            Consumer<Runnable> submit, LiveListener hooks, Consumer<Runnable> hook, Runnable onReady) {
        this.link = link;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.live = live;
        this.submit = submit;
        this.hooks = hooks;
        this.hook = hook;
        this.onReady = onReady;
    }

    long resyncs() {
        return resyncs.get();
    }

    long reconciles() {
        return reconciles.get();
    }

    long drift() {
        return drift.get();
    }

    long overflows() {
        return overflows.get();
    }

    /** An event just applied to the live store: kept for the scratch store of the resync under way, if any. */
    void buffer(ServerEvent m) {
        if (sync != null && sync.reading && !sync.overflowed) {
            if (sync.buffer.size() >= config.maxBufferedEvents()) {
                sync.overflowed = true;
                sync.buffer.clear();
                overflows.incrementAndGet();
            } else {
                sync.buffer.add(m);
            }
        }
    }

    /**
     * Starts a resync or reconcile (live thread), or joins the one of the same cause under way; a reconcile asked for
     * during a resync runs after it (a resync's differences are not drift).
     */
    CompletableFuture<Map<LiveChange.Kind, Integer>> start(LiveChange.Cause cause) {
        if (sync != null) {
            if (sync.cause == cause) {
                return sync.done;
            }
            CompletableFuture<Map<LiveChange.Kind, Integer>> after = new CompletableFuture<>();
            sync.done.whenComplete((d, f) -> submit.accept(() -> start(cause).whenComplete((mine, failure) -> {
                if (failure != null) {
                    after.completeExceptionally(failure);
                } else {
                    after.complete(mine);
                }
            })));
            return after;
        }
        if (!link.loggedIn()) {
            return CompletableFuture.failedFuture(new IllegalStateException("not logged in"));
        }
        Sync s = new Sync(cause);
        sync = s;
        Resync.fetch(link).whenComplete((items, failure) -> submit.accept(() -> finish(s, items, failure)));
        return s.done;
    }

    private void finish(Sync s, List<ServerEvent> items, Throwable failure) {
        if (sync != s) {
            return;
        }
        sync = null;
        if (failure != null) {
            LOG.log(Level.DEBUG, "resync failed (it runs again at the next login): {0}", CallTracker.rootMessage(failure));
            s.done.completeExceptionally(failure);
            return;
        }
        if (s.overflowed || s.again) {
            start(s.cause).whenComplete((d, f) -> {
                if (f != null) {
                    s.done.completeExceptionally(f);
                } else {
                    s.done.complete(d);
                }
            });
            return;
        }
        Instant now = clock.instant();
        LiveStore fresh = store.scratch(config);
        Resync.load(fresh, items, now);
        ApplyCounters quiet = ApplyCounters.quiet();
        for (ServerEvent m : s.buffer) {
            EventApplier.apply(fresh, m, quiet, now);
        }
        Map<LiveChange.Kind, Set<String>> found = store.differences(fresh);
        if (s.cause == LiveChange.Cause.RECONCILE && s.firstFound == null && !found.isEmpty()
                && !config.reconcileConfirm().isZero()) {
            confirmLater(s, found);
            return;
        }
        Map<LiveChange.Kind, Integer> diff = store.adopt(fresh, s.firstFound == null ? found : both(s.firstFound, found),
                s.cause);
        int total = diff.values().stream().mapToInt(Integer::intValue).sum();
        if (s.cause == LiveChange.Cause.RECONCILE) {
            reconciles.incrementAndGet();
            drift.addAndGet(total);
            diff.forEach((kind, n) -> hook.accept(() -> hooks.drift(kind, n)));
        } else {
            resyncs.incrementAndGet();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - s.started);
        hook.accept(() -> hooks.synced(s.cause == LiveChange.Cause.RECONCILE, total, took));
        s.done.complete(Map.copyOf(diff));
        onReady.run();
    }

    /**
     * A reconcile found differences: reads the lists again after {@link LiveConfig#reconcileConfirm()} (events in
     * flight have arrived by then), holding the place of the sync under way so that no other starts meanwhile.
     */
    private void confirmLater(Sync first, Map<LiveChange.Kind, Set<String>> found) {
        Sync second = new Sync(first.cause, first.started, first.done, found);
        sync = second;
        live.schedule(() -> {
            if (sync != second) {
                return; // the connection was lost meanwhile
            }
            if (!link.loggedIn()) {
                sync = null;
                second.done.completeExceptionally(new IllegalStateException("not logged in"));
                return;
            }
            second.reading = true;
            Resync.fetch(link).whenComplete((items, failure) -> submit.accept(() -> finish(second, items, failure)));
        }, config.reconcileConfirm().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The keys both readings found differing, per table. */
    private static Map<LiveChange.Kind, Set<String>> both(Map<LiveChange.Kind, Set<String>> first,
            Map<LiveChange.Kind, Set<String>> second) {
        Map<LiveChange.Kind, Set<String>> out = new java.util.EnumMap<>(LiveChange.Kind.class);
        second.forEach((kind, keys) -> {
            Set<String> kept = new java.util.TreeSet<>(keys);
            kept.retainAll(first.getOrDefault(kind, Set.of()));
            if (!kept.isEmpty()) {
                out.put(kind, kept);
            }
        });
        return out;
    }

    /**
     * A login: the resync waits for FullyBooted (Asterisk sends it at login once booted, or when its boot completes:
     * lists read before that miss what is not loaded yet), at most {@link #BOOT_WAIT} (a mask without the system class
     * never gets it); at once when the client was logged in before {@link LivePbx#start} (its FullyBooted has passed).
     */
    void loggedIn(boolean already) {
        long login = ++logins;
        if (bootedEarly || already) { // its FullyBooted came before the client said so, or before we subscribed
            bootedEarly = false;
            awaitingBoot = false;
            start(LiveChange.Cause.RESYNC);
            return;
        }
        live.schedule(() -> {
            if (logins == login && awaitingBoot) {
                awaitingBoot = false;
                start(LiveChange.Cause.RESYNC);
            }
        }, BOOT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        awaitingBoot = true;
    }

    /** FullyBooted: resync now (again, if one is under way: its lists may be from before the boot completed). */
    void booted() {
        if (!link.loggedIn()) {
            bootedEarly = true;
            return;
        }
        awaitingBoot = false;
        if (sync != null) {
            sync.again = true;
        } else {
            start(LiveChange.Cause.RESYNC);
        }
    }

    void lost() {
        bootedEarly = false;
        if (sync != null) {
            Sync s = sync;
            sync = null;
            s.done.completeExceptionally(new IllegalStateException("the connection was lost during the resync"));
        }
    }

    void overflowed(String what) {
        overflows.incrementAndGet();
        LOG.log(Level.DEBUG, "{0}: a resync follows", what);
        if (sync != null) {
            sync.overflowed = true;
        } else {
            start(LiveChange.Cause.RESYNC);
        }
    }
}
