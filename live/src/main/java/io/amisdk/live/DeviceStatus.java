package io.amisdk.live;

/**
 * A device's state as Asterisk keeps it ({@code enum ast_device_state}, include/asterisk/devicestate.h): a queue
 * member's {@code Status} sends its number, {@code DeviceStateChange} its text (main/devicestate.c devstatestring).
 */
public enum DeviceStatus {
    /** {@code AST_DEVICE_UNKNOWN} (0): valid, but the channel driver did not know its state. */
    UNKNOWN(0),
    /** {@code AST_DEVICE_NOT_INUSE} (1). */
    NOT_INUSE(1),
    /** {@code AST_DEVICE_INUSE} (2). */
    INUSE(2),
    /** {@code AST_DEVICE_BUSY} (3). */
    BUSY(3),
    /** {@code AST_DEVICE_INVALID} (4): not known to Asterisk. */
    INVALID(4),
    /** {@code AST_DEVICE_UNAVAILABLE} (5): not registered. */
    UNAVAILABLE(5),
    /** {@code AST_DEVICE_RINGING} (6). */
    RINGING(6),
    /** {@code AST_DEVICE_RINGINUSE} (7): ringing and in use. */
    RINGINUSE(7),
    /** {@code AST_DEVICE_ONHOLD} (8). */
    ONHOLD(8),
    /** A number or text this version does not know (a newer Asterisk); the raw value is in the event. */
    UNRECOGNIZED(-1);

    private final int code;

    DeviceStatus(int code) {
        this.code = code;
    }

    /** Asterisk's number, -1 for {@link #UNRECOGNIZED}. */
    public int code() {
        return code;
    }

    /** The state of Asterisk's number ({@link #UNRECOGNIZED} for one it does not define). */
    public static DeviceStatus of(int code) {
        for (DeviceStatus s : values()) {
            if (s.code == code && s != UNRECOGNIZED) {
                return s;
            }
        }
        return UNRECOGNIZED;
    }

    /** The state of Asterisk's text ({@code NOT_INUSE}, {@code INUSE} ...; {@link #UNRECOGNIZED} for others). */
    public static DeviceStatus ofText(String text) {
        for (DeviceStatus s : values()) {
            if (s != UNRECOGNIZED && s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        return UNRECOGNIZED;
    }
}
