package io.amisdk.live;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds and timings of the live layer. Every table has a bound; reaching one is counted and makes a resync follow.
 *
 * @param hungUpRetention  how long a hung-up channel can still be looked up (default 5 s)
 * @param maxChannels      bound on channels (and on hung-up channels kept for lookups), default 20,000
 * @param maxBridges       bound on bridges, default 10,000
 * @param maxQueueEntries  bound on queues, queue members and callers together, default 20,000
 * @param maxConferences   bound on conferences and participants together, default 10,000
 * @param maxParkedCalls   bound on parked calls, default 5,000
 * @param maxStates        bound on device, extension and presence states together, default 50,000
 * @param maxBufferedEvents events buffered while the lists of a resync are read, default 100,000
 * @param maxPendingCalls  calls followed at once ({@link LivePbx#originate}), default 10,000
 * @param reconcileEvery   an optional period for {@link LivePbx#reconcile()}; {@link Duration#ZERO} for none (default)
 * @param originateTimeout how long an originated call may take to be answered or fail before its future fails
 *                         with {@link CallFailure.Reason#TIMEOUT} (default 60 s; the Originate's own Timeout is
 *                         sent as this minus 5 s)
 * @param reconcileConfirm how long a reconcile waits before reading the lists again to confirm what differed (default
 *                         1 s): Asterisk changes its lists before the event that tells of the change goes out, so a
 *                         difference the events are about to fix is not drift; only a difference both readings show
 *                         is fixed and counted. {@link Duration#ZERO} fixes what the first reading shows
 */
public record LiveConfig(Duration hungUpRetention, int maxChannels, int maxBridges, int maxQueueEntries,
        int maxConferences, int maxParkedCalls, int maxStates, int maxBufferedEvents, int maxPendingCalls,
        Duration reconcileEvery, Duration originateTimeout, Duration reconcileConfirm) {

    public LiveConfig {
        Objects.requireNonNull(hungUpRetention, "hungUpRetention");
        Objects.requireNonNull(reconcileEvery, "reconcileEvery");
        Objects.requireNonNull(originateTimeout, "originateTimeout");
        Objects.requireNonNull(reconcileConfirm, "reconcileConfirm");
        if (hungUpRetention.isNegative() || reconcileEvery.isNegative() || reconcileConfirm.isNegative() || originateTimeout.compareTo(Duration.ofSeconds(6)) < 0) {
            throw new IllegalArgumentException("negative retention or period, or an originate timeout under 6 s");
        }
        for (int bound : new int[] {maxChannels, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls, maxStates,
                maxBufferedEvents, maxPendingCalls}) {
            if (bound < 1) {
                throw new IllegalArgumentException("every bound must be at least 1, got " + bound);
            }
        }
    }

    /** The defaults. */
    public static LiveConfig defaults() {
        return new LiveConfig(Duration.ofSeconds(5), 20_000, 10_000, 20_000, 10_000, 5_000, 50_000, 100_000, 10_000,
                Duration.ZERO, Duration.ofSeconds(60), Duration.ofSeconds(1));
    }

    /** This config with another retention of hung-up channels. */
    public LiveConfig withHungUpRetention(Duration retention) {
        return new LiveConfig(retention, maxChannels, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls,
                maxStates, maxBufferedEvents, maxPendingCalls, reconcileEvery, originateTimeout, reconcileConfirm);
    }

    /** This config with a reconcile period ({@link Duration#ZERO}: none). */
    public LiveConfig withReconcileEvery(Duration period) {
        return new LiveConfig(hungUpRetention, maxChannels, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls,
                maxStates, maxBufferedEvents, maxPendingCalls, period, originateTimeout, reconcileConfirm);
    }

    /** This config with another bound on channels. */
    public LiveConfig withMaxChannels(int max) {
        return new LiveConfig(hungUpRetention, max, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls,
                maxStates, maxBufferedEvents, maxPendingCalls, reconcileEvery, originateTimeout, reconcileConfirm);
    }

    /** This config with another bound on events buffered during a resync. */
    public LiveConfig withMaxBufferedEvents(int max) {
        return new LiveConfig(hungUpRetention, maxChannels, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls,
                maxStates, max, maxPendingCalls, reconcileEvery, originateTimeout, reconcileConfirm);
    }

    /** This config with another wait before a reconcile confirms what differed ({@link Duration#ZERO}: no second reading). */
    public LiveConfig withReconcileConfirm(Duration wait) {
        return new LiveConfig(hungUpRetention, maxChannels, maxBridges, maxQueueEntries, maxConferences, maxParkedCalls,
                maxStates, maxBufferedEvents, maxPendingCalls, reconcileEvery, originateTimeout, wait);
    }
}
