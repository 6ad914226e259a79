package io.amisdk.live;

/**
 * A hint's extension state, as {@code ExtensionStatus} sends it.
 *
 * @param exten      the extension
 * @param context    its context
 * @param hint       the hint ({@code Custom:ext200,CustomPresence:ext200})
 * @param status     Asterisk's number ({@code AST_EXTENSION_*}: 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 on hold)
 * @param statusText Asterisk's text (Idle, InUse, ...)
 */
public record ExtensionState(String exten, String context, String hint, int status, String statusText) {

    /** The key: {@code exten@context}. */
    public String key() {
        return exten + "@" + context;
    }
}
