package io.amisdk.runtime;

/** The server sent something that is not AMI, or broke a configured limit. */
public class AmiProtocolException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiProtocolException(String message) {
        super(message);
    }

    public AmiProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
