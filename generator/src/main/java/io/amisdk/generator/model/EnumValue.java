package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One documented value of an enum-valued parameter or field.
 *
 * @param name        the wire value, exactly as documented (e.g. {@code Dialing Offhook})
 * @param description the structured description
 * @param lines       in a model of several lines, the lines that document this value for its header, oldest
 *                    first; empty in a model of one line
 */
public record EnumValue(String name, Doc description, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines) {
    public EnumValue {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A value of one line's docs. */
    public EnumValue(String name, Doc description) {
        this(name, description, null);
    }

    /**
     * Whether this is a value Asterisk sends or takes as written, not a pattern or placeholder the docs show for
     * one: it has a letter or digit and none of {@code < > " [ ] | = @ ,} or {@code ...}
     * ({@code system,call,log,...} and {@code <sip[s]:host>} are not). Only these become enum constants.
     */
    @JsonIgnore // a rule over the name, not a part of the model's JSON
    public boolean isWireValue() {
        if (name.contains("...") || name.chars().anyMatch(c -> "<>\"[]|=@,".indexOf(c) >= 0)) {
            return false;
        }
        return name.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** This value as the lines given have it. */
    public EnumValue withLines(List<String> newLines) {
        return new EnumValue(name, description, newLines);
    }
}
