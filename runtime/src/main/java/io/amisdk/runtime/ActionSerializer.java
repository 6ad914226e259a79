package io.amisdk.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes one action as AMI bytes: {@code Action}, {@code ActionID}, then the action's headers in
 * the order it writes them, each repeated header on its own line, and the closing empty line.
 * Every name and value is checked as it is encoded, so no value can inject a line or a second
 * action; a refused header leaves nothing behind, should the action catch the error and go on.
 */
final class ActionSerializer {
    /** Asterisk reads an action line into a 1025-byte buffer and drops longer lines (manager.c inbuf). */
    static final int MAX_LINE_BYTES = 1024;

    /**
     * One scratch writer per sending thread: a send then allocates only the bytes it queues. It gives
     * back a buffer grown past this on a long action, so a thread holds at most this much.
     */
    private static final int RETAINED_BYTES = 8 * 1024;
    private static final ThreadLocal<ActionSerializer> SCRATCH = ThreadLocal.withInitial(ActionSerializer::new);
    private static final byte[] ACTION = "Action: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ACTION_ID = "ActionID: ".getBytes(StandardCharsets.US_ASCII);

    /** A plain growable buffer: ByteArrayOutputStream would take a lock per byte written. */
    private byte[] buf = new byte[256];
    private int len;
    /**
     * The writeHeaders call under way, or null: each call gets its own writer, so one kept past its
     * call refuses headers instead of writing into a later action (on this thread: writers are for
     * the thread that was handed them).
     */
    private Call current;

    private ActionSerializer() {
    }

    /** Serializes the action with this ActionID; throws IllegalArgumentException on a bad header. */
    static byte[] serialize(AmiAction<?> action, String actionId) {
        ActionSerializer writer = SCRATCH.get();
        if (writer.current != null) {
            writer = new ActionSerializer(); // an action's writeHeaders serializing another action
        }
        Call call = writer.new Call();
        writer.current = call;
        writer.len = 0;
        try {
            writer.known(ACTION, "Action", action.actionName());
            writer.known(ACTION_ID, "ActionID", actionId);
            action.writeHeaders(call);
            writer.crlf(); // the empty line that ends the action
            return Arrays.copyOf(writer.buf, writer.len);
        } finally {
            writer.current = null;
            if (writer.buf.length > RETAINED_BYTES) {
                writer.buf = new byte[256];
            }
        }
    }

    /** As {@link #serialize}, a bad header (or anything the action's own code throws) as the exception a send's future fails with. */
    static byte[] serializeOrRefuse(AmiAction<?> action, String actionId) {
        try {
            return serialize(action, actionId);
        } catch (RuntimeException e) {
            throw new AmiInvalidActionException(nameOf(action) + " was not sent: " + e.getMessage(), e);
        }
    }

    private static String nameOf(AmiAction<?> action) {
        try {
            return String.valueOf(action.actionName());
        } catch (RuntimeException e) {
            return action.getClass().getSimpleName();
        }
    }

    /** Checks a name and value as {@link #header} would, without writing. */
    static void check(String name, String value) {
        checkName(name);
        checkValue(name, value);
        checkLength(name, utf8Length(name) + 2 + utf8Length(value) + 2);
    }

    private static void checkLength(String name, int bytes) {
        if (bytes > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("header " + name + ": the line is " + bytes
                    + " bytes, Asterisk accepts at most " + MAX_LINE_BYTES + " (CRLF included)");
        }
    }

    /** The writer one writeHeaders call is given. */
    private final class Call implements AmiHeaderWriter {
        @Override
        public AmiHeaderWriter header(String name, String value) {
            if (current != this) {
                throw new IllegalStateException("this header writer was given to writeHeaders, and that call has returned");
            }
            write(name, value);
            return this;
        }
    }

    /** Writes one header line, or throws leaving the buffer as it was (an action may catch it and go on). */
    private void write(String name, String value) {
        if (name == null) {
            throw new IllegalArgumentException("header name is null");
        }
        if (value == null) {
            throw new IllegalArgumentException("header " + name + ": value is null");
        }
        // Checked while encoded, once, straight into the buffer; the line's length is checked on what was written.
        int start = len;
        if (name.isEmpty() || !writeChecked(name, true)) {
            len = start;
            checkName(name); // throws, naming what is wrong
        }
        ensure(2);
        buf[len++] = ':';
        buf[len++] = ' ';
        finishLine(name, value, start);
    }

    /**
     * Writes the value and the CRLF of the line begun at {@code start}, then checks the line's length;
     * a refused value or a line too long is taken back before the error.
     */
    private void finishLine(String name, String value, int start) {
        if (!writeChecked(value, false)) {
            len = start;
            checkValue(name, value);
        }
        crlf();
        int bytes = len - start;
        if (bytes > MAX_LINE_BYTES) {
            len = start;
            checkLength(name, bytes);
        }
    }

    /** A header every action has, whose name and ": " are written as they are: only the value needs checking. */
    private void known(byte[] nameAndColon, String name, String value) {
        if (value == null) {
            throw new IllegalArgumentException("header " + name + ": value is null");
        }
        int start = len;
        ensure(nameAndColon.length);
        System.arraycopy(nameAndColon, 0, buf, len, nameAndColon.length);
        len += nameAndColon.length;
        finishLine(name, value, start);
    }

    /**
     * Writes the text as UTF-8, ASCII a byte per char and any other text through the JDK's encoder
     * (surrogate pairs and all); false, with nothing meaningful written, at a CR, LF or NUL (or a
     * colon in a name).
     */
    private boolean writeChecked(String s, boolean isName) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == ':') {
                if (c == '\r' || c == '\n' || c == '\0' || isName && c == ':') {
                    return false;
                }
            } else if (c >= 0x80) {
                for (int j = i; j < n; j++) {
                    char d = s.charAt(j);
                    if (d == '\r' || d == '\n' || d == '\0' || isName && d == ':') {
                        return false;
                    }
                }
                byte[] rest = s.substring(i).getBytes(StandardCharsets.UTF_8);
                ensure(rest.length);
                System.arraycopy(rest, 0, buf, len, rest.length);
                len += rest.length;
                return true;
            }
            buf[len++] = (byte) c;
        }
        return true;
    }

    private void crlf() {
        ensure(2);
        buf[len++] = '\r';
        buf[len++] = '\n';
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The UTF-8 length, counted without encoding (an unpaired surrogate counts as '?', as getBytes writes it). */
    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
