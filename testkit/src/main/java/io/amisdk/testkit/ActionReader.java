package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads the client's messages the way Asterisk does: LF ends a line, an empty line ends a message. */
final class ActionReader {
    private static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    ActionReader(InputStream in) {
        this.in = in;
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
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit < 0) {
                    limit = 0;
                    return null;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            line.write(buffer, start, position - start);
            if (line.size() > MAX_LINE) {
                throw new IOException("client line longer than " + MAX_LINE + " bytes");
            }
            if (position < limit) {
                position++; // the LF
                byte[] bytes = line.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, len, StandardCharsets.UTF_8);
            }
        }
    }
}
