package io.amisdk.live;

/** Why an originated call was not answered: the exception a {@link CallHandle}'s futures fail with. */
public final class CallFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * The typed reason. OriginateResponse's {@code Reason} is the last control frame the dial saw
     * ({@code AST_CONTROL_*} of {@code include/asterisk/frame.h}, set in {@code ast_request_and_dial}, main/channel.c).
     */
    public enum Reason {
        /** Reason 0: the channel could not be created or called (no such technology or endpoint, an error). */
        FAILURE,
        /** Reason 1 (AST_CONTROL_HANGUP): the far end hung up before answering (rejected). */
        HANGUP,
        /** Reason 3 (AST_CONTROL_RINGING): it rang until the Originate's timeout: no answer. */
        NO_ANSWER,
        /** Reason 5 (AST_CONTROL_BUSY): busy. */
        BUSY,
        /** Reason 8 (AST_CONTROL_CONGESTION): congestion (no route, circuits busy). */
        CONGESTION,
        /** Neither answer nor failure within the configured originate timeout. */
        TIMEOUT,
        /** Asterisk refused the Originate action itself (permission, missing header). */
        REFUSED,
        /**
         * The outcome is unknown: the live layer closed, or the channel was gone when the state was next read from
         * the server (the connection dropped, or the event stream lost its Hangup) and it was not seen answered.
         */
        LOST;

        /** The reason for an OriginateResponse {@code Reason} code that is not an answer (4). */
        public static Reason ofCode(int code) {
            return switch (code) {
                case 1 -> HANGUP;
                case 3 -> NO_ANSWER;
                case 5 -> BUSY;
                case 8 -> CONGESTION;
                default -> FAILURE;
            };
        }
    }

    private final Reason reason;
    private final int code;

    CallFailure(Reason reason, int code, String message) {
        super(message);
        this.reason = reason;
        this.code = code;
    }

    /** The typed reason. */
    public Reason reason() {
        return reason;
    }

    /** OriginateResponse's Reason code, -1 when there was none. */
    public int code() {
        return code;
    }
}
