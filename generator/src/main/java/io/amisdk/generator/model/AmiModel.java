package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param lines         the Asterisk lines merged into this model, oldest first ({@code 18, 20, 22}), each entry's
 *                      {@code lines()} a subset of them; empty for a model of one line's docs, whose entries'
 *                      {@code lines()} are empty too
 */
public record AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events,
        List<EnumDef> enums, List<ShapeDef> shapes, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines) {
    public AmiModel {
        Objects.requireNonNull(source, "source");
        actions = actions.stream().sorted(Comparator.comparing(ActionDef::name)).toList();
        events = events.stream().sorted(Comparator.comparing(EventDef::name)).toList();
        enums = enums == null ? List.of() : enums.stream().sorted(Comparator.comparing(EnumDef::name)).toList();
        shapes = shapes == null ? List.of() : shapes.stream().sorted(Comparator.comparing(ShapeDef::name)).toList();
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A model of one line's docs (or of unknown lines). */
    public AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events,
            List<EnumDef> enums, List<ShapeDef> shapes) {
        this(source, asteriskLine, actions, events, enums, shapes, null);
    }

    /** A model of actions and events only, nothing shared yet. */
    public AmiModel(String source, String asteriskLine, List<ActionDef> actions, List<EventDef> events) {
        this(source, asteriskLine, actions, events, null, null, null);
    }

    /** This model with other actions and events, its shared enums and shapes kept. */
    public AmiModel with(List<ActionDef> newActions, List<EventDef> newEvents) {
        return new AmiModel(source, asteriskLine, newActions, newEvents, enums, shapes, lines);
    }

    /** This model with other shared enums and shapes. */
    public AmiModel withShared(List<EnumDef> newEnums, List<ShapeDef> newShapes) {
        return new AmiModel(source, asteriskLine, actions, events, newEnums, newShapes, lines);
    }

    /** Whether this model merges several lines' docs (its entries then say which lines have them). */
    @JsonIgnore
    public boolean isMultiLine() {
        return lines.size() > 1;
    }

    /**
     * The lines that have something whose own {@code lines()} are these: those lines, or for a one-line
     * model (empty {@code lines}) its {@link #asteriskLine()} when known.
     */
    public List<String> linesOf(List<String> entryLines) {
        if (!entryLines.isEmpty()) {
            return entryLines;
        }
        if (!lines.isEmpty()) {
            return lines;
        }
        return asteriskLine == null ? List.of() : List.of(asteriskLine);
    }

    /** The newest line of a merged model ({@link #asteriskLine()} otherwise). */
    public String newestLine() {
        return lines.isEmpty() ? asteriskLine : lines.get(lines.size() - 1);
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
