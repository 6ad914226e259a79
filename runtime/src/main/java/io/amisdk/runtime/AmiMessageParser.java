package io.amisdk.runtime;

import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes a server sends into AMI messages, however they are segmented: feed it any
 * slices and it calls the handler once per complete greeting line or message. Not thread-safe;
 * one parser per connection. It is public so that tools and benchmarks can decode recorded streams.
 *
 * <p>Framing: a message is {@code Key: Value} lines ended by an empty line (like an HTTP/1 header
 * block). Lines end with CRLF; a bare LF is accepted too. A line without a colon continues the
 * previous header's value, joined by LF (Asterisk echoes a bare LF inside a UserEvent value as
 * {@code Body: line1\r\nline2\r\n}). The legacy {@code Response: Follows} Command form is read
 * up to {@code --END COMMAND--}; its body lines become {@code Output} headers, so both Command
 * forms look alike to callers.
 *
 * <p>Lenient, so that odd servers are read rather than refused:
 * <ul>
 * <li>any printable first line is the greeting, Asterisk's or not (a proxy's hello, another banner);</li>
 * <li>a block whose first line is not a header (no colon, or white space before it: plain text rows
 *     such as Asterisk ≤ 13's {@code Queues} answer or {@code IAXnetstats}'s rows) is one message
 *     whose lines are all {@code Output} headers, up to the blank line; one more blank line right
 *     after it belongs to it (Queues ends its rows with an extra CRLF);</li>
 * <li>a blank line outside any message is reported ({@link Handler#blankLine()}): it is how
 *     Asterisk answers {@code IAXnetstats} when no call is up;</li>
 * <li>a legacy {@code Response: Follows} body ends at its marker, or, when there is none, at the
 *     blank line before the next {@code Response:} or {@code Event:} line; {@code Output:} lines in
 *     it are read as Output headers.</li>
 * </ul>
 * Still refused: a binary greeting, and any line or message over the {@link AmiLimits}.
 */
public final class AmiMessageParser {
    /** Receives what the parser found. */
    public interface Handler {
        /** The first line a server sends, e.g. {@code Asterisk Call Manager/11.0.0}. */
        void greeting(String line);

        /** One complete message. */
        void message(AmiMessage message);

        /** An empty line outside any message (some answers are only that). */
        default void blankLine() {
        }
    }

    private final AmiLimits limits;
    private boolean awaitingGreeting;
    /** The start of a line that began in an earlier read. */
    private byte[] line = new byte[256];
    private int lineLength;
    /** The line being read: {@code src[off, off + len)}, in the caller's bytes or in {@link #line}. */
    private byte[] src;
    private int off;
    /** The message being read. */
    private final HeaderBlock headers;
    private final HeaderNames names = new HeaderNames();
    private long messageBytes;
    private final FollowsBody follows = new FollowsBody();
    /** Inside a block of plain text rows. */
    private boolean rows;
    /** Just after a block of rows, whose one extra blank line is swallowed. */
    private boolean afterRows;

    /** A parser that first expects the greeting line when {@code expectGreeting} is true. */
    public AmiMessageParser(AmiLimits limits, boolean expectGreeting) {
        this.limits = limits;
        this.awaitingGreeting = expectGreeting;
        this.headers = new HeaderBlock(limits.maxHeadersPerMessage());
    }

    /** Parses these bytes, calling the handler for every message they complete. */
    public void feed(byte[] bytes, int offset, int length, Handler handler) {
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            int len;
            if (lineLength == 0) {
                // The whole line is in these bytes: read it where it lies, without copying it.
                len = i - start;
                checkLineLength(len);
                src = bytes;
                off = start;
            } else {
                append(bytes, start, i - start);
                len = lineLength;
                lineLength = 0;
                src = line;
                off = 0;
            }
            start = i + 1;
            messageBytes += len + 1;
            if (messageBytes > limits.maxMessageBytes()) {
                throw new AmiProtocolException("message longer than " + limits.maxMessageBytes() + " bytes");
            }
            if (len > 0 && src[off + len - 1] == '\r') {
                len--;
            }
            onLine(len, handler);
        }
        append(bytes, start, end - start);
        src = null; // the caller's buffer is not ours to keep
    }

    private void checkLineLength(int length) {
        if (length > limits.maxLineLength() + 1) { // +1: room for the CR before LF
            throw new AmiProtocolException("line longer than " + limits.maxLineLength() + " bytes");
        }
    }

    /** Whether bytes of an unfinished message (or line) are buffered. */
    public boolean inMessage() {
        return lineLength > 0 || headers.size() > 0;
    }

    private void append(byte[] bytes, int from, int count) {
        if (count == 0) {
            return;
        }
        int needed = lineLength + count;
        checkLineLength(needed);
        if (needed > line.length) {
            byte[] grown = new byte[Math.min(Math.max(needed, line.length * 2), limits.maxLineLength() + 1)];
            System.arraycopy(line, 0, grown, 0, lineLength);
            line = grown;
        }
        System.arraycopy(bytes, from, line, lineLength, count);
        lineLength = needed;
    }

    private void onLine(int len, Handler handler) {
        if (awaitingGreeting) {
            String greeting = new String(src, off, len, StandardCharsets.UTF_8);
            if (len == 0) {
                messageBytes = 0;
                return; // tolerate a stray empty line before the greeting
            }
            if (!isPrintable(greeting)) {
                throw new AmiProtocolException("not an AMI greeting: " + abbreviate(greeting));
            }
            awaitingGreeting = false;
            messageBytes = 0;
            handler.greeting(greeting);
            return;
        }
        if (follows.active()) {
            FollowsBody.Step step = follows.line(new String(src, off, len, StandardCharsets.UTF_8), headers);
            if (step != FollowsBody.Step.MORE) {
                finishMessage(handler);
                if (step == FollowsBody.Step.END_BEFORE) {
                    onLine(len, handler);
                }
            }
            return;
        }
        if (len == 0) {
            if (rows) {
                rows = false;
                afterRows = true;
            } else if (afterRows && headers.size() == 0) {
                afterRows = false; // Asterisk <= 13 ends Queues' rows with "\r\n\r\n": the second blank is part of them
                messageBytes = 0;
                return;
            }
            finishMessage(handler);
            return;
        }
        afterRows = false;
        if (rows) {
            headers.add("Output", new String(src, off, len, StandardCharsets.UTF_8));
            return;
        }
        int colon = indexOfColon(len);
        if (headers.size() == 0 && !isHeaderName(colon)) {
            // Old "extended" answers (Queues on Asterisk <= 13, IAXnetstats) are plain rows, no header block.
            rows = true;
            headers.add("Output", new String(src, off, len, StandardCharsets.UTF_8));
            return;
        }
        if (colon <= 0) {
            headers.continueLast(new String(src, off, len, StandardCharsets.UTF_8));
            return;
        }
        String name = names.name(src, off, off + colon);
        int valueStart = colon + 1;
        if (valueStart < len && src[off + valueStart] == ' ') {
            valueStart++; // exactly one space: Output lines keep their leading and trailing spaces
        }
        String value = new String(src, off + valueStart, len - valueStart, StandardCharsets.UTF_8);
        headers.add(name, value);
        // The first letter first: "Success" is as long as "Follows", and every answer starts with one of them.
        if (headers.size() == 1 && !value.isEmpty() && (value.charAt(0) | 0x20) == 'f'
                && name.equalsIgnoreCase("Response") && value.equalsIgnoreCase("Follows")) {
            // Asterisk < 14 frames Command output as "Response: Follows" ... "--END COMMAND--"
            follows.start();
        }
    }

    /** Whether the line's first colon (at {@code colon}) ends a header name: one or more bytes, none of them white space. */
    private boolean isHeaderName(int colon) {
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            if (src[off + i] == ' ' || src[off + i] == '\t') {
                return false;
            }
        }
        return true;
    }

    private int indexOfColon(int len) {
        for (int i = 0; i < len; i++) {
            if (src[off + i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private void finishMessage(Handler handler) {
        messageBytes = 0;
        if (headers.size() == 0) {
            handler.blankLine(); // an empty line between messages, or an answer that is only that
            return;
        }
        handler.message(headers.take());
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0xFFFD) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 60; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return '"' + sb.toString() + (s.length() > 60 ? "…" : "") + '"';
    }
}
