package io.amisdk.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * One AMI message: its headers in the order they arrived, repeated headers kept.
 * Header names are looked up case-insensitively, as Asterisk treats them.
 */
public final class AmiMessage {
    private static final String[] NONE = {};

    /**
     * Names and values alternating, in arrival order: one array per message instead of an entry per
     * header, since the reader builds hundreds of thousands of messages a second.
     */
    private final String[] fields;

    private AmiMessage(String[] fields) {
        this.fields = fields;
    }

    /** Returns a message holding these headers, in this order. */
    public static AmiMessage of(List<Map.Entry<String, String>> headers) {
        if (headers.isEmpty()) {
            return new AmiMessage(NONE);
        }
        String[] fields = new String[headers.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> h : headers) {
            fields[i++] = Objects.requireNonNull(h.getKey(), "name");
            fields[i++] = Objects.requireNonNull(h.getValue(), "value");
        }
        return new AmiMessage(fields);
    }

    /** Wraps names and values alternating that the caller hands over and never touches again (the parser). */
    static AmiMessage adopt(String[] fields) {
        return new AmiMessage(fields);
    }

    /** Returns a builder for a message. */
    public static Builder builder() {
        return new Builder();
    }

    /** The headers, in arrival order (a read-only view). */
    public List<Map.Entry<String, String>> headers() {
        return new HeaderList(fields);
    }

    /** How many headers it has. */
    public int size() {
        return fields.length / 2;
    }

    /** The first value of the named header, or null when absent. */
    public String get(String name) {
        String[] f = fields;
        // The parser hands out the same String for a name the runtime and the SDK ask for by literal,
        // so the match itself is mostly found by equalsIgnoreCase's identity check, without comparing letters.
        for (int i = 0; i < f.length; i += 2) {
            if (f[i].equalsIgnoreCase(name)) {
                return f[i + 1];
            }
        }
        return null;
    }

    /** Every value of the named header, in arrival order. */
    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>(2);
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i].equalsIgnoreCase(name)) {
                values.add(fields[i + 1]);
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** Whether the named header is present. */
    public boolean has(String name) {
        return get(name) != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AmiMessage other && Arrays.equals(fields, other.fields);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AmiMessage{");
        for (int i = 0; i < fields.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=');
            sb.append(Secrets.isSecret(fields[i]) ? Secrets.MASK : fields[i + 1]);
        }
        return sb.append('}').toString();
    }

    /** The headers as entries, made when asked for. */
    private static final class HeaderList extends AbstractList<Map.Entry<String, String>> implements RandomAccess {
        private final String[] fields;

        HeaderList(String[] fields) {
            this.fields = fields;
        }

        @Override
        public Map.Entry<String, String> get(int index) {
            Objects.checkIndex(index, size());
            return Map.entry(fields[2 * index], fields[2 * index + 1]);
        }

        @Override
        public int size() {
            return fields.length / 2;
        }
    }

    /** Collects headers in order. */
    public static final class Builder {
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();

        private Builder() {
        }

        /** Appends a header; a repeated name is kept as another header. */
        public Builder add(String name, String value) {
            headers.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value")));
            return this;
        }

        /** Builds the message. */
        public AmiMessage build() {
            return of(headers);
        }
    }
}
