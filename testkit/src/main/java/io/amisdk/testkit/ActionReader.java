package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the client's messages the way Asterisk does: LF ends a line, an empty line ends a message. */
final class ActionReader {
    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    ActionReader(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** The next message, or null at the end of the stream. */
    AmiMessage next() throws IOException {
        AmiMessage.Builder message = AmiMessage.builder();
        int headers = 0;
        while (true) {
            String text = readLine();
            if (text == null) {
                return null;
            }
            if (text.isEmpty()) {
                if (headers > 0) {
                    return message.build();
                }
                continue;
            }
            int colon = text.indexOf(':');
            if (colon <= 0) {
                continue; // Asterisk ignores a line without a colon
            }
            String value = text.substring(colon + 1);
            message.add(text.substring(0, colon).strip(), value.startsWith(" ") ? value.substring(1) : value);
            headers++;
        }
    }

    private String readLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("client line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
        return null;
    }
}
