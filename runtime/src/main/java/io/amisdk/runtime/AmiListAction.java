package io.amisdk.runtime;

/**
 * An action whose answer is a list: {@code EventList: start}, item events carrying the ActionID,
 * then a completion event (e.g. CoreShowChannels → CoreShowChannel… CoreShowChannelsComplete).
 *
 * @param <I> the type of the item events; {@link AmiEvent} when the items are of several kinds
 */
public interface AmiListAction<I extends AmiEvent> extends AmiAction {
    /** The class every item event is an instance of. */
    Class<I> itemType();

    /** The name of the event that completes the list, e.g. {@code CoreShowChannelsComplete}. */
    String completionEventName();
}
