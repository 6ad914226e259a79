package io.amisdk.runtime;

/** The client could not open a connection (refused, unreachable, TLS handshake, no greeting). */
public class AmiConnectException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiConnectException(String message) {
        super(message);
    }

    public AmiConnectException(String message, Throwable cause) {
        super(message, cause);
    }
}
