package io.amisdk.generator.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything amisdk knows about one Asterisk's AMI: the seam between the docs readers and the
 * emitters. Actions and events are sorted by name.
 *
 * @param source        where the docs came from, without machine paths (e.g. {@code core-en_US.xml})
 * @param asteriskLine  the Asterisk line the docs describe (e.g. {@code 22}), or null when unknown
 * @param actions       every action, sorted by name
 * @param events        every event, sorted by name
 */
public record AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events) {
    public AmiModel {
        Objects.requireNonNull(source, "source");
        actions = actions.stream().sorted(Comparator.comparing(ActionDef::name)).toList();
        events = events.stream().sorted(Comparator.comparing(EventDef::name)).toList();
    }

    /** The action of this name, or null. */
    public ActionDef action(String name) {
        return actions.stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /** The event of this name (exact case first, then ignoring case), or null. */
    public EventDef event(String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst()
                .or(() -> events.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst())
                .orElse(null);
    }
}
