package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One AMI message: its headers in the order they arrived, repeated headers kept.
 * Header names are looked up case-insensitively, as Asterisk treats them.
 */
public final class AmiMessage {
    private final List<Map.Entry<String, String>> headers;

    private AmiMessage(List<Map.Entry<String, String>> headers) {
        this.headers = headers;
    }

    /** Returns a message holding these headers, in this order. */
    public static AmiMessage of(List<Map.Entry<String, String>> headers) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size());
        for (Map.Entry<String, String> h : headers) {
            copy.add(Map.entry(h.getKey(), h.getValue()));
        }
        return new AmiMessage(Collections.unmodifiableList(copy));
    }

    /** Wraps a list the caller hands over and never touches again (the parser), without copying it. */
    static AmiMessage adopt(List<Map.Entry<String, String>> headers) {
        return new AmiMessage(Collections.unmodifiableList(headers));
    }

    /** Returns a builder for a message. */
    public static Builder builder() {
        return new Builder();
    }

    /** The headers, in arrival order. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** The first value of the named header, or null when absent. */
    public String get(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** Every value of the named header, in arrival order. */
    public List<String> getAll(String name) {
        List<String> values = new ArrayList<>(2);
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                values.add(h.getValue());
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
        return o instanceof AmiMessage other && headers.equals(other.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AmiMessage{");
        for (int i = 0; i < headers.size(); i++) {
            Map.Entry<String, String> h = headers.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(h.getKey()).append('=');
            sb.append(Secrets.isSecret(h.getKey()) ? Secrets.MASK : h.getValue());
        }
        return sb.append('}').toString();
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
            return new AmiMessage(Collections.unmodifiableList(new ArrayList<>(headers)));
        }
    }
}
