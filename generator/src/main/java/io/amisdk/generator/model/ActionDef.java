package io.amisdk.generator.model;

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
 */
public record ActionDef(String name, String synopsis, Doc description, List<ParameterDef> parameters,
        ListResponse listResponse, List<SeeAlso> seeAlso, List<String> since, List<String> deprecatedIn,
        String module) {
    public ActionDef {
        Objects.requireNonNull(name, "name");
        synopsis = synopsis == null ? "" : synopsis;
        description = description == null ? Doc.EMPTY : description;
        parameters = List.copyOf(parameters);
        seeAlso = List.copyOf(seeAlso);
        since = List.copyOf(since);
        deprecatedIn = List.copyOf(deprecatedIn);
    }

    /** The parameter of this name, or null. */
    public ParameterDef parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst().orElse(null);
    }
}
