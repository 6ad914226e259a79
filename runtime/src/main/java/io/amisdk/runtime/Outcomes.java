package io.amisdk.runtime;

/** Whether an awaited event reports its action's failure: an {@link AmiOutcomeEvent}, or OriginateResponse by name. */
final class Outcomes {
    private Outcomes() {
    }

    /** The reason the event reports its action failed, or null when it reports no failure. */
    static String failureOf(AmiEvent event) {
        if (event instanceof AmiOutcomeEvent outcome) {
            return outcome.outcomeFailed() ? nonNull(outcome.failureReason()) : null;
        }
        // Until the SDK marks it: OriginateResponse is the outcome of an async Originate, whatever class decoded it.
        if ("OriginateResponse".equalsIgnoreCase(event.eventName()) && responseFailed(event.headers())) {
            return nonNull(reason(event.headers()));
        }
        return null;
    }

    static boolean responseFailed(AmiMessage headers) {
        return "Failure".equalsIgnoreCase(headers.get("Response"));
    }

    /** The {@code Reason} header as Asterisk's control frame it is: {@code Reason 5 (busy)}; null when absent. */
    static String reason(AmiMessage headers) {
        String raw = headers.get("Reason");
        if (raw == null) {
            return null;
        }
        String meaning = switch (raw.strip()) {
            case "0" -> "failed";
            case "1" -> "hung up";
            case "2" -> "ringing locally";
            case "3" -> "no answer while ringing";
            case "5" -> "busy";
            case "8" -> "congestion";
            default -> null;
        };
        return "Reason " + raw.strip() + (meaning == null ? "" : " (" + meaning + ")");
    }

    private static String nonNull(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }
}
