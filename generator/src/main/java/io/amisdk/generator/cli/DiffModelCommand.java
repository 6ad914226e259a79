package io.amisdk.generator.cli;

import io.amisdk.generator.diff.ModelDiff;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.AmiModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code amisdk diff-model a.json b.json}: prints how two models differ, one difference a line
 * ({@code action Login parameter Username: required: true | false}), and a count on stderr.
 * Exits 0 when they agree, 1 when they differ (like diff), 2 when a file cannot be read.
 */
@Command(name = "diff-model", mixinStandardHelpOptions = true,
        description = "Prints the differences between two model JSON files (e.g. from the XML and from the website).")
public final class DiffModelCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<a.json>", description = "The first model, as 'amisdk model' writes it.")
    Path left;

    @Parameters(index = "1", paramLabel = "<b.json>", description = "The second model.")
    Path right;

    @Option(names = "--text", description = "Also compare synopses and descriptions (white space collapsed).")
    boolean text;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AmiModel a;
        AmiModel b;
        try {
            a = read(left);
            b = read(right);
        } catch (IOException | RuntimeException e) {
            err.println("amisdk diff-model: " + e.getMessage());
            err.flush();
            return AmisdkCli.USAGE_OR_IO;
        }
        List<ModelDiff.Difference> differences = new ModelDiff(text).between(a, b);
        differences.forEach(out::println);
        out.flush();
        err.printf("%d differences between %s and %s%n", differences.size(), left, right);
        err.flush();
        return differences.isEmpty() ? AmisdkCli.OK : AmisdkCli.PROBLEMS;
    }

    private static AmiModel read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such model file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelJson.read(in);
        } catch (IOException e) {
            throw new IOException(file + ": not a model JSON: " + e.getMessage(), e);
        }
    }
}
