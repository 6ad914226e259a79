package io.amisdk.runtime;

/** Asterisk refused the login; the message is Asterisk's own (e.g. {@code Authentication failed}). */
public class AmiAuthenticationException extends AmiException {
    private static final long serialVersionUID = 1L;
    private final String serverMessage;

    public AmiAuthenticationException(String serverMessage) {
        super("login refused by Asterisk: " + serverMessage);
        this.serverMessage = serverMessage;
    }

    /** The {@code Message} header of Asterisk's error response. */
    public String serverMessage() {
        return serverMessage;
    }
}
