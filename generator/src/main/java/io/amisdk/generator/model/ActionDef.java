package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * One AMI action.
 *
 * @param name          the {@code Action} header value, e.g. {@code Originate}
 * @param synopsis      one line, plain text
 * @param description   the structured description
 * @param parameters    in document order (ActionID included, as the docs list it)
 * @param listResponse  the list this action answers with, or null
 * @param seeAlso       references to other docs entries
 * @param since         Asterisk versions the action appeared in (e.g. {@code 12.0.0})
 * @param deprecatedIn  Asterisk versions that deprecated it; empty when not deprecated
 * @param module        the Asterisk module that provides it (e.g. {@code builtin}, {@code app_queue})
 * @param response      the typed shape of its successful answer, or null when it answers only
 *                      {@code Response}/{@code Message}
 * @param requirements  rules over several parameters beyond their required flags, e.g. "Channel or ChannelPrefix"
 * @param answersUnframed whether Asterisk answers it with raw text rows and no header block (IAXnetstats)
 * @param lines         in a model of several lines ({@link AmiModel#lines()}), the lines that have it, oldest
 *                      first; empty in a model of one line
 */
public record ActionDef(String name, String synopsis, Doc description, List<ParameterDef> parameters,
        ListResponse listResponse, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
        String module, ResponseDef response, List<Requirement> requirements, boolean answersUnframed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lines) {
    public ActionDef {
        Objects.requireNonNull(name, "name");
        synopsis = synopsis == null ? "" : synopsis;
        description = description == null ? Doc.EMPTY : description;
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        seeAlso = seeAlso == null ? List.of() : List.copyOf(seeAlso);
        since = since == null ? List.of() : List.copyOf(since);
        deprecatedIn = deprecatedIn == null ? List.of() : List.copyOf(deprecatedIn);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** An action of one line's docs. */
    public ActionDef(String name, String synopsis, Doc description, List<ParameterDef> parameters,
            ListResponse listResponse, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module, ResponseDef response, List<Requirement> requirements, boolean answersUnframed) {
        this(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn, module, response,
                requirements, answersUnframed, null);
    }

    /** An action as a reader finds it: no response shape, no requirements, framed. */
    public ActionDef(String name, String synopsis, Doc description, List<ParameterDef> parameters,
            ListResponse listResponse, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module) {
        this(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn, module, null,
                null, false, null);
    }

    /** This action with other parameters. */
    public ActionDef withParameters(List<ParameterDef> newParameters) {
        return new ActionDef(name, synopsis, description, newParameters, listResponse, seeAlso, since, deprecatedIn,
                module, response, requirements, answersUnframed, lines);
    }

    /** This action provided by another module; itself when the module is the same. */
    public ActionDef withModule(String newModule) {
        return Objects.equals(module, newModule) ? this : new ActionDef(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn,
                newModule, response, requirements, answersUnframed, lines);
    }

    /** This action as the lines given have it. */
    public ActionDef withLines(List<String> newLines) {
        return new ActionDef(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn,
                module, response, requirements, answersUnframed, newLines);
    }

    /** This action with another response shape. */
    public ActionDef withResponse(ResponseDef newResponse) {
        return new ActionDef(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn,
                module, newResponse, requirements, answersUnframed, lines);
    }

    /** This action with another list response. */
    public ActionDef withListResponse(ListResponse newListResponse) {
        return new ActionDef(name, synopsis, description, parameters, newListResponse, seeAlso, since, deprecatedIn,
                module, response, requirements, answersUnframed, lines);
    }

    /**
     * Whether every line that has this action requires the parameter: in a model of several lines, what a
     * builder may insist on (a parameter required only from 22 on cannot be demanded of an 18 server); in a
     * model of one line, {@link ParameterDef#required()}.
     */
    public boolean requiredInEveryLine(ParameterDef p) {
        if (lines.isEmpty()) {
            return p.required();
        }
        return p.lines().containsAll(lines) && lines.stream().allMatch(p::requiredIn);
    }

    /** The parameter of this name, or null. */
    public ParameterDef parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
    }
}
