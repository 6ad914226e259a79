package io.amisdk.runtime;

/**
 * An event from Asterisk. Generated event classes implement it; every header received is kept in
 * {@link #headers()}, documented or not (as {@link AmiResponse#headers()} for a response). Events nobody
 * registered arrive as {@link GenericEvent}.
 *
 * <p>An implementation overrides {@link #headers()}. (Until every generated SDK does, one that overrides only
 * the old {@link #message()} still works: each default calls the other.)
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
    default AmiMessage headers() {
        return message();
    }

    /**
     * Every header as received: the old name of {@link #headers()}, kept only while generated SDKs still
     * override it (it read as the {@code Message} header, which {@link AmiResponse#message()} is). Call
     * {@link #headers()}; this goes once the generator emits {@code headers()}. (Not {@code @Deprecated}: the
     * generated code that overrides it compiles with {@code -Werror}.)
     */
    default AmiMessage message() {
        return headers();
    }
}
