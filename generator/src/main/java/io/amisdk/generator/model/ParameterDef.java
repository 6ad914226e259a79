package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * An action parameter or an event field: both are AMI headers.
 *
 * @param name          the header name, e.g. {@code Channel}
 * @param required      whether the docs mark it required
 * @param description   the structured description
 * @param values        the documented enum values, in document order; empty when free-form
 * @param defaultValue  the documented default (from {@code default="…"} or a "(default)" enum value), or null
 * @param multiValued   whether the header may repeat (e.g. Originate's {@code Variable})
 * @param type          the value's type and why; {@link HeaderType#TEXT} until the linker types it
 * @param shape         the shared shape this field belongs to (a channel or bridge snapshot), or null
 * @param lines         in a model of several lines ({@link AmiModel#lines()}), the lines whose docs have this
 *                      header (a subset of its action's or event's lines), oldest first; empty in a model of one line
 * @param variants      in a model of several lines, where the lines disagree on the required flag or the type: one
 *                      entry per distinct (required, type), oldest first, together covering {@code lines};
 *                      empty when every line agrees ({@code required} and {@code type} are then every line's).
 *                      When not empty, {@code required} and {@code type} are the newest line's.
 */
public record ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
        String defaultValue, boolean multiValued, HeaderType type, ShapeRef shape, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HeaderVariant> variants) {
    public ParameterDef {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        values = values == null ? List.of() : List.copyOf(values);
        type = type == null ? HeaderType.TEXT : type;
        lines = lines == null ? List.of() : List.copyOf(lines);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A header of one line's docs. */
    public ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
            String defaultValue, boolean multiValued, HeaderType type, ShapeRef shape) {
        this(name, required, description, values, defaultValue, multiValued, type, shape, null, null);
    }

    /** A header as a reader finds it: not yet typed, in no shape. */
    public ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
            String defaultValue, boolean multiValued) {
        this(name, required, description, values, defaultValue, multiValued, null, null, null, null);
    }

    /** This header with another description. */
    public ParameterDef withDescription(Doc newDescription) {
        return new ParameterDef(name, required, newDescription, values, defaultValue, multiValued, type, shape, lines,
                variants);
    }

    /** This header with another type. */
    public ParameterDef withType(HeaderType newType) {
        return new ParameterDef(name, required, description, values, defaultValue, multiValued, newType, shape, lines,
                variants);
    }

    /** This header as part of a shape. */
    public ParameterDef withShape(ShapeRef newShape) {
        return new ParameterDef(name, required, description, values, defaultValue, multiValued, type, newShape, lines,
                variants);
    }

    /** This header with other enum values. */
    public ParameterDef withValues(List<EnumValue> newValues) {
        return new ParameterDef(name, required, description, newValues, defaultValue, multiValued, type, shape, lines,
                variants);
    }

    /** This header as the lines given have it, with where they disagree. */
    public ParameterDef withLines(List<String> newLines, List<HeaderVariant> newVariants) {
        return new ParameterDef(name, required, description, values, defaultValue, multiValued, type, shape, newLines,
                newVariants);
    }

    /** Whether the header is required in this line: its variant's flag, or {@code required} when all lines agree. */
    public boolean requiredIn(String line) {
        return variants.stream().filter(v -> v.lines().contains(line)).map(HeaderVariant::required).findFirst()
                .orElse(required);
    }
}
