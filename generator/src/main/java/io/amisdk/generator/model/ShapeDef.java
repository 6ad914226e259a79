package io.amisdk.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A run of fields several events share, as Asterisk's docs define it once ({@code <channel_snapshot/>},
 * {@code <bridge_snapshot/>}): emitted as one interface that every event carrying the run implements.
 *
 * @param name        the shape's name, e.g. {@code ChannelSnapshot}
 * @param description what the shape is
 * @param fields      the fields without prefix, in document order, each with its type
 */
public record ShapeDef(String name, Doc description, List<ParameterDef> fields) {
    public ShapeDef {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        fields = List.copyOf(fields);
    }
}
