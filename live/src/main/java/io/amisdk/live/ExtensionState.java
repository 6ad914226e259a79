package io.amisdk.live;

/**
 * A hint's extension state, as {@code ExtensionStatus} sends it, with the presence of the hint's presence provider
 * (what a BLF key shows: idle/in use/ringing, and away/dnd with its message).
 *
 * @param exten      the extension
 * @param context    its context
 * @param hint       the hint ({@code Custom:ext200,CustomPresence:ext200})
 * @param status     Asterisk's number ({@code AST_EXTENSION_*}: 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 on hold)
 * @param statusText Asterisk's text (Idle, InUse, ...)
 * @param presence   the presence of the hint's {@linkplain #presenceProvider() presence provider}, its
 *                   {@link PresenceState#presentity() presentity} spelled as the hint spells the provider: from
 *                   {@code PresenceStatus} (the hint's own presence event), {@code PresenceStateChange} of that
 *                   provider, or the presence states known when the hint's state first came (after a resync:
 *                   PresenceStateList). Null when the hint has no presence provider or its presence is not known.
 */
public record ExtensionState(String exten, String context, String hint, int status, String statusText,
        PresenceState presence) {

    /** The key: {@code exten@context}. */
    public String key() {
        return exten + "@" + context;
    }

    /**
     * The hint's presence provider: the part after its last comma ({@code CustomPresence:ext200} of
     * {@code Custom:ext200,CustomPresence:ext200}, as pbx.c parse_hint_presence reads it), or null when it has none.
     */
    public String presenceProvider() {
        return providerOf(hint);
    }

    /** Whether the presence is known: the hint has a presence provider whose state was seen. */
    public boolean hasPresence() {
        return presence != null;
    }

    ExtensionState withPresence(PresenceState p) {
        return new ExtensionState(exten, context, hint, status, statusText, p);
    }

    /** A hint's presence provider (after its last comma, untrimmed as Asterisk keeps it), or null when it has none. */
    static String providerOf(String hint) {
        if (hint == null) {
            return null;
        }
        int comma = hint.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        String provider = hint.substring(comma + 1);
        return provider.isEmpty() ? null : provider;
    }
}
