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
 * @param enums         enums shared by several headers, sorted by name
 * @param shapes        runs of fields shared by several events (channel and bridge snapshots), sorted by name
 */
public record AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events,
        List<EnumDef> enums, List<ShapeDef> shapes) {
    public AmiModel {
        Objects.requireNonNull(source, "source");
        actions = (actions == null ? List.<ActionDef>of() : actions).stream().sorted(Comparator.comparing(ActionDef::name)).toList();
        events = (events == null ? List.<EventDef>of() : events).stream().sorted(Comparator.comparing(EventDef::name)).toList();
        enums = enums == null ? List.of() : enums.stream().sorted(Comparator.comparing(EnumDef::name)).toList();
        shapes = shapes == null ? List.of() : shapes.stream().sorted(Comparator.comparing(ShapeDef::name)).toList();
    }

    /** A model of actions and events only, nothing shared yet. */
    public AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events) {
        this(source, asteriskLine, actions, events, null, null);
    }

    /** This model with other actions and events, its shared enums and shapes kept. */
    public AmiModel with(List<ActionDef> newActions, List<EventDef> newEvents) {
        return new AmiModel(source, asteriskLine, newActions, newEvents, enums, shapes);
    }

    /** This model with other shared enums and shapes. */
    public AmiModel withShared(List<EnumDef> newEnums, List<ShapeDef> newShapes) {
        return new AmiModel(source, asteriskLine, actions, events, newEnums, newShapes);
    }

    /** The shared enum of this name, or null. */
    public EnumDef sharedEnum(String name) {
        return enums.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /** The shape of this name, or null. */
    public ShapeDef shape(String name) {
        return shapes.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
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
