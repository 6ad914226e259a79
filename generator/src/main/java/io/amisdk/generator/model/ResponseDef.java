package io.amisdk.generator.model;

import java.util.List;

/**
 * The headers of an action's successful answer beyond {@code Response}, {@code ActionID} and
 * {@code Message}: e.g. Getvar's {@code Variable} and {@code Value}. Emitted as a typed response class.
 *
 * @param fields      the headers, in the order Asterisk sends them, each with its type
 * @param description where the shape comes from (the docs' prose, or the recorded sessions that back it)
 */
public record ResponseDef(List<ParameterDef> fields, Doc description) {
    public ResponseDef {
        fields = List.copyOf(fields);
        description = description == null ? Doc.EMPTY : description;
    }
}
