package io.amisdk.runtime;

/**
 * The action could not be sent as it is: a header value with CR, LF or NUL, a bad header name, a line too
 * long, or its own code threw while writing its headers. A {@code send*} method never throws it; its future
 * fails with it (the {@link #getCause() cause} says what was wrong).
 */
public class AmiInvalidActionException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiInvalidActionException(String message, Throwable cause) {
        super(message, cause);
    }
}
