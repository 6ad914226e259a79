package io.amisdk.runtime;

/** The root of every failure the client reports. */
public class AmiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AmiException(String message) {
        super(message);
    }

    public AmiException(String message, Throwable cause) {
        super(message, cause);
    }
}
