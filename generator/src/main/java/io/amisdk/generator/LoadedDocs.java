package io.amisdk.generator;

import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.Problem;
import java.util.List;
import java.util.Objects;

/**
 * A model read from docs, with every problem found while reading and linking it.
 *
 * @param model    the linked model; complete as far as the docs allowed even when there are problems
 * @param problems in the order found; empty for every docs file Asterisk ships
 */
public record LoadedDocs(AmiModel model, List<Problem> problems) {
    public LoadedDocs {
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
    }

    /** Whether reading and linking found nothing wrong. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
