package io.amisdk.live;

import io.amisdk.testkit.Transcript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The server messages of a recorded session (../shared/ami-transcripts, via the amisdk.transcripts.dir property). */
final class Recorded {
    private Recorded() {
    }

    static Path dir() {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null) {
            throw new IllegalStateException("amisdk.transcripts.dir is not set (the parent pom passes it to surefire)");
        }
        return Path.of(dir);
    }

    /** Every message the server sent (responses, events, list items), in order; the greeting line skipped. */
    static List<ServerEvent> messages(String file) {
        Transcript t = Transcript.load(dir().resolve(file));
        String text = new String(t.serverBytes(), StandardCharsets.UTF_8);
        int greeting = text.indexOf("\r\n");
        text = text.substring(greeting + 2);
        List<ServerEvent> out = new ArrayList<>();
        for (String block : text.split("\r\n\r\n")) {
            Map<String, String> headers = new LinkedHashMap<>();
            String name = null;
            for (String line : block.split("\r\n")) {
                int colon = line.indexOf(": ");
                if (colon <= 0) {
                    continue;
                }
                String key = line.substring(0, colon);
                headers.putIfAbsent(key.toLowerCase(Locale.ROOT), line.substring(colon + 2));
                if (key.equals("Event") && name == null) {
                    name = line.substring(colon + 2);
                }
            }
            if (!headers.isEmpty()) {
                Map<String, String> h = Map.copyOf(headers);
                out.add(new ServerEvent(name == null ? "" : name, k -> h.get(k.toLowerCase(Locale.ROOT))));
            }
        }
        return out;
    }

    /** The unsolicited events only (no ActionID, an Event header). */
    static List<ServerEvent> events(String file) {
        return messages(file).stream().filter(m -> !m.name().isEmpty() && m.get("ActionID") == null).toList();
    }

    /** The items of the list whose ActionID is given (its completion event excluded). */
    static List<ServerEvent> listItems(String file, String actionId) {
        return messages(file).stream().filter(m -> actionId.equals(m.get("ActionID")) && !m.name().isEmpty()
                && !"Complete".equalsIgnoreCase(m.get("EventList"))).toList();
    }
}
