package io.amisdk.runtime;

/** The connection was lost (or the client closed) while an action was in flight or before it was sent. */
public class AmiConnectionLostException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiConnectionLostException(String message) {
        super(message);
    }

    public AmiConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
