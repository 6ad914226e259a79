package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The testkit's own, deliberately simple reading of AMI bytes, independent of the runtime's parser
 * so that tests can compute expected values from recorded bytes without trusting the code under test.
 * Lines end at LF (a CR before it is dropped), as Asterisk reads its input; an empty line ends a message.
 */
public final class AmiWire {
    private AmiWire() {
    }

    /** The greeting line at the start of a server stream, or null when it does not start with one. */
    public static String greeting(byte[] serverStream) {
        int lf = indexOf(serverStream, 0, (byte) '\n');
        if (lf < 0) {
            return null;
        }
        String line = stripCr(new String(serverStream, 0, lf, StandardCharsets.UTF_8));
        return line.contains(":") ? null : line;
    }

    /**
     * Splits a byte stream into messages. With {@code skipGreeting}, a first line without a colon is
     * skipped. A line without a colon inside a message continues the previous value (joined by LF);
     * a trailing incomplete message is left out.
     */
    public static List<AmiMessage> messages(byte[] stream, boolean skipGreeting) {
        List<AmiMessage> messages = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        int start = 0;
        boolean first = true;
        while (true) {
            int lf = indexOf(stream, start, (byte) '\n');
            if (lf < 0) {
                break;
            }
            String line = stripCr(new String(stream, start, lf - start, StandardCharsets.UTF_8));
            start = lf + 1;
            if (first && skipGreeting && !line.contains(":")) {
                first = false;
                continue;
            }
            first = false;
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    AmiMessage.Builder b = AmiMessage.builder();
                    current.forEach(h -> b.add(h[0], h[1]));
                    messages.add(b.build());
                    current.clear();
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                if (!current.isEmpty()) {
                    String[] last = current.get(current.size() - 1);
                    last[1] = last[1] + "\n" + line;
                }
                continue;
            }
            String value = line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            current.add(new String[] {line.substring(0, colon).strip(), value});
        }
        return messages;
    }

    /**
     * Splits what a client sent into the actions Asterisk reads from it: as {@link #messages} but a
     * line without a colon is dropped, as Asterisk drops it ({@code Body: line1\nline2} is {@code Body: line1}).
     */
    public static List<AmiMessage> clientMessages(byte[] stream) {
        List<AmiMessage> messages = new ArrayList<>();
        for (AmiMessage m : messages(stream, false)) {
            AmiMessage.Builder b = AmiMessage.builder();
            for (Map.Entry<String, String> h : m.headers()) {
                int lf = h.getValue().indexOf('\n');
                b.add(h.getKey(), lf < 0 ? h.getValue() : h.getValue().substring(0, lf));
            }
            messages.add(b.build());
        }
        return messages;
    }

    static int indexOf(byte[] bytes, int from, byte b) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
