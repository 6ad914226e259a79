package io.amisdk.runtime;

/** An action, or a header of it, that the server's Asterisk line does not have: "Monitor is not in Asterisk 22; it is in 18 and 20". */
public final class AmiUnavailableException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiUnavailableException(String message) {
        super(message);
    }
}
