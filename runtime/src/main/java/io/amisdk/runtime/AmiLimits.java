package io.amisdk.runtime;

/**
 * Hard limits on what the client accepts from a server, so that no input can make it use unbounded
 * memory. Exceeding one is a protocol error that closes the connection.
 *
 * @param maxLineLength longest line in bytes, without its line ending
 * @param maxHeadersPerMessage most header lines (and legacy Command output lines) in one message
 * @param maxMessageBytes most bytes in one message, line endings included
 */
public record AmiLimits(int maxLineLength, int maxHeadersPerMessage, int maxMessageBytes) {
    /** Generous defaults: 64 KiB lines, 100 000 headers, 16 MiB messages (ListCommands and long Command output fit). */
    public static AmiLimits defaults() {
        return new AmiLimits(64 * 1024, 100_000, 16 * 1024 * 1024);
    }

    public AmiLimits {
        if (maxLineLength < 64 || maxHeadersPerMessage < 1 || maxMessageBytes < maxLineLength) {
            throw new IllegalArgumentException("limits too small: line " + maxLineLength + ", headers "
                    + maxHeadersPerMessage + ", message " + maxMessageBytes);
        }
    }
}
