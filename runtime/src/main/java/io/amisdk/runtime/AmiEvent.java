package io.amisdk.runtime;

/**
 * An event from Asterisk. Generated event classes implement it; every header received is kept in
 * {@link #headers()}, documented or not (as {@link AmiResponse#headers()} for a response). Events nobody
 * registered arrive as {@link GenericEvent}.
 */
public interface AmiEvent {
    /**
     * The event name, as sent in the {@code Event} header. (Not {@code name()}: that is left to an
     * event's {@code Name} header.)
     */
    default String eventName() {
        return headers().get("Event");
    }

    /** The {@code Privilege} header (e.g. {@code call,all}), or null. */
    default String privilege() {
        return headers().get("Privilege");
    }

    /** The ActionID of the action that caused this event (list items, OriginateResponse), or null. */
    default String actionId() {
        return headers().get("ActionID");
    }

    /** Every header as received, in order. */
    AmiMessage headers();
}
