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

    /** An event that is no outcome, as the lines given have it. */
    public EventDef(String name, String synopsis, Doc description, String category,
            List<ParameterDef> fields, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module, List<String> aliases, List<String> lines) {
        this(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, module, aliases, lines,
                false);
    }

    /** An event of one line's docs, as a reader finds it: no outcome until the linker says so. */
    public EventDef(String name, String synopsis, Doc description, String category,
            List<ParameterDef> fields, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module, List<String> aliases) {
        this(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, module, aliases, null);
    }

    /** This event with other fields. */
    public EventDef withFields(List<ParameterDef> newFields) {
        return new EventDef(name, synopsis, description, category, newFields, seeAlso, since, deprecatedIn, module,
                aliases, lines, outcome);
    }

    /** This event provided by another module; itself when the module is the same. */
    public EventDef withModule(String newModule) {
        return Objects.equals(module, newModule) ? this : new EventDef(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, newModule,
                aliases, lines, outcome);
    }

    /** This event as the lines given have it. */
    public EventDef withLines(List<String> newLines) {
        return new EventDef(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, module,
                aliases, newLines, outcome);
    }

    /** This event with other aliases. */
    public EventDef withAliases(List<String> newAliases) {
        return new EventDef(name, synopsis, description, category, fields, seeAlso, since, deprecatedIn, module,
                newAliases, lines, outcome);
    }

    /** This event as an outcome of an action, or not; itself when that does not change. */
    public EventDef withOutcome(boolean newOutcome) {
        return outcome == newOutcome ? this : new EventDef(name, synopsis, description, category, fields, seeAlso,
                since, deprecatedIn, module, aliases, lines, newOutcome);
    }

    /** The field of this name, or null. */
    public ParameterDef field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst().orElse(null);
    }
}
