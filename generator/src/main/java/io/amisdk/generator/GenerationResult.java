package io.amisdk.generator;

import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.Problem;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Generation} did.
 *
 * @param model    the model read, with the supplements merged; complete as far as the inputs allowed
 * @param problems every problem in the docs and the supplements, each at its file and line, in the order
 *                 found; when there are any, nothing was written
 * @param sdk      what was generated and written; null when there were problems
 */
public record GenerationResult(AmiModel model, List<Problem> problems, SdkGenerator.Result sdk) {
    public GenerationResult {
        Objects.requireNonNull(model, "model");
        problems = List.copyOf(problems);
        if (problems.isEmpty() == (sdk == null)) {
            throw new IllegalArgumentException("a generation either has problems or an SDK, not both or neither");
        }
    }

    /** Whether there were no problems, so the SDK was written. */
    public boolean clean() {
        return problems.isEmpty();
    }
}
