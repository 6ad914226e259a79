package io.amisdk.live;

/**
 * A channel's state: Asterisk's {@code enum ast_channel_state} ({@code include/asterisk/channelstate.h}), sent as
 * the number in {@code ChannelState} and the text of {@code ast_state2str} in {@code ChannelStateDesc}.
 */
public enum ChannelState {
    DOWN(0, "Down"),
    RESERVED(1, "Rsrvd"),
    OFF_HOOK(2, "OffHook"),
    DIALING(3, "Dialing"),
    RING(4, "Ring"),
    RINGING(5, "Ringing"),
    UP(6, "Up"),
    BUSY(7, "Busy"),
    DIALING_OFFHOOK(8, "Dialing Offhook"),
    PRE_RING(9, "Pre-ring"),
    MUTE(10, "Mute"),
    /** A number this version does not know (counted as a bad value where it arrived). */
    UNKNOWN(-1, "Unknown");

    private final int code;
    private final String text;

    ChannelState(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** Asterisk's number for the state; -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    /** Asterisk's text ({@code ChannelStateDesc}). */
    public String text() {
        return text;
    }

    /** The state for Asterisk's number; {@link #UNKNOWN} for any other. */
    public static ChannelState of(int code) {
        for (ChannelState s : values()) {
            if (s.code == code && s != UNKNOWN) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
