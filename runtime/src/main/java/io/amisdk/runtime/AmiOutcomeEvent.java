package io.amisdk.runtime;

/**
 * An event that reports how an action ended, such as {@code OriginateResponse} after an async Originate.
 * When {@link AmiClient#sendAndAwaitEvent} receives one that {@link #outcomeFailed() failed}, its future fails
 * with {@link AmiOutcomeFailedException} carrying the event and {@link #failureReason()}.
 *
 * <p>Generated event classes the model marks as outcomes implement it; the defaults read Asterisk's
 * convention ({@code Response: Failure}, and a numeric {@code Reason}), so an implementation needs no code
 * unless its event says failure otherwise. (The names avoid {@code failed()}/{@code reason()}, which an
 * event's own {@code Reason} header accessor may take.)
 */
public interface AmiOutcomeEvent extends AmiEvent {
    /** Whether the event says the action failed; by default, whether its {@code Response} header is {@code Failure}. */
    default boolean outcomeFailed() {
        return Outcomes.responseFailed(headers());
    }

    /**
     * Why it failed, for a person ({@code Reason 5 (busy)}); by default from the {@code Reason} header, whose
     * numbers are Asterisk's control frames (0 failed, 1 hung up, 3 no answer, 4 answered,
     * 5 busy, 8 congestion).
     */
    default String failureReason() {
        return Outcomes.reason(headers());
    }
}
