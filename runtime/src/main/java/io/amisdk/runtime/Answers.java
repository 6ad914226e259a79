package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How a raw answer becomes what the caller's future holds — the one rule in one place: an error answer fails
 * it ({@link AmiActionFailedException}), list items and awaited events are decoded to the asked type, and an
 * awaited outcome event that reports failure fails it ({@link AmiOutcomeFailedException}).
 */
final class Answers {
    /** An error answer fails the future, carrying the response (a raw response's orThrow). */
    static final Function<Object, AmiResponse> SUCCESS_ONLY = raw -> ((AmiResponse) raw).orThrow();

    private final EventDecoders decoders;

    Answers(EventDecoders decoders) {
        this.decoders = decoders;
    }

    /** The finisher of a plain action: success only, then the action's own typing (none for a GenericAction). */
    @SuppressWarnings("unchecked") // a GenericAction is an AmiAction<AmiResponse>, so R is AmiResponse
    static <R extends AmiResponse> Function<Object, R> response(AmiAction<R> action) {
        if (action instanceof GenericAction) { // its decodeResponse is the identity: a shared finisher, none allocated per send
            return (Function<Object, R>) SUCCESS_ONLY;
        }
        return raw -> action.decodeResponse(SUCCESS_ONLY.apply(raw));
    }

    /** The awaited event decoded by the registry, failing when it reports the action's failure. */
    Function<Object, AmiEvent> event(AmiAction<?> action) {
        return raw -> outcome(action, decoders.decode((AmiMessage) raw));
    }

    /** The awaited event decoded to {@code type}, failing when it reports the action's failure. */
    <E extends AmiEvent> Function<Object, E> event(AmiAction<?> action, Class<E> type, String eventName) {
        return raw -> outcome(action, decodedAs(type, (AmiMessage) raw, eventName));
    }

    /** A finished list, each item by the action's decodeItem, else by the event decoders (see {@link AmiListAction#decodeItem}). */
    <I extends AmiEvent> Function<Object, AmiListResponse<I>> list(Class<I> itemType, AmiListAction<I> action) {
        return raw -> toList((PendingAction.RawList) raw, itemType, action);
    }

    @SuppressWarnings("unchecked") // AmiListResponse is read-only: a list of I is a list of AmiEvent
    static AmiListResponse<AmiEvent> widen(AmiListResponse<? extends AmiEvent> list) {
        return (AmiListResponse<AmiEvent>) list;
    }

    private <I extends AmiEvent> AmiListResponse<I> toList(PendingAction.RawList raw, Class<I> itemType,
            AmiListAction<I> action) {
        raw.response().orThrow(); // the one rule, as for send
        List<I> items = new ArrayList<>(raw.items().size());
        for (AmiMessage m : raw.items()) {
            I own = action == null ? null : action.decodeItem(m);
            items.add(own != null ? own : decodedAs(itemType, m, "list item " + m.get("Event")));
        }
        AmiEvent completion = raw.completion() == null ? null : decoders.decode(raw.completion());
        return new AmiListResponse<>(raw.response(), items, completion);
    }

    /** The message decoded by the event decoders, which must make it a {@code type}; {@code what} names it in the error. */
    private <E extends AmiEvent> E decodedAs(Class<E> type, AmiMessage message, String what) {
        AmiEvent event = decoders.decode(message);
        if (!type.isInstance(event)) {
            throw new AmiProtocolException(what + " decoded to " + event.getClass().getName() + ", not "
                    + type.getName() + " (is that SDK's EventDecoderProvider on the path, and only one SDK?)");
        }
        return type.cast(event);
    }

    /** The event, or AmiOutcomeFailedException when it reports that the action failed (OriginateResponse: Failure). */
    private static <E extends AmiEvent> E outcome(AmiAction<?> action, E event) {
        String reason = Outcomes.failureOf(event);
        if (reason != null) {
            throw new AmiOutcomeFailedException(action.actionName() + " (ActionID " + event.actionId() + ")", event, reason);
        }
        return event;
    }
}
