package io.amisdk.generator;

import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.naming.NamingRuleFile;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The generator's one pipeline, called by the CLI and the Maven plugin alike: a {@link GenerationRequest} in,
 * files and problems out.
 *
 * <pre>{@code
 * GenerationResult result = Generation.run(GenerationRequest.builder()
 *         .docs(List.of(new DocsSource("22", "/usr/share/asterisk/documentation/core-en_US.xml")))
 *         .supplements(List.of(Path.of("src/main/ami/my-module.json")))
 *         .packageName("com.example.pbx.ami")
 *         .outputDirectory(Path.of("target/generated-sources/amisdk"))
 *         .build());
 * if (!result.clean()) {
 *     result.problems().forEach(System.err::println); // file:line: what is wrong; nothing was written
 * }
 * }</pre>
 *
 * <p>Two halves, each callable alone: {@link #load} reads the docs and merges the built-in supplement, then the
 * user's, collecting every problem (what {@code amisdk model} writes); {@link #generate} reads the user's naming
 * rules, types, selects, emits in memory and writes incrementally, but only when there are no problems — in the
 * docs, the supplements or the naming rules (one that names nothing, two that disagree, a name that collides): a
 * problem means nothing is written.
 */
public final class Generation {
    private Generation() {
    }

    /** Loads the model ({@link #load}) and, when it has no problems, generates the SDK ({@link #generate}). */
    public static GenerationResult run(GenerationRequest request) throws DocsException, IOException {
        return generate(request, load(request));
    }

    /**
     * Reads the request's docs (or takes its model) and merges the built-in supplement, when asked, then the
     * supplement files in order. Writes nothing.
     *
     * @return the merged model and every problem of the docs and the supplements
     * @throws DocsException when some docs cannot be read at all
     * @throws IllegalArgumentException when the docs' lines are missing, not lines, or given twice
     */
    public static LoadedDocs load(GenerationRequest request) throws DocsException {
        // The shipped supplement does not depend on the docs: its four files are read on another thread while
        // this one reads the docs (on a cold JVM, parsing them costs a few hundred milliseconds).
        CompletableFuture<AmiModel> builtIn = request.builtInSupplement()
                ? CompletableFuture.supplyAsync(Supplements::builtIn, Generation::startDaemon) : null;
        LoadedDocs docs = request.loaded() != null ? request.loaded()
                : DocsLoader.load(request.docs(), request.format(), request.crawl());
        Problems problems = new Problems();
        docs.problems().forEach(problems::add);
        AmiModel model = docs.model();
        if (builtIn != null) {
            // The shipped supplement fits docs of any Asterisk line: what has no place in these docs is left out.
            model = SupplementMerger.mergeApplicable(model, joined(builtIn));
        }
        model = Supplements.merge(model, request.supplements(), problems);
        return new LoadedDocs(model, problems.all());
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "amisdk-builtin-supplement");
        t.setDaemon(true); // a load that fails on the docs does not wait for it
        t.start();
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Generates the SDK of a loaded model into the request's output directories, unless it has problems: then
     * nothing is written and the result lists them.
     *
     * @param loaded what {@link #load} gave for this request
     * @throws IOException when the output cannot be written
     */
    public static GenerationResult generate(GenerationRequest request, LoadedDocs loaded) throws IOException {
        Problems problems = new Problems();
        loaded.problems().forEach(problems::add);
        NamingRuleFile rules = NamingRuleFile.readAll(request.namingRules(), problems);
        if (!problems.isEmpty()) {
            return new GenerationResult(loaded.model(), problems.all(), null);
        }
        Objects.requireNonNull(request.sourceDirectory(), "the request names no output directory");
        SdkGenerator.Result sdk = request.generator(rules).generate(loaded.model(), request.sourceDirectory(),
                request.resourceDirectory());
        if (!sdk.clean()) {
            // the naming rules, checked against what they named: nothing was written
            return new GenerationResult(loaded.model(), sdk.problems(), null);
        }
        return new GenerationResult(loaded.model(), List.of(), sdk);
    }
}
