package io.amisdk.runtime;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The blocking conveniences' one wait: bounded by the action's own timeouts, failures thrown as the AmiException they are. */
final class Blocking {
    /** Slack over the timeouts: the sweep fires a timeout up to 100 ms late, and the callback pool may be busy. */
    private static final Duration SLACK = Duration.ofSeconds(1);

    private Blocking() {
    }

    /**
     * Waits for a send's future. It always completes within the action's timeout after it was written, which
     * may come after waiting for a login ({@code disconnectedWait}) or for room ({@code fullQueueWait}).
     */
    static <T> T await(CompletableFuture<T> future, Duration timeout, AmiTimeouts timeouts, AmiAction<?> action) {
        Duration bound = timeout.plus(timeouts.disconnectedWait()).plus(timeouts.fullQueueWait()).plus(SLACK);
        try {
            return future.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AmiTimeoutException("no answer to " + action.actionName() + " within " + bound.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AmiException ae) {
                throw ae;
            }
            throw new AmiException(action.actionName() + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmiException("interrupted while waiting for the answer to " + action.actionName(), e);
        }
    }
}
