package io.amisdk.generator.source;

/**
 * Something in the docs that could not be read or linked.
 *
 * @param location where
 * @param subject  the action or event concerned (e.g. {@code manager Login}), or null
 * @param message  what was wrong
 */
public record Problem(Location location, String subject, String message) {
    @Override
    public String toString() {
        return location + ": " + (subject == null ? "" : subject + ": ") + message;
    }
}
