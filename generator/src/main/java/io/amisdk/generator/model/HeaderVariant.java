package io.amisdk.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * How some lines of a merged model have one header, where the lines disagree: e.g. Originate's
 * {@code Channel} required in 18 and 20, optional in 22.
 *
 * @param lines    the lines that have it so, oldest first
 * @param required whether those lines' docs mark it required
 * @param type     its type in those lines
 */
public record HeaderVariant(List<String> lines, boolean required, HeaderType type) {
    public HeaderVariant {
        lines = List.copyOf(lines);
        type = type == null ? HeaderType.TEXT : type;
        Objects.requireNonNull(type, "type");
    }
}
