package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code amisdk generate} over small docs files: what it prints, its exit codes, and that problems write nothing. */
class GenerateCommandTest {
    /** Two actions (Login with a required Username, Ping) and one event. */
    static final String DOCS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <docs xmlns:xi="http://www.w3.org/2001/XInclude">
            	<manager name="Login" language="en_US" module="builtin">
            		<synopsis>Login Manager.</synopsis>
            		<syntax>
            			<parameter name="Username" required="true"><para>Username to login with.</para></parameter>
            		</syntax>
            	</manager>
            	<manager name="Ping" language="en_US" module="builtin">
            		<synopsis>Keepalive command.</synopsis>
            	</manager>
            	<managerEvent name="FullyBooted" language="en_US">
            		<managerEventInstance class="EVENT_FLAG_SYSTEM">
            			<synopsis>Raised when all modules are loaded.</synopsis>
            		</managerEventInstance>
            	</managerEvent>
            </docs>
            """;

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path docs(String text) throws IOException {
        return Files.writeString(temp.resolve("core-en_US.xml"), text);
    }

    @Test
    @DisplayName("generate prints the summary line and writes the SDK into --out under --package")
    void generates() throws IOException {
        Path docs = docs(DOCS);
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--package", "com.example.ami", "--no-builtin-supplement");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).matches("(?s)2 actions, 1 events \u2192 5 files in \\d+\\.\\d s\n"
                + "5 written, 0 unchanged, 0 deleted in .*\n");
        assertThat(temp.resolve("out/com/example/ami/action/LoginAction.java")).exists();
        assertThat(temp.resolve("out/META-INF/services/io.amisdk.runtime.EventDecoderProvider")).exists();

        out.getBuffer().setLength(0);
        assertThat(run("--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--package", "com.example.ami", "--no-builtin-supplement", "--exclude", "Ping")).isZero();
        // AmiSdk is rewritten: it states the action count.
        assertThat(out.toString()).contains("1 actions, 1 events \u2192 4 files").contains("1 written, 3 unchanged, 1 deleted");
    }

    @Test
    @DisplayName("unreadable docs exit 2 with the reader's message and write nothing")
    void readerFails() throws IOException {
        Path docs = docs("<?xml version=\"1.0\"?>\n<notdocs/>\n");
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString());
        assertThat(code).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).startsWith("amisdk generate: " + docs);
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("docs with problems exit 1, listing every problem, and write nothing")
    void problemsListed() throws IOException {
        Path docs = docs(DOCS.replace("<parameter name=\"Username\" required=\"true\">", "<parameter>")
                .replace("<manager name=\"Ping\"", "<manager"));
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString());
        assertThat(code).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(err.toString()).contains(docs + ":6:", docs + ":9:", "2 problems in " + docs + "; nothing written");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("a supplement is merged: its event is generated with the docs' ones")
    void supplementMerged() throws IOException {
        Path docs = docs(DOCS);
        AmiModel extra = new AmiModel("extra", null, List.of(), List.of(EventDef.of("MyModule",
                "What my module sends.", Doc.EMPTY, "system", List.of(), List.of(), List.of(), List.of(), "my_module",
                List.of())));
        Path supplement = Files.writeString(temp.resolve("extra.json"), ModelJson.write(extra));
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString(), "--no-builtin-supplement",
                "--supplement", supplement.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("2 actions, 2 events");
        assertThat(temp.resolve("out/io/amisdk/sdk/event/MyModuleEvent.java")).exists();
    }

    @Test
    @DisplayName("a malformed supplement exits 1 naming its file and line, and writes nothing")
    void badSupplement() throws IOException {
        Path docs = docs(DOCS);
        Path supplement = Files.writeString(temp.resolve("extra.json"), "{\n  \"source\": 42,,\n}");
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--supplement", supplement.toString());
        assertThat(code).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(err.toString()).contains(supplement + ":2:", "1 problems in " + docs + ", " + supplement);
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("--naming-rules renames a member; a rule that names nothing exits 1 at its line and writes nothing")
    void namingRules() throws IOException {
        Path docs = docs(DOCS);
        Path rules = Files.writeString(temp.resolve("naming.json"),
                "{\n  \"members\": [\n    {\"headers\": [\"Login.Username\"], \"name\": \"user\"}\n  ]\n}\n");
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString(), "--no-builtin-supplement",
                "--naming-rules", rules.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(temp.resolve("out/io/amisdk/sdk/action/LoginAction.java")))
                .contains("public String user()", "public Builder user(String user)").doesNotContain("username(");

        Path wrong = Files.writeString(temp.resolve("wrong.json"),
                "{\n  \"members\": [\n    {\"headers\": [\"Logoff.Username\"], \"name\": \"user\"}\n  ]\n}\n");
        code = run("--docs", docs.toString(), "--out", temp.resolve("out2").toString(), "--no-builtin-supplement",
                "--naming-rules", wrong.toString());
        assertThat(code).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(err.toString()).contains(wrong + ":3: this rule names no header of this SDK",
                "1 problems in " + docs + ", " + wrong + "; nothing written");
        assertThat(Files.exists(temp.resolve("out2"))).isFalse();
    }

    @Test
    @DisplayName("a supplement file that does not exist is a usage error, exit 2")
    void missingSupplement() throws IOException {
        Path docs = docs(DOCS);
        int code = run("--docs", docs.toString(), "--out", temp.resolve("out").toString(),
                "--supplement", temp.resolve("extra.json").toString());
        assertThat(code).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains("the supplement file " + temp.resolve("extra.json") + " does not exist");
        assertThat(Files.exists(temp.resolve("out"))).isFalse();
    }

    @Test
    @DisplayName("missing --docs is a usage error")
    void usage() {
        assertThat(run("--out", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--docs");
    }
}
