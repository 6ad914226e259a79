package io.amisdk.generator.cli;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.diff.Changelog;
import io.amisdk.generator.diff.ChangelogFormat;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.link.AsteriskLine;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.html.CrawlOptions;
import io.amisdk.generator.source.html.HtmlDocsReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code amisdk diff --from 20 --to 22 [--docs-dir d] [--format text|markdown|json]}: the changelog
 * between two Asterisk lines (their {@code core-en_US.xml} under {@code <docs-dir>/xml/<line>/}), or
 * between two saved models or docs files given by path. Prints it on stdout and exits 0; 1 when the
 * docs of a side have problems (listed, nothing printed); 2 on bad usage or unreadable input.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Prints what changed in the AMI from one Asterisk line to another (actions, parameters, "
                + "events, fields, enum values, required flags, types).")
public final class DiffCommand implements Callable<Integer> {
    /** Where line labels are looked up when {@code --docs-dir} is not given and the variable is unset. */
    static final String DEFAULT_DOCS_DIR = "../shared/asterisk-docs";
    /** The environment variable naming the docs folder. */
    static final String DOCS_DIR_VARIABLE = "AMISDK_DOCS_DIR";

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "<line|file>",
            description = "The older side: an Asterisk line (e.g. 20), a saved model (.json), a docs file or folder,"
                    + " the docs site's URL, or a running server ami://user@host:port.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "<line|file>", description = "The newer side, likewise.")
    String to;

    @Option(names = "--docs-dir", paramLabel = "<dir>",
            description = "The folder holding xml/<line>/core-en_US.xml for each line (default: $" + DOCS_DIR_VARIABLE
                    + ", else " + DEFAULT_DOCS_DIR + ").")
    Path docsDir;

    @Option(names = "--format", paramLabel = "text|markdown|json", defaultValue = "text",
            converter = FormatConverter.class, description = "How to print the changelog (default: ${DEFAULT-VALUE}).")
    ChangelogFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AmiModel older;
        AmiModel newer;
        try {
            older = side(from, err);
            newer = side(to, err);
        } catch (SideException e) {
            err.println("amisdk diff: " + e.getMessage());
            err.flush();
            return e.exitCode;
        }
        Changelog log = Changelog.between(label(from, older), older, label(to, newer), newer);
        out.print(format.render(log));
        out.flush();
        return AmisdkCli.OK;
    }

    private static String label(String spec, AmiModel model) {
        if (AsteriskLine.isLabel(spec)) {
            return spec;
        }
        return model.asteriskLine() != null ? model.asteriskLine() : Path.of(spec).getFileName().toString();
    }

    private AmiModel side(String spec, PrintWriter err) throws SideException {
        if (DocsFormat.detect(spec) == DocsFormat.AMI || HtmlDocsReader.isSiteUrl(spec)) {
            // a running server or the docs website: read as generate and model read them
            return load(spec, err);
        }
        Path path = Path.of(spec);
        if (!AsteriskLine.isLabel(spec) || Files.exists(path)) {
            if (!Files.exists(path)) {
                throw new SideException("'" + spec + "' is neither an Asterisk line (such as 20 or master) nor a file",
                        AmisdkCli.USAGE_OR_IO);
            }
            if (spec.endsWith(".json")) {
                return readModel(path);
            }
            return load(spec, err);
        }
        Path dir = docsDir();
        Path xml = dir.resolve("xml").resolve(spec).resolve("core-en_US.xml");
        if (!Files.isRegularFile(xml)) {
            throw new SideException("no docs for Asterisk " + spec + ": " + xml + " does not exist (lines in " + dir
                    .resolve("xml") + ": " + linesIn(dir) + ")", AmisdkCli.USAGE_OR_IO);
        }
        return load(xml, spec, err);
    }

    private AmiModel load(Path docs, String line, PrintWriter err) throws SideException {
        LoadedDocs loaded;
        try {
            loaded = DocsLoader.load(docs, line);
        } catch (DocsException e) {
            throw new SideException(e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
        return cleanModel(loaded, docs, err);
    }

    /** The model of docs read without a problem; otherwise every problem listed and no changelog. */
    private static AmiModel cleanModel(LoadedDocs loaded, Object docs, PrintWriter err) throws SideException {
        if (!loaded.clean()) {
            loaded.problems().forEach(err::println);
            throw new SideException(loaded.problems().size() + " problems in " + docs + "; no changelog",
                    AmisdkCli.PROBLEMS);
        }
        return loaded.model();
    }

    private AmiModel load(String docs, PrintWriter err) throws SideException {
        LoadedDocs loaded;
        try {
            loaded = DocsLoader.load(docs, null, null,
                    CrawlOptions.defaults().withProgress(System.console() != null ? err : null));
        } catch (DocsException e) {
            throw new SideException(e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
        return cleanModel(loaded, docs, err);
    }

    private static AmiModel readModel(Path file) throws SideException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ModelJson.read(in);
        } catch (IOException | RuntimeException e) {
            throw new SideException(file + ": not a model JSON: " + e.getMessage(), AmisdkCli.USAGE_OR_IO);
        }
    }

    private Path docsDir() {
        if (docsDir != null) {
            return docsDir;
        }
        String variable = System.getenv(DOCS_DIR_VARIABLE);
        return variable != null && !variable.isBlank() ? Path.of(variable) : Path.of(DEFAULT_DOCS_DIR);
    }

    private static String linesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir.resolve("xml"))) {
            List<String> lines = entries.filter(p -> Files.isRegularFile(p.resolve("core-en_US.xml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
            return lines.isEmpty() ? "none" : String.join(", ", lines);
        } catch (IOException e) {
            return "none";
        }
    }

    /** A side that cannot be read, with the exit code it means. */
    private static final class SideException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient int exitCode;

        SideException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    static final class FormatConverter implements ITypeConverter<ChangelogFormat> {
        @Override
        public ChangelogFormat convert(String value) {
            try {
                return ChangelogFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a changelog format (text, markdown or json)");
            }
        }
    }
}
