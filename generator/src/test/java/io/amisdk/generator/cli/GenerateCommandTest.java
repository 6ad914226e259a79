package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> loaded = new ArrayList<>();

    private static AmiModel model() {
        ParameterDef username = new ParameterDef("Username", true, Doc.EMPTY, List.of(), null, false);
        return new AmiModel("core-en_US.xml", "22",
                List.of(new ActionDef("Login", "Login Manager.", Doc.EMPTY, List.of(username), null, List.of(),
                        List.of(), List.of(), "builtin"),
                        new ActionDef("Ping", "Keepalive command.", Doc.EMPTY, List.of(), null, List.of(),
                                List.of(), List.of(), "builtin")),
                List.of(new EventDef("FullyBooted", "Raised when all modules are loaded.", Doc.EMPTY, "system",
                        List.of(), List.of(), List.of(), List.of(), "builtin", List.of())));
    }

    private int run(GenerateCommand command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private GenerateCommand withFixture() {
        return new GenerateCommand((docs, line) -> {
            loaded.add(docs);
            return new LoadedDocs(model(), List.of());
        }, null);
    }

    @Test
    @DisplayName("generate prints the summary line and writes the SDK into --out under --package")
    void generates() {
        Path docs = temp.resolve("core-en_US.xml");
        int code = run(withFixture(), "--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--package", "com.example.ami", "--no-builtin-supplement");
        assertThat(code).as(err.toString()).isZero();
        assertThat(loaded).containsExactly(docs.toString());
        assertThat(out.toString()).matches("(?s)2 actions, 1 events \u2192 5 files in \\d+\\.\\d s\n"
                + "5 written, 0 unchanged, 0 deleted in .*\n");
        assertThat(temp.resolve("out/com/example/ami/action/LoginAction.java")).exists();
        assertThat(temp.resolve("out/META-INF/services/io.amisdk.runtime.EventDecoderProvider")).exists();

        out.getBuffer().setLength(0);
        assertThat(run(withFixture(), "--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--package", "com.example.ami", "--no-builtin-supplement", "--exclude", "Ping")).isZero();
        // AmiSdk is rewritten: it states the action count.
        assertThat(out.toString()).contains("1 actions, 1 events \u2192 4 files").contains("1 written, 3 unchanged, 1 deleted");
    }

    @Test
    @DisplayName("unreadable docs exit 2 with the reader's message and write nothing")
    void readerFails() {
        GenerateCommand failing = new GenerateCommand((docs, line) -> {
            throw new DocsException(new Location("core-en_US.xml", 12, 3), "not Asterisk docs");
        }, null);
        int code = run(failing, "--docs", "core-en_US.xml", "--out", temp.resolve("out").toString());
        assertThat(code).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains("core-en_US.xml:12:3: not Asterisk docs");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("docs with problems exit 1, listing every problem, and write nothing")
    void problemsListed() {
        GenerateCommand withProblems = new GenerateCommand((docs, line) -> new LoadedDocs(model(), List.of(
                new Problem(new Location("core-en_US.xml", 10, 0), "manager Login", "parameter without a name"),
                new Problem(new Location("core-en_US.xml", 99, 0), "managerEvent Hangup", "xpointer matches nothing"))),
                null);
        int code = run(withProblems, "--docs", "core-en_US.xml", "--out", temp.resolve("out").toString());
        assertThat(code).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(err.toString()).contains("core-en_US.xml:10: manager Login: parameter without a name",
                "core-en_US.xml:99: managerEvent Hangup: xpointer matches nothing", "2 problems");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("supplements reach the generator, which refuses them until a reader is wired in")
    void supplementsRefusedUntilWired() {
        int code = run(withFixture(), "--docs", "d.xml", "--out", temp.resolve("out").toString(),
                "--supplement", "extra.json");
        assertThat(code).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains("supplements are not supported").contains("extra.json");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("missing --docs is a usage error")
    void usage() {
        assertThat(run(withFixture(), "--out", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--docs");
    }
}
