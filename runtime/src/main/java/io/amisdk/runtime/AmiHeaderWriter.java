package io.amisdk.runtime;

/**
 * Receives an action's headers in the order they go on the wire.
 * Implementations reject CR, LF and NUL in names and values, so no value can inject a second action.
 */
public interface AmiHeaderWriter {
    /** Writes one header line; call again with the same name for a repeated header. */
    AmiHeaderWriter header(String name, String value);
}
