package io.amisdk.runtime;

import java.util.Arrays;

/**
 * The headers of the message {@link AmiMessageParser} is reading, in order, names and values alternating in one
 * array that is reused from message to message, within {@link AmiLimits#maxHeadersPerMessage()}.
 */
final class HeaderBlock {
    private final int maxHeaders;
    private String[] fields = new String[32];
    private int count;

    HeaderBlock(int maxHeaders) {
        this.maxHeaders = maxHeaders;
    }

    /** How many headers the message has so far. */
    int size() {
        return count;
    }

    void add(String name, String value) {
        if (count >= maxHeaders) {
            throw new AmiProtocolException("more than " + maxHeaders + " headers in one message");
        }
        if (2 * count == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[2 * count] = name;
        fields[2 * count + 1] = value;
        count++;
    }

    /** A continuation line: joins the text to the last header's value with LF. There is a last header. */
    void continueLast(String text) {
        fields[2 * count - 1] = fields[2 * count - 1] + "\n" + text;
    }

    /** The message of the headers so far (at least one), and an empty block for the next. */
    AmiMessage take() {
        AmiMessage message = AmiMessage.adopt(Arrays.copyOf(fields, 2 * count));
        if (fields.length > 256) {
            fields = new String[32]; // one huge message does not keep its buffer for the connection's life
        }
        count = 0;
        return message;
    }
}
