package io.amisdk.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes one action as AMI bytes: {@code Action}, {@code ActionID}, then the action's headers in
 * the order it writes them, each repeated header on its own line, and the closing empty line.
 * Every name and value is checked first, so no value can inject a line or a second action.
 */
final class ActionSerializer implements AmiHeaderWriter {
    /** Asterisk reads an action line into a 1025-byte buffer and drops longer lines (manager.c inbuf). */
    static final int MAX_LINE_BYTES = 1024;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

    private ActionSerializer() {
    }

    /** Serializes the action with this ActionID; throws IllegalArgumentException on a bad header. */
    static byte[] serialize(AmiAction action, String actionId) {
        ActionSerializer writer = new ActionSerializer();
        writer.header("Action", action.actionName());
        writer.header("ActionID", actionId);
        action.writeHeaders(writer);
        writer.out.write('\r');
        writer.out.write('\n');
        return writer.out.toByteArray();
    }

    /** Checks a name and value as {@link #header} would, without writing. */
    static void check(String name, String value) {
        checkName(name);
        checkValue(name, value);
        int bytes = name.getBytes(StandardCharsets.UTF_8).length + 2
                + value.getBytes(StandardCharsets.UTF_8).length + 2;
        if (bytes > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("header " + name + ": the line is " + bytes
                    + " bytes, Asterisk accepts at most " + MAX_LINE_BYTES + " (CRLF included)");
        }
    }

    @Override
    public AmiHeaderWriter header(String name, String value) {
        if (name == null) {
            throw new IllegalArgumentException("header name is null");
        }
        if (value == null) {
            throw new IllegalArgumentException("header " + name + ": value is null");
        }
        check(name, value);
        byte[] line = (name + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8);
        out.write(line, 0, line.length);
        return this;
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("header name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0' || c == ':') {
                throw new IllegalArgumentException("header name " + printable(name) + " contains "
                        + describe(c) + "; names must not contain CR, LF, NUL or ':'");
            }
        }
    }

    private static void checkValue(String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("header " + name + ": value is null");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                // The value itself is not shown: it may be a secret.
                throw new IllegalArgumentException("header " + name + ": value contains " + describe(c)
                        + " at index " + i + "; it would end the line and could inject another header or action");
            }
        }
    }

    private static String describe(char c) {
        return switch (c) {
            case '\r' -> "CR";
            case '\n' -> "LF";
            case '\0' -> "NUL";
            default -> "'" + c + "'";
        };
    }

    private static String printable(String s) {
        return '"' + s.replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0") + '"';
    }
}
