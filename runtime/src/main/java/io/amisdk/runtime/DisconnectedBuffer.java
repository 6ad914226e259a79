package io.amisdk.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Actions sent while not logged in, waiting up to {@link AmiTimeouts#disconnectedWait()} for the (re)login
 * (lettuce's {@code DefaultEndpoint} buffer): bounded by maxActionsInFlight, sent in order once logged in,
 * failed when the wait runs out or the client closes. Guarded by the session's lock, so that a login making a
 * connection current and an action joining the queue never cross.
 */
final class DisconnectedBuffer {
    private final Object lock;
    private final AmiClientConfig config;
    private final SafeHooks hooks;
    private final Executor callbacks;
    /** Guarded by lock. */
    private final ArrayDeque<Waiting<?>> waiting = new ArrayDeque<>();

    DisconnectedBuffer(Object lock, AmiClientConfig config, SafeHooks hooks, Executor callbacks) {
        this.lock = lock;
        this.config = config;
        this.hooks = hooks;
        this.callbacks = callbacks;
    }

    /** Queues the action (the caller holds the lock and saw no connection); fails it at once when the queue is full. */
    <T> CompletableFuture<T> add(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
            Function<Object, T> finisher) {
        int max = config.limits().maxActionsInFlight();
        if (waiting.size() >= max) {
            AmiOverloadException e = new AmiOverloadException(action.actionName() + " was not sent: "
                    + waiting.size() + " actions wait for the login, the limit (maxActionsInFlight " + max + ")");
            hooks.actionFailed(action.actionName(), action.actionId(), e);
            return CompletableFuture.failedFuture(e);
        }
        Waiting<T> w = new Waiting<>(action, kind, eventName, timeout, finisher);
        waiting.add(w);
        try {
            w.expiry = config.resources().timer().schedule(() -> expire(w),
                    config.timeouts().disconnectedWait().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            waiting.remove(w);
            w.fail(new AmiConnectionLostException("the client's resources are closed; " + action.actionName()
                    + " was not sent"));
        }
        return w.result;
    }

    private void expire(Waiting<?> w) {
        boolean removed;
        synchronized (lock) {
            removed = waiting.remove(w);
        }
        if (removed) {
            AmiConnectionLostException e = new AmiConnectionLostException("not logged in within "
                    + config.timeouts().disconnectedWait().toMillis() + " ms (disconnectedWait); "
                    + w.action.actionName() + " was not sent");
            hooks.actionFailed(w.action.actionName(), w.action.actionId(), e);
            w.fail(e);
        }
    }

    /** Sends the actions that waited for this login, in the order they were sent. */
    void sendAll(AmiConnection connection) {
        List<Waiting<?>> ready;
        synchronized (lock) {
            if (waiting.isEmpty()) {
                return;
            }
            ready = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (Waiting<?> w : ready) {
            ScheduledFuture<?> expiry = w.expiry;
            if (expiry != null) {
                expiry.cancel(false);
            }
            w.sendOn(connection);
        }
    }

    /** Takes every waiting action out (the caller holds the lock, closing); fail them with {@link #failAll}. */
    List<Waiting<?>> takeAll() {
        List<Waiting<?>> all = new ArrayList<>(waiting);
        waiting.clear();
        return all;
    }

    /** Fails actions taken out by {@link #takeAll} (outside the lock). */
    void failAll(List<Waiting<?>> abandoned, AmiException cause) {
        for (Waiting<?> w : abandoned) {
            ScheduledFuture<?> expiry = w.expiry;
            if (expiry != null) {
                expiry.cancel(false);
            }
            w.fail(cause);
        }
    }

    /** An action sent while not logged in, and the future its caller holds. */
    final class Waiting<T> {
        final AmiAction<?> action;
        final PendingAction.Kind kind;
        final String eventName;
        final Duration timeout;
        final Function<Object, T> finisher;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile ScheduledFuture<?> expiry;

        Waiting(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
                Function<Object, T> finisher) {
            this.action = action;
            this.kind = kind;
            this.eventName = eventName;
            this.timeout = timeout;
            this.finisher = finisher;
        }

        void sendOn(AmiConnection connection) {
            CompletableFuture<T> sent;
            try {
                sent = connection.send(action, kind, eventName, timeout, finisher);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            // The inner future completes on the callback executor, so the caller's stages run there too.
            sent.whenComplete((value, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        }

        void fail(Throwable cause) {
            config.resources().execute(callbacks, () -> result.completeExceptionally(cause));
        }
    }
}
