package io.amisdk.generator.model;

import java.util.Objects;

/**
 * Marks a field as part of a shared shape: e.g. {@code DestChannelState} is field {@code ChannelState} of
 * the {@code ChannelSnapshot} shape under the prefix {@code Dest}.
 *
 * @param shape  the shape's name ({@link ShapeDef#name()})
 * @param prefix the prefix of this run of fields; empty for the unprefixed one
 */
public record ShapeRef(String shape, String prefix) {
    public ShapeRef {
        Objects.requireNonNull(shape, "shape");
        prefix = prefix == null ? "" : prefix;
    }
}
