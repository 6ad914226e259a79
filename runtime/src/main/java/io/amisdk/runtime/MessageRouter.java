package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Where each message the reader parsed goes: an event to the listeners or to the action it belongs to (a
 * list item, an awaited event), a response to its pending action. Runs on the reader thread only and never
 * runs user code; what one socket read settled completes in one callback task ({@link #endOfRead}).
 */
final class MessageRouter implements AmiMessageParser.Handler {
    private static final System.Logger LOG = System.getLogger(MessageRouter.class.getName());

    private final AmiConnection connection;
    private final PendingActions pending;
    private final AmiConnection.Listener listener;
    private final AmiClientConfig config;
    private final SafeHooks hooks;
    private final Executor callbacks;
    private final String name;
    /** When the last response arrived: keepalive pings when none came for its interval, whatever events arrive. */
    private volatile long lastResponseNanos = System.nanoTime();
    /** What the current socket read settled. */
    private CompletionBatch readBatch;
    /** Whether the current socket read carried an answer. */
    private boolean sawResponse;

    MessageRouter(AmiConnection connection, PendingActions pending, AmiConnection.Listener listener,
            AmiClientConfig config, SafeHooks hooks, Executor callbacks, String name) {
        this.connection = connection;
        this.pending = pending;
        this.listener = listener;
        this.config = config;
        this.hooks = hooks;
        this.callbacks = callbacks;
        this.name = name;
    }

    long lastResponseNanos() {
        return lastResponseNanos;
    }

    @Override
    public void greeting(String line) {
        connection.greeted(line);
    }

    @Override
    public void message(AmiMessage message) {
        route(message);
    }

    @Override
    public void blankLine() {
        unframed(AmiMessage.of(List.of()), true);
    }

    /** After each socket read (even one that ended in a protocol error): completes what it settled, in one task. */
    void endOfRead(long readNanos) {
        if (sawResponse) {
            sawResponse = false;
            lastResponseNanos = readNanos; // once per read, not per response
        }
        CompletionBatch batch = readBatch;
        if (batch != null) {
            readBatch = null;
            batch.submitTo(config.resources(), callbacks);
        }
    }

    /** Queues a settled action for the end of the current read. */
    private void settled(PendingAction<?> p) {
        if (readBatch == null) {
            readBatch = new CompletionBatch();
        }
        readBatch.add(p);
    }

    private void route(AmiMessage message) {
        String event = message.get("Event");
        if (event != null) {
            // An Event header makes it an event, even with Response and ActionID (OriginateResponse).
            String id = message.get("ActionID");
            if (id != null) {
                PendingAction<?> p = pending.get(id);
                if (p != null && onEvent(p, event, message) && !config.listItemsToListeners()) {
                    return; // a list item (or the list's end) belongs to the list's future
                }
            }
            listener.event(message);
            return;
        }
        if (message.get("Response") == null) {
            unframed(message, false);
            return;
        }
        sawResponse = true;
        String id = message.get("ActionID");
        PendingAction<?> p = pending.answeredBy(id);
        if (p == null) {
            LOG.log(Level.DEBUG, () -> name + ": response for no pending action (ActionID " + id + ")");
            return;
        }
        AmiResponse response = new AmiResponse(message, p.actionName);
        if (p.kind == PendingAction.Kind.RESPONSE) { // answeredBy removed it: the answer settles it
            p.succeed(response);
            settled(p);
            if (hooks.on) {
                answered(p, response.isError());
            }
            return;
        }
        onResponse(p, response);
    }

    /**
     * A block with neither Event nor Response (plain rows), or a blank line outside any message: the
     * answer of the oldest action still waiting for one, if that action answers unframed; else logged.
     */
    private void unframed(AmiMessage rows, boolean blank) {
        PendingAction<?> p = pending.takeUnframed();
        if (p == null) {
            if (!blank) {
                LOG.log(Level.DEBUG, () -> name + ": ignoring a message with neither Event nor Response: " + rows);
            }
            return;
        }
        sawResponse = true;
        p.succeed(new AmiResponse(rows, p.actionName));
        settled(p);
        answered(p, false);
    }

    private void answered(PendingAction<?> p, boolean error) {
        if (hooks.on) {
            hooks.actionAnswered(p.actionName, p.actionId, error, Duration.ofNanos(System.nanoTime() - p.sentNanos));
        }
    }

    private void onResponse(PendingAction<?> p, AmiResponse response) {
        switch (p.kind) {
            case RESPONSE -> finish(p, response);
            case LIST -> {
                p.response = response;
                if (response.isError() || !PendingAction.announcesList(response)) {
                    if (finish(p, new PendingAction.RawList(response, p.items(), null))) {
                        answered(p, response.isError());
                    }
                }
            }
            case EVENT -> {
                p.response = response;
                if (response.isError() && pending.remove(p)) {
                    p.fail(new AmiActionFailedException(response));
                    settled(p);
                    answered(p, true);
                }
            }
        }
    }

    /** Hands an event carrying a pending action's ActionID to it; returns whether it was that list's item or end. */
    private boolean onEvent(PendingAction<?> p, String eventName, AmiMessage event) {
        switch (p.kind) {
            case LIST -> {
                if (p.completesList(eventName, event)) {
                    completeList(p, event);
                } else {
                    p.addItem(event, config.limits().maxListItems());
                }
                return true;
            }
            case EVENT -> {
                if (eventName.equalsIgnoreCase(p.eventName)) {
                    finish(p, event);
                    answered(p, false);
                }
                return false;
            }
            default -> {
                return false; // events such as UserEvent echo a plain action's ActionID; they only go to the listeners
            }
        }
    }

    private void completeList(PendingAction<?> p, AmiMessage end) {
        AmiResponse response = p.response != null ? p.response : new AmiResponse(
                AmiMessage.builder().add("Response", "Success").add("ActionID", p.actionId).build(), p.actionName);
        if (p.overflowed) {
            if (pending.remove(p)) {
                AmiOverloadException e = new AmiOverloadException(p.actionName + " (ActionID " + p.actionId
                        + ") sent " + p.itemCount + " items, more than the limit (maxListItems "
                        + config.limits().maxListItems() + ")");
                p.fail(e);
                settled(p);
                hooks.actionFailed(p.actionName, p.actionId, e);
            }
        } else if (finish(p, new PendingAction.RawList(response, p.items(), end)) && hooks.on) {
            hooks.listCompleted(p.actionName, p.actionId, p.itemCount, Duration.ofNanos(System.nanoTime() - p.sentNanos));
        }
    }

    /** Settles an action the reader has seen the whole answer to; false when a timeout or loss came first. */
    private boolean finish(PendingAction<?> p, Object result) {
        if (pending.remove(p)) {
            p.succeed(result);
            settled(p);
            return true;
        }
        return false;
    }
}
