package io.amisdk.runtime;

/** No answer arrived within the configured time. */
public class AmiTimeoutException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiTimeoutException(String message) {
        super(message);
    }

    public AmiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
