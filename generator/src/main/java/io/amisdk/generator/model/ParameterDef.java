package io.amisdk.generator.model;

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
 */
public record ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
        String defaultValue, boolean multiValued, HeaderType type, ShapeRef shape) {
    public ParameterDef {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        values = values == null ? List.of() : List.copyOf(values);
        type = type == null ? HeaderType.TEXT : type;
    }

    /** A header as a reader finds it: not yet typed, in no shape. */
    public ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
            String defaultValue, boolean multiValued) {
        this(name, required, description, values, defaultValue, multiValued, null, null);
    }

    /** This header with another type. */
    public ParameterDef withType(HeaderType newType) {
        return new ParameterDef(name, required, description, values, defaultValue, multiValued, newType, shape);
    }

    /** This header as part of a shape. */
    public ParameterDef withShape(ShapeRef newShape) {
        return new ParameterDef(name, required, description, values, defaultValue, multiValued, type, newShape);
    }
}
