package io.amisdk.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One AMI event or list item as this module reads it: its name and its headers by name. Decoupled from the
 * runtime's types (only {@link RuntimeLink} makes these), so that typed events from the published SDK or from an
 * SDK generated into a user's own package read the same.
 */
final class ServerEvent {
    private final String name;
    private final Function<String, String> headers;

    ServerEvent(String name, Function<String, String> headers) {
        this.name = name == null ? "" : name;
        this.headers = headers;
    }

    /** A message from name/value pairs (tests, benchmarks). */
    static ServerEvent of(String name, String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.putIfAbsent(pairs[i].toLowerCase(java.util.Locale.ROOT), pairs[i + 1]);
        }
        return new ServerEvent(name, h -> map.get(h.toLowerCase(java.util.Locale.ROOT)));
    }

    String name() {
        return name;
    }

    /** The header's value, or null. */
    String get(String header) {
        return headers.apply(header);
    }

    /** The header's value with Asterisk's {@code <unknown>} and empty read as null. */
    String known(String header) {
        String v = get(header);
        return v == null || v.isEmpty() || "<unknown>".equals(v) ? null : v;
    }

    /** The header's value, empty string when absent. */
    String text(String header) {
        String v = get(header);
        return v == null ? "" : v;
    }

    @Override
    public String toString() {
        return "ServerEvent[" + name + "]";
    }
}
