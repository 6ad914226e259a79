package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pings whenever no response came for the keepalive interval — events do not count, so a server that still
 * sends events but no longer answers is found out — and declares the connection lost when the Ping is not
 * answered within the keepalive timeout. A Ping refused locally because a bound is full (actions in flight,
 * bytes queued) is a miss too, as if sent and unanswered: it is retried, and when the keepalive timeout
 * passes from the first refusal with still no response, the connection is lost — a server that stopped
 * answering is found out even when the bounds it filled keep the Ping from going out. One task per
 * logged-in connection on the shared timer.
 */
final class Keepalive {
    private static final System.Logger LOG = System.getLogger(Keepalive.class.getName());

    private final AmiClientConfig config;
    private final SafeHooks hooks;
    private volatile ScheduledFuture<?> task;
    private volatile boolean stopped;

    Keepalive(AmiClientConfig config, SafeHooks hooks) {
        this.config = config;
        this.hooks = hooks;
    }

    /** Watches this connection (and stops watching the one before). */
    void start(AmiConnection connection) {
        Duration interval = config.timeouts().keepaliveInterval();
        if (interval.isZero()) {
            return;
        }
        Duration timeout = config.timeouts().keepaliveTimeout();
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), interval.toNanos() / 4);
        AtomicBoolean pingInFlight = new AtomicBoolean();
        AtomicLong refusedSince = new AtomicLong(); // when the first of the Pings refused in a row was; 0: none
        Runnable check = () -> {
            if (!connection.isOpen() || stopped) {
                return; // the next connection has its own task; this one is cancelled
            }
            long now = System.nanoTime();
            if (now - connection.lastResponseNanos() < interval.toNanos()
                    || !pingInFlight.compareAndSet(false, true)) {
                return;
            }
            connection.send(GenericAction.of("Ping"), PendingAction.Kind.RESPONSE, null, timeout,
                            PendingAction.AS_RESPONSE, false) // the shared timer never waits for room
                    .whenComplete((response, error) -> {
                        pingInFlight.set(false);
                        if (error instanceof AmiOverloadException) {
                            refused(connection, refusedSince, now, timeout, error.getMessage());
                            return;
                        }
                        refusedSince.set(0);
                        if (error instanceof AmiTimeoutException) {
                            lost(connection, timeout, "keepalive Ping unanswered within " + timeout.toMillis() + " ms");
                        }
                    });
        };
        try {
            cancel();
            ScheduledFuture<?> scheduled = config.resources().timer()
                    .scheduleWithFixedDelay(check, period, period, TimeUnit.NANOSECONDS);
            task = scheduled;
            if (stopped) {
                scheduled.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            // the resources are closed
        }
    }

    /**
     * A Ping was refused at {@code now} (timer thread): the first of a row starts the miss; once the timeout
     * has passed since then with no response after it, the connection is lost.
     */
    private void refused(AmiConnection connection, AtomicLong refusedSince, long now, Duration timeout, String why) {
        long since = refusedSince.get();
        if (since == 0 || connection.lastResponseNanos() - since > 0) { // a response since: a new miss starts
            refusedSince.set(now);
            LOG.log(Level.DEBUG, () -> "keepalive Ping refused locally (" + why + "); a miss unless a response comes");
            return;
        }
        if (now - since >= timeout.toNanos()) {
            lost(connection, timeout, "keepalive Ping not sent within " + timeout.toMillis() + " ms: " + why);
        }
    }

    private void lost(AmiConnection connection, Duration timeout, String why) {
        LOG.log(Level.WARNING, () -> why + "; the connection counts as lost");
        hooks.keepaliveLost(timeout);
        connection.close(new AmiConnectionLostException(why));
    }

    /** Stops watching the current connection (it was lost). */
    void cancel() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Stops for good (the client closed). */
    void stop() {
        stopped = true;
        cancel();
    }
}
