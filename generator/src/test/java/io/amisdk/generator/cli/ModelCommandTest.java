package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.Fixtures;
import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.AmiModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("amisdk model")
class ModelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = AmisdkCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    @DisplayName("writes the model JSON to stdout and one summary line to stderr")
    void stdout() {
        int status = run("model", "--docs", ShippedDocs.xml("22").toString());

        assertThat(status).isEqualTo(0);
        assertThat(err.toString()).matches("154 actions, 181 events, 0 problems from core-en_US\\.xml in \\d+ ms\\R");
        AmiModel model = ModelJson.read(out.toString());
        assertThat(model.actions()).hasSize(154);
        assertThat(model.asteriskLine()).isNull();
    }

    @Test
    @DisplayName("--builtin-supplement --coverage: the model generate uses, and its type coverage on stderr")
    void coverage() {
        int status = run("model", "--docs", ShippedDocs.xml("22").toString(), "--line", "22", "--builtin-supplement",
                "--coverage");

        assertThat(status).isEqualTo(0);
        assertThat(err.toString()).contains("headers: ").contains("typed by rule: structure ")
                .contains(" overlay ").contains("shared enums: ").contains("largest text groups: ActionID ");
        AmiModel model = ModelJson.read(out.toString());
        assertThat(model.action("CoreStatus").response()).isNotNull();
        assertThat(model.sharedEnum("ChannelState")).isNotNull();
    }

    @Test
    @DisplayName("writes the JSON to --out, with the line given by --line")
    void outFile(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sub/model.json");

        int status = run("model", "--docs", Fixtures.docs("features.xml").toString(), "--out", json.toString(),
                "--line", "22");

        assertThat(status).isEqualTo(0);
        assertThat(out.toString()).isEmpty();
        AmiModel model = ModelJson.read(Files.readString(json));
        assertThat(model.asteriskLine()).isEqualTo("22");
        assertThat(model.action("Login")).isNotNull();
        try (var files = Files.list(json.getParent())) {
            assertThat(files).containsExactly(json);
        }
    }

    @Test
    @DisplayName("lists problems and still exits 0 without --strict")
    void problemsWithoutStrict() {
        int status = run("model", "--docs", Fixtures.docs("dangling.xml").toString());

        assertThat(status).isEqualTo(0);
        assertThat(err.toString()).contains("dangling.xml:7:").contains("manager Ping: xpointer matches nothing")
                .containsPattern("(?m)^1 actions, 1 events, 2 problems from dangling\\.xml in \\d+ ms$");
    }

    @Test
    @DisplayName("exits 1 on problems under --strict, listing them and writing no model")
    void strict(@TempDir Path dir) {
        Path json = dir.resolve("model.json");

        int status = run("model", "--docs", Fixtures.docs("dangling.xml").toString(), "--strict", "--out",
                json.toString());

        assertThat(status).isEqualTo(1);
        assertThat(json).doesNotExist();
        assertThat(err.toString()).contains("xpointer").contains("no model written (--strict)");
    }

    @Test
    @DisplayName("exits 2 with a one-line message for a missing file, not XML, not docs")
    void ioErrors(@TempDir Path dir) throws Exception {
        Path notXml = Files.writeString(dir.resolve("notes.txt"), "hello, not xml\n");
        String[][] cases = {
            {dir.resolve("nope.xml").toString(), "nope.xml: no such file"},
            {notXml.toString(), "not well-formed XML"},
            {Fixtures.docs("not-docs.xml").toString(), "not Asterisk docs"},
        };
        for (String[] c : cases) {
            err.getBuffer().setLength(0);

            int status = run("model", "--docs", c[0]);

            assertThat(status).as(c[0]).isEqualTo(2);
            assertThat(err.toString()).as(c[0]).startsWith("amisdk model: ").contains(c[1])
                    .doesNotContain("Exception", "\tat ").hasLineCount(1);
        }
    }

    @Test
    @DisplayName("--verbose adds the stack trace")
    void verbose() {
        int status = run("model", "--docs", Fixtures.docs("bad-xml.xml").toString(), "--verbose");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("bad-xml.xml:5:").contains("\tat ");
    }

    @Test
    @DisplayName("exits 2 on bad usage")
    void usage() {
        assertThat(run("model")).isEqualTo(2);
        assertThat(err.toString()).startsWith("amisdk model: Missing required option").contains("--docs")
                .contains("(see 'amisdk model --help')").hasLineCount(1);
        assertThat(run("model", "--docs", "x", "--bogus")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }
}
