package io.amisdk.generator.source;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import java.util.List;

/**
 * What a docs reader (XML or HTML) hands the linker: every action and event element as read,
 * in document order, duplicates not yet merged, each with where it came from. Readers know no
 * Java names; the linker merges, validates and builds the {@link io.amisdk.generator.model.AmiModel}.
 *
 * @param source       the docs' name as the user gave it (file name or URL), for messages and provenance
 * @param asteriskLine the Asterisk line if the reader can tell, or null
 * @param actions      every {@code manager} element read
 * @param events       every {@code managerEvent} (instance) read
 */
public record RawDocs(String source, String asteriskLine, List<Element<ActionDef>> actions,
        List<Element<EventDef>> events) {
    public RawDocs {
        actions = List.copyOf(actions);
        events = List.copyOf(events);
    }

    /** One element as read, with its location. */
    public record Element<T>(T def, Location location) {
    }
}
