package io.amisdk.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * An enum several headers share, with the same values everywhere (e.g. {@code ChannelState}, the values of
 * every {@code …ChannelStateDesc}); emitted once, and named by {@link HeaderType#sharedEnum()}.
 *
 * @param name   the enum's name, e.g. {@code ChannelState}
 * @param values the values, in document order
 */
public record EnumDef(String name, List<EnumValue> values) {
    public EnumDef {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}
