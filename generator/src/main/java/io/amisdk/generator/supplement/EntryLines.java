package io.amisdk.generator.supplement;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.amisdk.generator.source.Location;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where each entry of a supplement file is: the line of the {@code name} of every action, event and shape
 * ({@code "event Newchannel"}) and of every header in them ({@code "event Newchannel Priority"}), so a problem
 * with an entry points at its line. Entries are found by their {@code name}, which the model's JSON writes first.
 */
public final class EntryLines {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Map<String, String> KINDS = Map.of("actions", "action", "events", "event", "shapes", "shape");
    private static final Set<String> HEADERS = Set.of("parameters", "fields");

    private final String source;
    private final Map<String, Integer> lines;

    private EntryLines(String source, Map<String, Integer> lines) {
        this.source = source;
        this.lines = lines;
    }

    /** No lines known: every entry is at the file. */
    public static EntryLines none(String source) {
        return new EntryLines(source, Map.of());
    }

    /** The entries of this JSON text; what cannot be scanned is left at the file. */
    public static EntryLines scan(String source, String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            String owner = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.VALUE_STRING || !"name".equals(p.currentName())) {
                    continue;
                }
                JsonStreamContext array = p.getParsingContext().getParent();
                JsonStreamContext holder = array == null ? null : array.getParent();
                String list = holder == null ? null : holder.getCurrentName();
                int line = p.currentTokenLocation().getLineNr();
                if (list != null && KINDS.containsKey(list) && holder.getParent() != null
                        && holder.getParent().inRoot()) {
                    owner = KINDS.get(list) + " " + p.getText();
                    lines.putIfAbsent(owner, line);
                } else if (owner != null && list != null && HEADERS.contains(list)) {
                    lines.putIfAbsent(owner + " " + p.getText(), line);
                }
            }
        } catch (IOException e) {
            // The reader reports malformed JSON with its own line; here nothing more is known.
        }
        return new EntryLines(source, lines);
    }

    /** The entry's location: its line when known, else the file. */
    public Location at(String entry) {
        Integer line = lines.get(entry);
        return line == null ? Location.of(source) : new Location(source, line, 0);
    }
}
