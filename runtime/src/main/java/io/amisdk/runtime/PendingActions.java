package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The actions in flight on one connection, keyed by ActionID, within the in-flight and queued-bytes bounds,
 * with their timeout sweep (lettuce's {@code CommandHandler}). In send order, so that a response without
 * ActionID goes to the oldest action still waiting for one, and the sweep stops at the first unexpired action.
 */
final class PendingActions {
    /** What {@link #admit} says when the connection is closed. */
    static final String CLOSED = "closed";
    /** What {@link #admit} says when the ActionID is already in flight. */
    static final String DUPLICATE = "duplicate";

    private final AmiLimits limits;
    private final Map<String, PendingAction<?>> pending = new LinkedHashMap<>();
    /** The shortest timeout any action was sent with; guarded by {@link #pending}. */
    private long shortestTimeoutNanos = Long.MAX_VALUE;
    private boolean closed;

    PendingActions(AmiLimits limits) {
        this.limits = limits;
    }

    /**
     * Takes the action in flight, reserving its bytes in the outbox: null when taken; {@link #CLOSED},
     * {@link #DUPLICATE}, or the bound that is full (its description) when not.
     */
    String admit(PendingAction<?> p, int bytes, Outbox outbox) {
        synchronized (pending) {
            if (closed) {
                return CLOSED;
            }
            String full = fullness(bytes, outbox.queuedBytes());
            if (full != null) {
                return full;
            }
            if (pending.putIfAbsent(p.actionId, p) != null) {
                return DUPLICATE;
            }
            p.sentNanos = System.nanoTime(); // under the lock: the map stays in sentNanos order
            shortestTimeoutNanos = Math.min(shortestTimeoutNanos, p.timeoutNanos);
            outbox.reserve(bytes);
            return null;
        }
    }

    /** Which bound a send of this many bytes would break now, or null. */
    private String fullness(int bytes, long queuedNow) {
        if (pending.size() >= limits.maxActionsInFlight()) {
            return pending.size() + " actions are in flight, the limit (maxActionsInFlight " + limits.maxActionsInFlight() + ")";
        }
        if (queuedNow > 0 && queuedNow + bytes > limits.maxQueuedBytes()) {
            return queuedNow + " bytes are queued for writing, the limit is maxQueuedBytes " + limits.maxQueuedBytes();
        }
        return null;
    }

    /** The action with this ActionID, or null. */
    PendingAction<?> get(String id) {
        synchronized (pending) {
            return pending.get(id);
        }
    }

    /**
     * The action a response belongs to (by ActionID, else the oldest still waiting for one), removed when
     * the response settles it (a plain action): look up and remove under one lock, not two.
     */
    PendingAction<?> answeredBy(String id) {
        synchronized (pending) {
            PendingAction<?> p = id != null ? pending.get(id) : oldestAwaitingResponse();
            if (p != null && p.kind == PendingAction.Kind.RESPONSE) {
                pending.remove(p.actionId);
            }
            return p;
        }
    }

    /** The oldest action still waiting for a response, removed, if it answers unframed; else null. */
    PendingAction<?> takeUnframed() {
        synchronized (pending) {
            PendingAction<?> p = oldestAwaitingResponse();
            if (p == null || !p.unframed) {
                return null;
            }
            pending.remove(p.actionId);
            return p;
        }
    }

    /** Asterisk answers one session's actions in order, so an answer without ActionID belongs to the oldest. */
    private PendingAction<?> oldestAwaitingResponse() {
        for (PendingAction<?> p : pending.values()) {
            if (p.response == null) {
                return p;
            }
        }
        return null;
    }

    /** Removes the action if it is still in flight; false when a timeout or loss came first. */
    boolean remove(PendingAction<?> p) {
        synchronized (pending) {
            return pending.remove(p.actionId, p);
        }
    }

    int size() {
        synchronized (pending) {
            return pending.size();
        }
    }

    /** Closes the table: every action in flight, removed; no action is admitted after. */
    List<PendingAction<?>> closeAll() {
        synchronized (pending) {
            closed = true;
            List<PendingAction<?>> all = new ArrayList<>(pending.values());
            pending.clear();
            return all;
        }
    }

    /**
     * Fails every action whose timeout has run out, returning them (null when none). The scan stops at the
     * first action sent less than the shortest timeout ago: neither it nor any later one can have expired.
     */
    CompletionBatch expire(long now) {
        CompletionBatch expired = null;
        synchronized (pending) {
            for (Iterator<PendingAction<?>> it = pending.values().iterator(); it.hasNext();) {
                PendingAction<?> p = it.next();
                if (now - p.sentNanos < shortestTimeoutNanos) {
                    break;
                }
                if (p.expiredAt(now)) {
                    it.remove();
                    p.fail(timeoutError(p));
                    if (expired == null) {
                        expired = new CompletionBatch();
                    }
                    expired.add(p);
                }
            }
        }
        return expired;
    }

    private static AmiTimeoutException timeoutError(PendingAction<?> p) {
        String missing = p.response == null ? "response"
                : p.kind == PendingAction.Kind.LIST ? "end of the list (" + p.itemCount + " items so far)"
                : p.eventName + " event";
        return new AmiTimeoutException("no " + missing + " to " + p.actionName + " (ActionID " + p.actionId
                + ") within " + TimeUnit.NANOSECONDS.toMillis(p.timeoutNanos) + " ms");
    }

    /**
     * A tenth of the shortest configured timeout, between 1 and 100 ms: timeouts fire at most that late. An
     * action given a shorter timeout of its own (sendAndAwaitEvent) may fire up to a period late.
     */
    static long sweepPeriodNanos(AmiClientConfig config) {
        AmiTimeouts t = config.timeouts();
        long shortest = Math.min(Math.min(t.actionTimeout().toNanos(), t.keepaliveTimeout().toNanos()),
                t.writeTimeout().toNanos());
        return Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(TimeUnit.MILLISECONDS.toNanos(100), shortest / 10));
    }
}
