package io.amisdk.live;

/**
 * A presence state, as {@code PresenceStateChange} sends it; also a hint's presence ({@link ExtensionState#presence()},
 * its presentity the hint's presence provider).
 *
 * @param presentity the provider ({@code CustomPresence:ext200})
 * @param status     not_set, unavailable, available, away, xa, chat, dnd
 * @param subtype    subtype, empty when none
 * @param message    message, empty when none
 */
public record PresenceState(String presentity, String status, String subtype, String message) {
}
