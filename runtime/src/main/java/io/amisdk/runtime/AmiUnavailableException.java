package io.amisdk.runtime;

/**
 * An action, or a header of it, that the server does not have, refused under {@link LinePolicy#FAIL}: "Monitor is
 * not in Asterisk 22; it is in 18 and 20", "PJSIPSetMaintenance came in Asterisk 22.10.0; this server is 22.9.0",
 * "PJSIPSetMaintenance is provided by res_pjsip_maintenance, which this server has not loaded".
 */
public final class AmiUnavailableException extends AmiException {
    private static final long serialVersionUID = 1L;

    public AmiUnavailableException(String message) {
        super(message);
    }
}
