package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One action in flight, keyed by its ActionID. Its future is the pending entry (as lettuce does):
 * the connection completes it when the answer is whole — a response, a list, or an awaited event.
 * Only the reader thread touches the collecting fields.
 */
final class PendingAction<T> {
    /** What completes the action. */
    enum Kind {
        /** The response alone. */
        RESPONSE,
        /** The response, the item events, and the completion event. */
        LIST,
        /** A success response and then the named event carrying the ActionID (e.g. OriginateResponse). */
        EVENT
    }

    /** A finished list, before typed decoding. */
    record RawList(AmiResponse response, List<AmiMessage> items, AmiMessage completion) {
    }

    /** The finisher of a plain action, whose answer is always an AmiResponse; shared, so a send allocates none. */
    static final Function<Object, AmiResponse> AS_RESPONSE = AmiResponse.class::cast;

    final String actionId;
    final String actionName;
    final Kind kind;
    /** Whether the action answers without a header block (its answer is the next raw rows or blank line). */
    final boolean unframed;
    /** The completion event (LIST) or the awaited event (EVENT); may be null for LIST. */
    final String eventName;
    /** The future the caller holds; typed by {@link #finisher}, so the caller needs no extra stage to cast it. */
    final CompletableFuture<T> future = new CompletableFuture<>();
    /** Turns the raw answer into the caller's type; runs in {@link #deliver}, off the reader thread. */
    private final Function<Object, T> finisher;
    AmiResponse response;
    /** A list's item events; made on the first item, since most actions are not lists. */
    private List<AmiMessage> items;
    /** Items that arrived, kept or not. */
    int itemCount;
    /** Set when the list grew past its bound: items are no longer kept, and the list fails at its end. */
    boolean overflowed;
    /** How long the whole answer may take; the connection's timeout sweep fails the action after that. */
    final long timeoutNanos;
    /** When the action entered the pending map (set under its lock, so the map is in sentNanos order). */
    long sentNanos;
    /** The outcome, set once by whoever removed the action from the pending map; read by {@link #deliver}. */
    private Object result;
    private Throwable error;

    PendingAction(String actionId, String actionName, Kind kind, String eventName, long timeoutNanos,
            Function<Object, T> finisher, boolean unframed) {
        this.unframed = unframed;
        this.finisher = finisher;
        this.actionId = actionId;
        this.actionName = actionName;
        this.kind = kind;
        this.eventName = eventName;
        this.timeoutNanos = timeoutNanos;
    }

    /** Whether the timeout has run out at {@code nowNanos}. */
    boolean expiredAt(long nowNanos) {
        return nowNanos - sentNanos >= timeoutNanos;
    }

    /** Keeps the item; once {@code max} are held it keeps no more, and the list is marked overflowed. */
    void addItem(AmiMessage item, int max) {
        itemCount++;
        if (overflowed) {
            return;
        }
        if (items == null) {
            items = new ArrayList<>();
        }
        if (items.size() >= max) {
            overflowed = true;
            items = null; // the list fails at its end: let the held items go now
            return;
        }
        items.add(item);
    }

    /** The list items so far (reader thread). */
    List<AmiMessage> items() {
        return items == null ? List.of() : items;
    }

    /** Records success; the future completes later, in {@link #deliver}, off the reader thread. */
    void succeed(Object value) {
        result = value;
    }

    /** Records failure; the future completes later, in {@link #deliver}, off the reader thread. */
    void fail(Throwable cause) {
        error = cause;
    }

    /** The recorded failure, or null. */
    Throwable error() {
        return error;
    }

    /** Completes the future with the recorded outcome (on the callback executor: dependent stages are user code). */
    void deliver() {
        if (error != null) {
            future.completeExceptionally(error);
            return;
        }
        T value;
        try {
            value = finisher.apply(result);
        } catch (Throwable e) { // user code (decodeResponse, decodeItem), or an error answer: never the caller's thread's problem
            future.completeExceptionally(e);
            return;
        }
        future.complete(value);
    }

    /** Whether this event ends the list: {@code EventList: Complete}, the named event, or a name ending in Complete. */
    boolean completesList(String name, AmiMessage event) {
        String eventList = event.get("EventList");
        if (eventList != null && eventList.equalsIgnoreCase("Complete")) {
            return true;
        }
        if (eventName != null) {
            return name.equalsIgnoreCase(eventName);
        }
        // The older form ("Message: ... will follow") ends with an event such as StatusComplete.
        return name.toLowerCase(Locale.ROOT).endsWith("complete");
    }

    /** Whether a success response to a list action announces a list at all. */
    static boolean announcesList(AmiResponse response) {
        String eventList = response.get("EventList");
        if (eventList != null && eventList.equalsIgnoreCase("start")) {
            return true;
        }
        String message = response.message();
        return message != null && message.toLowerCase(Locale.ROOT).contains("follow");
    }
}
