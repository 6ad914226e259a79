package io.amisdk.generator.cli;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.DocsSource;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.link.LineMerger;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amisdk generate --docs [<line>=]<xml|folder|url>… --out <dir> [--package p] [--include n]… [--exclude n]… [--supplement f]…}:
 * reads Asterisk's docs and writes the typed SDK, then prints one summary line, e.g.
 * {@code 154 actions, 181 events → 352 files in 1.1 s}. Exit codes as {@link AmisdkCli}'s: 0 done;
 * 1 the docs have problems (every one printed to stderr, nothing written); 2 bad usage, docs that
 * cannot be read, or output that cannot be written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the typed Java SDK from Asterisk's AMI documentation.")
public final class GenerateCommand implements Callable<Integer> {
    /** Turns docs (a file, a folder of pages or a URL) into a model and its problems. */
    @FunctionalInterface
    public interface ModelLoader {
        /** Loads the model of these docs; {@code asteriskLine} may be null. */
        LoadedDocs load(String docs, String asteriskLine) throws DocsException;
    }

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

    @Option(names = "--builtin-supplement", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Merge amisdk's supplement of what Asterisk 22 sends beyond its docs (default: on; "
                    + "--no-builtin-supplement leaves it out).")
    boolean builtInSupplement;

    private final ModelLoader loader;
    private final SdkGenerator.SupplementMerger supplementMerger;

    /** The command as picocli makes it: docs read in whichever form {@code --docs} has. */
    public GenerateCommand() {
        this.loader = null;
        this.supplementMerger = Supplements::mergeFiles;
    }

    /** The command with this docs reader and supplement merger (null: the generator's default). */
    public GenerateCommand(ModelLoader loader, SdkGenerator.SupplementMerger supplementMerger) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.supplementMerger = supplementMerger;
    }

    private LoadedDocs load(List<DocsSource> sources, PrintWriter stderr) throws DocsException {
        if (loader == null) {
            return DocsLoader.load(sources, source.format(), source.crawlOptions(stderr));
        }
        if (sources.size() == 1) {
            return loader.load(sources.get(0).docs(), sources.get(0).line());
        }
        List<AmiModel> models = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DocsSource s : sources) {
            LoadedDocs one = loader.load(s.docs(), s.line());
            models.add(one.model());
            problems.addAll(one.problems());
        }
        return new LoadedDocs(LineMerger.merge(models), problems);
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        LoadedDocs loaded;
        List<DocsSource> sources;
        try {
            sources = DocsSource.parseAll(docs, line);
            loaded = load(sources, stderr);
        } catch (IllegalArgumentException e) {
            return fail(stderr, e.getMessage(), AmisdkCli.USAGE_OR_IO);
        } catch (DocsException e) {
            return fail(stderr, e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
        String docsNamed = String.join(", ", docs);
        if (!loaded.clean()) {
            // An SDK from docs with problems would silently lack what the docs meant: write nothing.
            for (Problem problem : loaded.problems()) {
                stderr.println(problem);
            }
            return fail(stderr, loaded.problems().size() + " problems in " + docsNamed + "; nothing written",
                    AmisdkCli.PROBLEMS);
        }
        try {
            SdkGenerator.Builder builder = SdkGenerator.builder()
                    .packageName(packageName)
                    .includes(includes)
                    .excludes(excludes)
                    .supplements(supplements);
            if (supplementMerger != null) {
                builder.supplementMerger(supplementMerger);
            }
            AmiModel model = builtInSupplement
                    ? SupplementMerger.mergeApplicable(loaded.model(), Supplements.builtIn()) : loaded.model();
            SdkGenerator.Result result = builder.build().generate(model, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            stdout.println(summary(result, seconds));
            stdout.printf(Locale.ROOT, "%d written, %d unchanged, %d deleted in %s%n",
                    result.written(), result.unchanged(), result.deleted(), out);
            stdout.flush();
            return AmisdkCli.OK;
        } catch (IOException | IllegalArgumentException e) {
            return fail(stderr, e.getMessage() == null ? e.toString() : e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
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
