package io.amisdk.runtime;

/**
 * A bound of the client was reached: too many actions in flight, too many bytes queued for writing,
 * or a list longer than its limit. The message names the bound and its configured value.
 */
public class AmiOverloadException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiOverloadException(String message) {
        super(message);
    }
}
