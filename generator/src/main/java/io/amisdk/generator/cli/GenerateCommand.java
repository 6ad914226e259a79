package io.amisdk.generator.cli;

import io.amisdk.generator.DocsSource;
import io.amisdk.generator.Generation;
import io.amisdk.generator.GenerationRequest;
import io.amisdk.generator.GenerationResult;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.source.DocsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amisdk generate --docs [<line>=]<xml|folder|url>… --out <dir> [--package p] [--include n]… [--exclude n]… [--supplement f]… [--naming-rules f]…}:
 * reads Asterisk's docs and writes the typed SDK, then prints one summary line, e.g.
 * {@code 154 actions, 181 events → 352 files in 1.1 s}. Exit codes as {@link AmisdkCli}'s: 0 done;
 * 1 the docs, supplements or naming rules have problems (every one printed to stderr, nothing written); 2 bad usage, docs that
 * cannot be read, or output that cannot be written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the typed Java SDK from Asterisk's AMI documentation.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "[<line>=]<docs>",
            description = "Asterisk's documentation: core-en_US.xml (or .gz), a folder of saved docs pages, or the docs"
                    + " site's URL; repeatable with each line named (--docs 18=…/18/core-en_US.xml --docs 22=…) for"
                    + " one SDK that knows every line.")
    List<String> docs = new ArrayList<>();

    @Mixin
    DocsSourceOptions source = new DocsSourceOptions();

    @Option(names = "--out", required = true, paramLabel = "<dir>",
            description = "The output directory (a source root); only changed files are rewritten.")
    Path out;

    @Option(names = "--package", paramLabel = "<package>", defaultValue = SdkGenerator.DEFAULT_PACKAGE,
            description = "The package of the generated classes (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Option(names = "--line", paramLabel = "<line>",
            description = "The Asterisk line the docs describe, e.g. 22; named in each file's provenance comment.")
    String line;

    @Option(names = "--include", paramLabel = "<pattern>",
            description = "Only actions and events whose name matches (* and ?, case ignored); repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "<pattern>",
            description = "Leave out actions and events whose name matches; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--supplement", paramLabel = "<json>",
            description = "A model supplement in the model's JSON shape, merged in order; repeatable.")
    List<Path> supplements = new ArrayList<>();

    @Option(names = "--naming-rules", paramLabel = "<json>",
            description = "Your naming rules (acronyms, sharedEnums, constants, members; see docs/generating.md), "
                    + "before the built-in ones; repeatable. A rule that names nothing is a problem.")
    List<Path> namingRules = new ArrayList<>();

    @Option(names = "--builtin-supplement", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Merge amisdk's supplement of what Asterisk 22 sends beyond its docs (default: on; "
                    + "--no-builtin-supplement leaves it out).")
    boolean builtInSupplement;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        for (Path file : supplements) {
            if (!Files.isRegularFile(file)) {
                return fail(stderr, "the supplement file " + file + " does not exist", AmisdkCli.USAGE_OR_IO);
            }
        }
        for (Path file : namingRules) {
            if (!Files.isRegularFile(file)) {
                return fail(stderr, "the naming rules file " + file + " does not exist", AmisdkCli.USAGE_OR_IO);
            }
        }
        GenerationResult result;
        try {
            result = Generation.run(GenerationRequest.builder()
                    .docs(DocsSource.parseAll(docs, line))
                    .format(source.format())
                    .crawl(source.crawlOptions(stderr))
                    .builtInSupplement(builtInSupplement)
                    .supplements(supplements)
                    .namingRules(namingRules)
                    .packageName(packageName)
                    .includes(includes)
                    .excludes(excludes)
                    .outputDirectory(out)
                    .build());
        } catch (DocsException e) {
            return fail(stderr, e.getMessage(), AmisdkCli.USAGE_OR_IO);
        } catch (IOException | IllegalArgumentException e) {
            return fail(stderr, e.getMessage() == null ? e.toString() : e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
        if (!result.clean()) {
            // An SDK from docs with problems would silently lack what the docs meant: nothing was written.
            result.problems().forEach(stderr::println);
            List<String> inputs = new ArrayList<>(docs);
            supplements.forEach(s -> inputs.add(s.toString()));
            namingRules.forEach(s -> inputs.add(s.toString()));
            return fail(stderr, result.problems().size() + " problems in " + String.join(", ", inputs)
                    + "; nothing written", AmisdkCli.PROBLEMS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.println(summary(result.sdk(), seconds));
        stdout.printf(Locale.ROOT, "%d written, %d unchanged, %d deleted in %s%n",
                result.sdk().written(), result.sdk().unchanged(), result.sdk().deleted(), out);
        stdout.flush();
        return AmisdkCli.OK;
    }

    private static int fail(PrintWriter stderr, String message, int exitCode) {
        stderr.println("amisdk generate: " + message);
        stderr.flush();
        return exitCode;
    }

    /** The summary line: {@code 154 actions, 181 events → 352 files in 1.1 s}. */
    static String summary(SdkGenerator.Result result, double seconds) {
        return String.format(Locale.ROOT, "%d actions, %d events \u2192 %d files in %.1f s",
                result.actions(), result.events(), result.files().size(), seconds);
    }
}
