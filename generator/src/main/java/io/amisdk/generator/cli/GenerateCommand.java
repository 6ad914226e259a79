package io.amisdk.generator.cli;

import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.model.AmiModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code amisdk generate --docs <xml> --out <dir> [--package p] [--include n]… [--exclude n]… [--supplement f]…}:
 * reads Asterisk's docs and writes the typed SDK, then prints one summary line, e.g.
 * {@code 154 actions, 181 events → 352 files in 1.1 s}. Exit code 0 on success, 1 when the docs or
 * the output cannot be handled (every problem printed to stderr), 2 on a usage error.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generates the typed Java SDK from Asterisk's AMI documentation.")
public final class GenerateCommand implements Callable<Integer> {
    /** Turns a docs file into a model; fails with every problem it found. */
    @FunctionalInterface
    public interface ModelLoader {
        /** Loads the model of this docs file. */
        AmiModel load(Path docs) throws Exception;
    }

    /** Used until the docs reader is wired in: refuses, rather than pretending. */
    private static final ModelLoader NO_READER = docs -> {
        throw new IllegalStateException("this build has no docs reader wired into the generate command");
    };

    @Spec
    CommandSpec spec;

    @Option(names = "--docs", required = true, paramLabel = "<xml>",
            description = "Asterisk's documentation, e.g. core-en_US.xml.")
    Path docs;

    @Option(names = "--out", required = true, paramLabel = "<dir>",
            description = "The output directory (a source root); only changed files are rewritten.")
    Path out;

    @Option(names = "--package", paramLabel = "<package>", defaultValue = SdkGenerator.DEFAULT_PACKAGE,
            description = "The package of the generated classes (default: ${DEFAULT-VALUE}).")
    String packageName;

    @Option(names = "--include", paramLabel = "<pattern>",
            description = "Only actions and events whose name matches (* and ?, case ignored); repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "<pattern>",
            description = "Leave out actions and events whose name matches; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--supplement", paramLabel = "<json>",
            description = "A model supplement in the model's JSON shape, merged in order; repeatable.")
    List<Path> supplements = new ArrayList<>();

    private final ModelLoader loader;
    private final SdkGenerator.SupplementMerger supplementMerger;

    /** The command as picocli makes it. */
    public GenerateCommand() {
        this(NO_READER, null);
    }

    /** The command with this docs reader and supplement merger (null: the generator's default). */
    public GenerateCommand(ModelLoader loader, SdkGenerator.SupplementMerger supplementMerger) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.supplementMerger = supplementMerger;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            AmiModel model = loader.load(docs);
            SdkGenerator.Builder builder = SdkGenerator.builder()
                    .packageName(packageName)
                    .includes(includes)
                    .excludes(excludes)
                    .supplements(supplements);
            if (supplementMerger != null) {
                builder.supplementMerger(supplementMerger);
            }
            SdkGenerator.Result result = builder.build().generate(model, out);
            double seconds = (System.nanoTime() - start) / 1e9;
            stdout.println(summary(result, seconds));
            stdout.printf(Locale.ROOT, "%d written, %d unchanged, %d deleted in %s%n",
                    result.written(), result.unchanged(), result.deleted(), out);
            stdout.flush();
            return 0;
        } catch (Exception e) {
            stderr.println("amisdk generate: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            stderr.flush();
            return 1;
        }
    }

    /** The summary line: {@code 154 actions, 181 events → 352 files in 1.1 s}. */
    static String summary(SdkGenerator.Result result, double seconds) {
        return String.format(Locale.ROOT, "%d actions, %d events \u2192 %d files in %.1f s",
                result.actions(), result.events(), result.files().size(), seconds);
    }
}
