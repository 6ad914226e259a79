package io.amisdk.runtime;

/**
 * An action whose answer is a list: {@code EventList: start}, item events carrying the ActionID,
 * then a completion event (e.g. CoreShowChannels → CoreShowChannel… CoreShowChannelsComplete).
 *
 * <p>The action decodes its own items ({@link #decodeItem}), so typed items do not depend on an
 * {@link EventDecoderProvider} being found by {@code ServiceLoader}.
 *
 * @param <I> the type of the item events: one event class, an interface several item classes implement
 *            (e.g. a sealed {@code QueueStatusItem}), or {@link AmiEvent}
 */
public interface AmiListAction<I extends AmiEvent> extends AmiAction<AmiResponse> {
    /** The class (or interface) every item event is an instance of. */
    Class<I> itemType();

    /** The name of the event that completes the list, e.g. {@code CoreShowChannelsComplete}. */
    String completionEventName();

    /**
     * Decodes one item event of this list (a message carrying the list's ActionID that is not the
     * completion event), or returns null when it is not one of the kinds this action knows.
     *
     * <p>For a null, the runtime decodes the message with the client's {@link EventDecoders}: if that
     * gives an instance of {@link #itemType()} it is kept as an item (so {@link GenericAction}, whose
     * items are any {@link AmiEvent}, returns null for all); otherwise the list's future fails with an
     * {@link AmiProtocolException} naming the event, as the list cannot be typed.
     */
    I decodeItem(AmiMessage message);

    /** A list action's response is the plain one that opens (or refuses) the list. */
    @Override
    default AmiResponse decodeResponse(AmiResponse response) {
        return response;
    }
}
