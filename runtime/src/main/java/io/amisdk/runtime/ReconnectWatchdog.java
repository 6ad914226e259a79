package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * After a lost connection, tries again by the {@link ReconnectPolicy} (lettuce's {@code ConnectionWatchdog}):
 * each delay on the shared timer, each attempt (a blocking connect and login) on the connect pool, so the
 * timer never waits for a connect; gives up (closing the client) when the policy says so.
 */
final class ReconnectWatchdog {
    private static final System.Logger LOG = System.getLogger(ReconnectWatchdog.class.getName());

    private final ClientSession session;
    private final AmiClientConfig config;
    private final SafeHooks hooks;
    private volatile ScheduledFuture<?> task;

    ReconnectWatchdog(ClientSession session, AmiClientConfig config, SafeHooks hooks) {
        this.session = session;
        this.config = config;
        this.hooks = hooks;
    }

    /** The connection was lost: the first attempt is scheduled (from the timer, never from the reader). */
    void connectionLost() {
        try {
            config.resources().timer().execute(() -> schedule(0));
        } catch (RejectedExecutionException e) {
            session.close();
        }
    }

    /** Cancels a scheduled attempt (the client closed). */
    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    private void schedule(int attempt) {
        ReconnectPolicy policy = config.reconnectPolicy();
        if (session.isClosed()) {
            return;
        }
        if (!policy.enabled() || (policy.maxAttempts() > 0 && attempt >= policy.maxAttempts())) {
            LOG.log(Level.WARNING, () -> "giving up on " + config.host() + ':' + config.port()
                    + (policy.enabled() ? " after " + attempt + " attempts" : " (reconnect disabled)"));
            session.close();
            return;
        }
        session.setState(ConnectionState.RECONNECTING);
        Duration delay = policy.delay(attempt);
        hooks.reconnectScheduled(attempt, delay);
        try {
            ScheduledFuture<?> scheduled = config.resources().timer()
                    .schedule(() -> later(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
            task = scheduled;
            if (session.isClosed()) {
                scheduled.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            session.close(); // the resources are closed: nothing can reconnect
        }
    }

    /** Runs the (blocking) attempt on the connect pool. */
    private void later(int attempt) {
        if (session.isClosed()) {
            return;
        }
        try {
            config.resources().connects().execute(() -> attempt(attempt));
        } catch (RejectedExecutionException e) {
            session.close();
        }
    }

    private void attempt(int attempt) {
        if (session.isClosed()) {
            return;
        }
        try {
            session.open(true);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, () -> "reconnect attempt " + (attempt + 1) + " failed: " + e.getMessage());
            schedule(attempt + 1);
        }
    }
}
