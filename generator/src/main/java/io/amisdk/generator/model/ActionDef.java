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

    /** An action as a reader finds it: no response shape, no requirements, framed. */
    public static ActionDef of(String name, String synopsis, Doc description, List<ParameterDef> parameters,
            ListResponse listResponse, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
            String module) {
        return builder(name).synopsis(synopsis).description(description).parameters(parameters)
                .listResponse(listResponse).seeAlso(seeAlso).since(since).deprecatedIn(deprecatedIn).module(module)
                .build();
    }

    /** A builder of an action of this name, every other attribute at its default. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this action's attributes. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This action with other parameters. */
    public ActionDef withParameters(List<ParameterDef> newParameters) {
        return toBuilder().parameters(newParameters).build();
    }

    /** This action provided by another module; itself when the module is the same. */
    public ActionDef withModule(String newModule) {
        return Objects.equals(module, newModule) ? this : toBuilder().module(newModule).build();
    }

    /** This action as the lines given have it. */
    public ActionDef withLines(List<String> newLines) {
        return toBuilder().lines(newLines).build();
    }

    /** This action with another response shape. */
    public ActionDef withResponse(ResponseDef newResponse) {
        return toBuilder().response(newResponse).build();
    }

    /** This action with another list response. */
    public ActionDef withListResponse(ListResponse newListResponse) {
        return toBuilder().listResponse(newListResponse).build();
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

    /** Builds an {@link ActionDef}; an attribute not set keeps its default (false, empty or null). */
    public static final class Builder {
        private String name;
        private String synopsis;
        private Doc description;
        private List<ParameterDef> parameters;
        private ListResponse listResponse;
        private List<SeeAlso> seeAlso;
        private List<String> since;
        private List<String> deprecatedIn;
        private String module;
        private ResponseDef response;
        private List<Requirement> requirements;
        private boolean answersUnframed;
        private List<String> lines;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        private Builder(ActionDef r) {
            name = r.name;
            synopsis = r.synopsis;
            description = r.description;
            parameters = r.parameters;
            listResponse = r.listResponse;
            seeAlso = r.seeAlso;
            since = r.since;
            deprecatedIn = r.deprecatedIn;
            module = r.module;
            response = r.response;
            requirements = r.requirements;
            answersUnframed = r.answersUnframed;
            lines = r.lines;
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

        public Builder parameters(List<ParameterDef> value) {
            parameters = value;
            return this;
        }

        public Builder listResponse(ListResponse value) {
            listResponse = value;
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

        public Builder response(ResponseDef value) {
            response = value;
            return this;
        }

        public Builder requirements(List<Requirement> value) {
            requirements = value;
            return this;
        }

        public Builder answersUnframed(boolean value) {
            answersUnframed = value;
            return this;
        }

        public Builder lines(List<String> value) {
            lines = value;
            return this;
        }

        public ActionDef build() {
            return new ActionDef(name, synopsis, description, parameters, listResponse, seeAlso, since, deprecatedIn, module, response, requirements, answersUnframed, lines);
        }
    }
}
