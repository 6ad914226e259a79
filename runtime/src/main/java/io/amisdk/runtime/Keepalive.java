package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pings whenever no response came for the keepalive interval — events do not count, so a server that still
 * sends events but no longer answers is found out — and declares the connection lost when the Ping is not
 * answered within the keepalive timeout. One task per logged-in connection on the shared timer.
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
        Runnable check = () -> {
            if (!connection.isOpen() || stopped) {
                return; // the next connection has its own task; this one is cancelled
            }
            if (System.nanoTime() - connection.lastResponseNanos() < interval.toNanos()
                    || !pingInFlight.compareAndSet(false, true)) {
                return;
            }
            connection.send(GenericAction.of("Ping"), PendingAction.Kind.RESPONSE, null, timeout,
                            PendingAction.AS_RESPONSE, false) // the shared timer never waits for room
                    .whenComplete((response, error) -> {
                        pingInFlight.set(false);
                        if (error instanceof AmiTimeoutException) {
                            LOG.log(Level.WARNING, () -> "keepalive Ping unanswered within " + timeout.toMillis()
                                    + " ms; the connection counts as lost");
                            hooks.keepaliveLost(timeout);
                            connection.close(new AmiConnectionLostException(
                                    "keepalive Ping unanswered within " + timeout.toMillis() + " ms"));
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
