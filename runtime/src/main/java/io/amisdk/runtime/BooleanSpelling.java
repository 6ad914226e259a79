package io.amisdk.runtime;

/** How an action's boolean header is spelled on the wire; Asterisk reads all four (its {@code ast_true}). */
public enum BooleanSpelling {
    /** {@code true} / {@code false}. */
    TRUE_FALSE("true", "false"),
    /** {@code yes} / {@code no}. */
    YES_NO("yes", "no"),
    /** {@code 1} / {@code 0}. */
    ONE_ZERO("1", "0"),
    /** {@code on} / {@code off}. */
    ON_OFF("on", "off");

    private final String whenTrue;
    private final String whenFalse;

    BooleanSpelling(String whenTrue, String whenFalse) {
        this.whenTrue = whenTrue;
        this.whenFalse = whenFalse;
    }

    /** The value spelled this way, e.g. {@code YES_NO.of(true)} is {@code "yes"}. */
    public String of(boolean value) {
        return value ? whenTrue : whenFalse;
    }
}
