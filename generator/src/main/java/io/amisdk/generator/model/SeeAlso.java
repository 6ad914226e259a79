package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A reference to another docs entry.
 *
 * @param type   what is referenced: {@code manager}, {@code managerEvent}, {@code application},
 *               {@code function}, …; {@link #UNKNOWN} when the docs do not say (the AMI text), until the linker
 *               tells actions from events
 * @param target its name, as the docs spell it
 * @param entry  for a {@code manager} or {@code managerEvent} reference, the name of the action or event of the
 *               model it names (the linker resolves it); null for other kinds and for one the model lacks
 */
public record SeeAlso(String type, String target, @JsonInclude(JsonInclude.Include.NON_NULL) String entry) {
    /** The type of a reference whose docs do not say what it names. */
    public static final String UNKNOWN = "unknown";

    public SeeAlso {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }

    /** A reference as a reader finds it, not yet resolved. */
    public SeeAlso(String type, String target) {
        this(type, target, null);
    }

    /** This reference resolved to a model entry, or to none; itself when that does not change. */
    public SeeAlso resolvedTo(String newType, String newEntry) {
        return type.equals(newType) && Objects.equals(entry, newEntry) ? this : new SeeAlso(newType, target, newEntry);
    }
}
