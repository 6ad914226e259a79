package io.amisdk.runtime;

/** An action that the caller expected to succeed was answered with {@code Response: Error}. */
public class AmiActionFailedException extends AmiException {
    private static final long serialVersionUID = 1L;
    private final transient AmiResponse response;

    public AmiActionFailedException(String action, AmiResponse response) {
        super(action + " failed: " + response.message());
        this.response = response;
    }

    /** Asterisk's error response. */
    public AmiResponse response() {
        return response;
    }
}
