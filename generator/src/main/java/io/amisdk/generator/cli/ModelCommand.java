package io.amisdk.generator.cli;

import io.amisdk.generator.DocsSource;
import io.amisdk.generator.Generation;
import io.amisdk.generator.GenerationRequest;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.link.types.TypeCoverage;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amisdk model}: reads the docs and writes the model as JSON, with one summary line on stderr,
 * e.g. {@code 154 actions, 181 events, 0 problems from core-en_US.xml in 812 ms}.
 */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Reads core-en_US.xml (or .gz), or the docs website's pages, and writes the AMI model as JSON.")
public final class ModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "<xml|folder|url>",
            description = "Asterisk's docs: core-en_US.xml or core-en_US.xml.gz, raw or processed; or the docs "
                    + "website's pages, saved in a folder or at an http(s) URL.")
    String docs;

    @Mixin
    DocsSourceOptions source = new DocsSourceOptions();

    @Option(names = "--out", paramLabel = "<model.json>", description = "Where to write the JSON (default: stdout).")
    Path out;

    @Option(names = "--line", paramLabel = "<line>",
            description = "The Asterisk line the docs describe, e.g. 22 (default: unknown for XML; "
                    + "HTML pages name their branch).")
    String line;

    @Option(names = "--strict", description = "Make problems fatal: list them, write no model and exit 1.")
    boolean strict;

    @Option(names = "--verbose", description = "List every problem and show stack traces of errors.")
    boolean verbose;

    @Option(names = "--builtin-supplement", description = "Merge amisdk's supplement (what Asterisk 22 sends beyond "
            + "its docs, the lists its prose names, the type overlay and response shapes) as generate does.")
    boolean builtInSupplement;

    @Option(names = "--coverage", description = "Also print, on stderr, how many headers are typed by each rule, "
            + "the shared enums, and the largest groups of headers that stay text.")
    boolean coverage;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        LoadedDocs loaded;
        try {
            // the loading half of generate: the docs read, the built-in supplement merged when asked
            loaded = Generation.load(GenerationRequest.builder().docs(List.of(new DocsSource(line, docs)))
                    .format(source.format()).crawl(source.crawlOptions(err)).builtInSupplement(builtInSupplement)
                    .build());
        } catch (DocsException | IllegalArgumentException e) {
            return fail(err, e.getMessage(), e);
        }
        if (strict && !loaded.clean()) {
            // a model from docs with problems lacks what the docs meant (a page, an include): write none
            loaded.problems().forEach(err::println);
            err.printf("%d problems in %s; no model written (--strict)%n", loaded.problems().size(), docs);
            err.flush();
            return AmisdkCli.PROBLEMS;
        }
        AmiModel model = loaded.model();
        try {
            if (out == null) {
                ModelJson.write(model, spec.commandLine().getOut());
            } else {
                writeAtomically(out, model);
            }
        } catch (IOException e) {
            return fail(err, "cannot write " + out + ": " + e.getMessage(), e);
        }
        for (Problem p : loaded.problems()) {
            err.println(p);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        err.printf("%d actions, %d events, %d problems from %s in %d ms%n", model.actions().size(),
                model.events().size(), loaded.problems().size(), model.source(), ms);
        if (coverage) {
            err.print(TypeCoverage.of(model).report(20));
        }
        err.flush();
        return AmisdkCli.OK;
    }

    private int fail(PrintWriter err, String message, Exception e) {
        err.println("amisdk model: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return AmisdkCli.USAGE_OR_IO;
    }

    /** Writes through a temporary file, so a failed run leaves no half-written model behind. */
    private static void writeAtomically(Path target, AmiModel model) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        // Not Files.createTempFile: its SecureRandom costs a cold JVM tens of milliseconds.
        Path tmp = absolute.resolveSibling(absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                ModelJson.write(model, w);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
