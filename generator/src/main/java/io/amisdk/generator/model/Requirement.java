package io.amisdk.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * A rule an action's parameters must meet beyond single required flags: one of several sets of
 * parameters is set in full ("Channel or ChannelPrefix"; "Exten with Context and Priority, or
 * Application"), unless another parameter has a given value ("Module unless LoadType is reload").
 *
 * @param alternatives each a set of parameter names that together satisfy the rule; at least one
 * @param unless       {@code Name=value}: when that parameter is set to that value (ignoring case) the
 *                     rule does not apply; null when it always applies
 * @param reason       why the rule exists (the server's message, the source that shows it)
 */
public record Requirement(List<List<String>> alternatives, String unless, String reason) {
    public Requirement {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a requirement needs non-empty alternatives");
        }
        if (unless != null && unless.indexOf('=') <= 0) {
            throw new IllegalArgumentException("unless must read Name=value: " + unless);
        }
        reason = reason == null ? "" : reason;
    }
}
