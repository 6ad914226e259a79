package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param lines         in a model of several lines ({@link AmiModel#lines()}), the lines whose docs have this
 *                      header (a subset of its action's or event's lines), oldest first; empty in a model of one line
 * @param variants      in a model of several lines, where the lines disagree on the required flag or the type: one
 *                      entry per distinct (required, type), oldest first, together covering {@code lines};
 *                      empty when every line agrees ({@code required} and {@code type} are then every line's).
 *                      When not empty, {@code required} and {@code type} are the newest line's.
 * @param secret        whether its value is a secret (a password, a key) that no log or toString may show; the
 *                      linker marks it by the runtime's rule ({@code Secrets.isSecret}), a supplement may too
 * @param placeholder   whether its name stands for names the caller chooses rather than a header to send as
 *                      written ({@code Header1 … HeaderN} of UserEvent, {@code Action-000000} of UpdateConfig);
 *                      the linker marks it
 * @param keyValue      whether the repeatable header carries {@code name=value} pairs (Originate's
 *                      {@code Variable}); the linker marks it
 */
public record ParameterDef(String name, boolean required, Doc description, List<EnumValue> values,
        String defaultValue, boolean multiValued, HeaderType type, ShapeRef shape, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HeaderVariant> variants,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean secret,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean placeholder,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean keyValue) {
    public ParameterDef {
        Objects.requireNonNull(name, "name");
        description = description == null ? Doc.EMPTY : description;
        values = values == null ? List.of() : List.copyOf(values);
        type = type == null ? HeaderType.TEXT : type;
        lines = lines == null ? List.of() : List.copyOf(lines);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A header as a reader finds it: not yet typed, in no shape. */
    public static ParameterDef of(String name, boolean required, Doc description, List<EnumValue> values,
            String defaultValue, boolean multiValued) {
        return builder(name).required(required).description(description).values(values).defaultValue(defaultValue)
                .multiValued(multiValued).build();
    }

    /** A builder of a header of this name, every other attribute at its default. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this header's attributes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This header with another description. */
    public ParameterDef withDescription(Doc newDescription) {
        return toBuilder().description(newDescription).build();
    }

    /** This header with another type. */
    public ParameterDef withType(HeaderType newType) {
        return toBuilder().type(newType).build();
    }

    /** This header as part of a shape. */
    public ParameterDef withShape(ShapeRef newShape) {
        return toBuilder().shape(newShape).build();
    }

    /** This header with other enum values. */
    public ParameterDef withValues(List<EnumValue> newValues) {
        return toBuilder().values(newValues).build();
    }

    /** This header as the lines given have it, with where they disagree. */
    public ParameterDef withLines(List<String> newLines, List<HeaderVariant> newVariants) {
        return toBuilder().lines(newLines).variants(newVariants).build();
    }

    /** Whether the header is required in this line: its variant's flag, or {@code required} when all lines agree. */
    public boolean requiredIn(String line) {
        return variants.stream().filter(v -> v.lines().contains(line)).map(HeaderVariant::required).findFirst()
                .orElse(required);
    }

    /** Builds a {@link ParameterDef}; an attribute not set keeps its default (false, empty or null). */
    public static final class Builder {
        private String name;
        private boolean required;
        private Doc description;
        private List<EnumValue> values;
        private String defaultValue;
        private boolean multiValued;
        private HeaderType type;
        private ShapeRef shape;
        private List<String> lines;
        private List<HeaderVariant> variants;
        private boolean secret;
        private boolean placeholder;
        private boolean keyValue;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        private Builder(ParameterDef r) {
            name = r.name;
            required = r.required;
            description = r.description;
            values = r.values;
            defaultValue = r.defaultValue;
            multiValued = r.multiValued;
            type = r.type;
            shape = r.shape;
            lines = r.lines;
            variants = r.variants;
            secret = r.secret;
            placeholder = r.placeholder;
            keyValue = r.keyValue;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder required(boolean value) {
            required = value;
            return this;
        }

        public Builder description(Doc value) {
            description = value;
            return this;
        }

        public Builder values(List<EnumValue> value) {
            values = value;
            return this;
        }

        public Builder defaultValue(String value) {
            defaultValue = value;
            return this;
        }

        public Builder multiValued(boolean value) {
            multiValued = value;
            return this;
        }

        public Builder type(HeaderType value) {
            type = value;
            return this;
        }

        public Builder shape(ShapeRef value) {
            shape = value;
            return this;
        }

        public Builder lines(List<String> value) {
            lines = value;
            return this;
        }

        public Builder variants(List<HeaderVariant> value) {
            variants = value;
            return this;
        }

        public Builder secret(boolean value) {
            secret = value;
            return this;
        }

        public Builder placeholder(boolean value) {
            placeholder = value;
            return this;
        }

        public Builder keyValue(boolean value) {
            keyValue = value;
            return this;
        }

        public ParameterDef build() {
            return new ParameterDef(name, required, description, values, defaultValue, multiValued, type, shape, lines, variants, secret, placeholder, keyValue);
        }
    }
}
