package io.amisdk.generator.source;

/**
 * Docs that cannot be read at all: a missing or unreadable file, text that is not XML, or XML that
 * is not Asterisk's docs. The message is one line and names the file (and line:column when known).
 * Problems inside readable docs are not exceptions; they are collected in {@link Problems}.
 */
public final class DocsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Location location;

    public DocsException(Location location, String message) {
        this(location, message, null);
    }

    public DocsException(Location location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where reading failed. */
    public Location location() {
        return location;
    }
}
