package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One AMI event.
 *
 * @param name         the {@code Event} header value, e.g. {@code Newchannel}
 * @param synopsis     one line, plain text
 * @param description  the structured description
 * @param category     the event class as the {@code Privilege} header names it ({@code call} for
 *                     {@code EVENT_FLAG_CALL}), or null when undocumented
 * @param fields       in document order, the union over all instances of the event
 * @param seeAlso      references to other docs entries
 * @param since        Asterisk versions the event appeared in
 * @param deprecatedIn Asterisk versions that deprecated it
 * @param module       the Asterisk module that raises it
 * @param aliases      other names Asterisk sends it under (e.g. {@code Newexten} for {@code NewExten})
 * @param lines        in a model of several lines ({@link AmiModel#lines()}), the lines that have it, oldest
 *                     first; empty in a model of one line
 * @param outcome      whether the event reports how an action ended ({@code OriginateResponse} after an async
 *                     Originate), so its class is an {@code AmiOutcomeEvent}; the linker decides it
 */
public record EventDef(String name, String synopsis, Doc description, String category,
        List<ParameterDef> fields, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
        String module, List<String> aliases, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean outcome) {
    public EventDef {
        Objects.requireNonNull(name, "name");
        synopsis = synopsis == null ? "" : synopsis;
        description = description == null ? Doc.EMPTY : description;
        fields = fields == null ? List.of() : List.copyOf(fields);
        seeAlso = seeAlso == null ? List.of() : List.copyOf(seeAlso);
        since = since == null ? List.of() : List.copyOf(since);
        deprecatedIn = deprecatedIn == null ? List.of() : List.copyOf(deprecatedIn);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An event of one line's docs, as a reader finds it: no outcome until the linker says so. */
    public static EventDef of(String name, String synopsis, Doc description, String category,
            List<ParameterDef> fields, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module, List<String> aliases) {
        return builder(name).synopsis(synopsis).description(description).category(category).fields(fields)
                .seeAlso(seeAlso).since(since).deprecatedIn(deprecatedIn).module(module).aliases(aliases).build();
    }

    /** A builder of an event of this name, every other attribute at its default. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this event's attributes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This event with other fields. */
    public EventDef withFields(List<ParameterDef> newFields) {
        return toBuilder().fields(newFields).build();
    }

    /** This event provided by another module; itself when the module is the same. */
    public EventDef withModule(String newModule) {
        return Objects.equals(module, newModule) ? this : toBuilder().module(newModule).build();
    }

    /** This event as the lines given have it. */
    public EventDef withLines(List<String> newLines) {
        return toBuilder().lines(newLines).build();
    }

    /** This event with other aliases. */
    public EventDef withAliases(List<String> newAliases) {
        return toBuilder().aliases(newAliases).build();
    }

    /** This event as an outcome of an action, or not; itself when that does not change. */
    public EventDef withOutcome(boolean newOutcome) {
        return outcome == newOutcome ? this : toBuilder().outcome(newOutcome).build();
    }

    /** The field of this name, or null. */
    public ParameterDef field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }

    /** Builds an {@link EventDef}; an attribute not set keeps its default (false, empty or null). */
    public static final class Builder {
        private String name;
        private String synopsis;
        private Doc description;
        private String category;
        private List<ParameterDef> fields;
        private List<SeeAlso> seeAlso;
        private List<String> since;
        private List<String> deprecatedIn;
        private String module;
        private List<String> aliases;
        private List<String> lines;
        private boolean outcome;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        private Builder(EventDef r) {
            name = r.name;
            synopsis = r.synopsis;
            description = r.description;
            category = r.category;
            fields = r.fields;
            seeAlso = r.seeAlso;
            since = r.since;
            deprecatedIn = r.deprecatedIn;
            module = r.module;
            aliases = r.aliases;
            lines = r.lines;
            outcome = r.outcome;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder synopsis(String value) {
            synopsis = value;
            return this;
        }

        public Builder description(Doc value) {
            description = value;
            return this;
        }

        public Builder category(String value) {
            category = value;
            return this;
        }

        public Builder fields(List<ParameterDef> value) {
            fields = value;
            return this;
        }

        public Builder seeAlso(List<SeeAlso> value) {
            seeAlso = value;
            return this;
        }

        public Builder since(List<String> value) {
            since = value;
            return this;
        }

        public Builder deprecatedIn(List<String> value) {
            deprecatedIn = value;
            return this;
        }

        public Builder module(String value) {
            module = value;
            return this;
        }

        public Builder aliases(List<String> value) {
            aliases = value;
            return this;
        }

        public Builder lines(List<String> value) {
            lines = value;
            return this;
        }

        public Builder outcome(boolean value) {
            outcome = value;
            return this;
        }

        public EventDef build() {
            return new EventDef(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, module, aliases, lines, outcome);
        }
    }
}
