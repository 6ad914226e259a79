package io.amisdk.runtime;

/**
 * The action was accepted, but the event that reports how it ended says it failed — an async Originate
 * whose {@code OriginateResponse} says {@code Response: Failure}. {@link AmiClient#sendAndAwaitEvent} fails
 * with it; {@link #event()} is the event, {@link #reason()} why.
 */
public class AmiOutcomeFailedException extends AmiException {
    private static final long serialVersionUID = 1L;
    private final transient AmiEvent event;
    private final String reason;

    /** {@code Originate (ActionID 7) failed: OriginateResponse says Reason 5 (busy)}. */
    public AmiOutcomeFailedException(String action, AmiEvent event, String reason) {
        super(action + " failed: " + event.eventName() + " says " + reason);
        this.event = event;
        this.reason = reason;
    }

    /** The event that reported the failure (a generated {@code OriginateResponseEvent} when the SDK is on the path). */
    public AmiEvent event() {
        return event;
    }

    /** Why, as the event says it ({@code Reason 5 (busy)}). */
    public String reason() {
        return reason;
    }
}
