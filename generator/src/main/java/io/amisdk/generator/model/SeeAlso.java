package io.amisdk.generator.model;

import java.util.Objects;

/**
 * A reference to another docs entry.
 *
 * @param type   what is referenced: {@code manager}, {@code managerEvent}, {@code application},
 *               {@code function}, …
 * @param target its name
 */
public record SeeAlso(String type, String target) {
    public SeeAlso {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }
}
