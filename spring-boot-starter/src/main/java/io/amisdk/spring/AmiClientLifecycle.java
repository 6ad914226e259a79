package io.amisdk.spring;

import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the auto-configured {@link AmiClient} with the context and closes it with the context.
 *
 * <p>The start does not wait for the login (unless {@code amisdk.startup-wait} is set): a down Asterisk must not
 * keep the application from starting. The first login runs in the background; while Asterisk cannot be reached the
 * starter tries again on the reconnect policy's delays (the runtime's own reconnect covers connections lost after a
 * login, not the first one), and health shows DOWN with the reason. A refused login is not retried: health shows
 * Asterisk's answer, once, instead of a loop of failures.
 */
final class AmiClientLifecycle implements SmartLifecycle {
    private static final Logger LOG = System.getLogger(AmiClientLifecycle.class.getName());

    private final AmiClient client;
    private final AmiConnectionStatus status;
    private final Duration startupWait;
    private final CountDownLatch firstLogin = new CountDownLatch(1);
    private volatile ScheduledExecutorService retries;
    private volatile boolean running;

    AmiClientLifecycle(AmiClient client, AmiConnectionStatus status, Duration startupWait) {
        this.client = client;
        this.status = status;
        this.startupWait = startupWait == null ? Duration.ZERO : startupWait;
        client.onStateChange(state -> {
            if (state == ConnectionState.LOGGED_IN) {
                firstLogin.countDown();
            }
        });
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "amisdk-starter-connect");
            t.setDaemon(true);
            return t;
        });
        retries = executor;
        executor.execute(() -> attempt(0));
        if (!startupWait.isZero()) {
            try {
                if (!firstLogin.await(startupWait.toNanos(), TimeUnit.NANOSECONDS)) {
                    LOG.log(Level.WARNING, () -> "not logged in to Asterisk within amisdk.startup-wait (" + startupWait
                            + "); starting anyway: " + status.problem());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until Asterisk's port accepts a connection, then logs in once (the client cannot be started twice). */
    private void attempt(int attempt) {
        if (!running) {
            return;
        }
        AmiClientConfig config = client.config();
        ReconnectPolicy policy = config.reconnectPolicy();
        if (policy.enabled() && !reachable(config)) {
            if (policy.maxAttempts() > 0 && attempt + 1 >= policy.maxAttempts()) {
                status.problem("cannot connect to " + config.host() + ':' + config.port() + " after " + (attempt + 1)
                        + " attempts; gave up (amisdk.reconnect.max-attempts)");
                LOG.log(Level.WARNING, status::problem);
                client.close();
                return;
            }
            Duration delay = policy.delay(attempt);
            if (attempt == 0) {
                LOG.log(Level.WARNING, () -> "Asterisk at " + config.host() + ':' + config.port()
                        + " is not reachable; trying again in the background (" + status.problem() + ')');
            }
            try {
                retries.schedule(() -> attempt(attempt + 1), delay.toNanos(), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopped meanwhile
            }
            return;
        }
        client.startAsync().whenComplete((c, failure) -> {
            if (failure != null && running) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                String why = cause instanceof AmiAuthenticationException ? cause.getMessage() // Asterisk's answer
                        : "cannot log in: " + cause.getMessage();
                status.problem(why);
                LOG.log(Level.WARNING, () -> "the amisdk client did not log in to " + config.host() + ':'
                        + config.port() + " and is closed: " + why);
            } else if (failure == null) {
                LOG.log(Level.INFO, () -> "logged in to Asterisk at " + config.host() + ':' + config.port());
            }
        });
    }

    /** Whether a TCP connection to the server opens within the connect timeout (closed again at once). */
    private boolean reachable(AmiClientConfig config) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(config.host(), config.port()), (int) Math.min(Integer.MAX_VALUE,
                    Math.max(1, config.timeouts().connectTimeout().toMillis())));
            return true;
        } catch (IOException | RuntimeException e) {
            status.problem("cannot connect to " + config.host() + ':' + config.port() + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService executor = retries;
        if (executor != null) {
            executor.shutdownNow();
        }
        client.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
