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
 */
public record ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
        String defaultValue, boolean multiValued) {
    public ParameterDef {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        values = List.copyOf(values);
    }
}
