package io.amisdk.generator.model;

import java.util.Objects;

/**
 * One documented value of an enum-valued parameter or field.
 *
 * @param name        the wire value, exactly as documented (e.g. {@code Dialing Offhook})
 * @param description the structured description
 */
public record EnumValue(String name, Doc description) {
    public EnumValue {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
    }
}
