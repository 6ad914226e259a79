package io.amisdk.runtime;

/** An action that the caller expected to succeed was answered with {@code Response: Error}. */
public class AmiActionFailedException extends AmiException {
    private static final long serialVersionUID = 1L;
    private final transient AmiResponse response;

    /** {@code <action> failed: <Message>}, e.g. {@code Getvar (ActionID 3) failed: No such channel}. */
    public AmiActionFailedException(String action, AmiResponse response) {
        super(action + " failed: " + response.message());
        this.response = response;
    }

    /** Names the action from the response itself: {@code Getvar (ActionID 3) failed: No such channel}. */
    public AmiActionFailedException(AmiResponse response) {
        this(describe(response), response);
    }

    /** Asterisk's error response. */
    public AmiResponse response() {
        return response;
    }

    static String describe(AmiResponse response) {
        String name = response.actionName();
        return (name == null ? "the action" : name) + " (ActionID " + response.actionId() + ")";
    }
}
