package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = AmisdkCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @DisplayName("--from 20 --to 22 prints the golden changelog, lines found under --docs-dir")
    @Test
    void linesFromDocsDir() throws Exception {
        assertThat(run("diff", "--from", "20", "--to", "22", "--docs-dir", ShippedDocs.dir().toString())).isZero();
        assertThat(out.toString()).isEqualTo(
                Files.readString(Path.of("src/test/resources/changelog/20-22.txt"), StandardCharsets.UTF_8));
        assertThat(err.toString()).isEmpty();
    }

    @DisplayName("two saved models, as Markdown")
    @Test
    void savedModels() throws Exception {
        Path a = write("a.json", "20", true);
        Path b = write("b.json", "22", false);
        assertThat(run("diff", "--from", a.toString(), "--to", b.toString(), "--format", "md")).isZero();
        assertThat(out.toString()).startsWith("# AMI changes from Asterisk 20 to 22\n")
                .contains("- `Login`\n  - ~ parameter `Username`: no longer required\n");
    }

    @DisplayName("sides may be docs files and folders of saved pages: XML against the website's pages of line 22")
    @Test
    void docsSides() throws Exception {
        String processed = ShippedDocs.dir().resolve("xml/22-processed/core-en_US.xml").toString();
        String pages = ShippedDocs.dir().resolve("html/22").toString();
        assertThat(run("diff", "--from", processed, "--to", pages, "--format", "json")).isZero();
        var counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString()).get("counts");
        // the pages do not mark required parameters (see html-vs-xml-22-expected-differences.txt)
        assertThat(counts.get("requiredFlips").asInt()).isEqualTo(166);
        assertThat(counts.get("actionsAdded").asInt() + counts.get("actionsRemoved").asInt()).isZero();
    }

    @DisplayName("a label that is no line, and a line with no docs: one clear error each, exit 2")
    @Test
    void badSides() {
        assertThat(run("diff", "--from", "twenty", "--to", "22", "--docs-dir", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("amisdk diff: 'twenty' is neither an Asterisk line (such as 20 or master)"
                + " nor a file" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("diff", "--from", "19", "--to", "22", "--docs-dir", ShippedDocs.dir().toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("amisdk diff: no docs for Asterisk 19: ")
                .contains("(lines in ").contains("18, 20, 21, 22, 22-processed, 23, master)");
        assertThat(out.toString()).isEmpty();
    }

    @DisplayName("an unknown output format is a usage error")
    @Test
    void badFormat() {
        assertThat(run("diff", "--from", "20", "--to", "22", "--format", "html")).isEqualTo(2);
        assertThat(err.toString()).contains("'html' is not a changelog format (text, markdown or json)");
    }

    private Path write(String name, String line, boolean usernameRequired) throws Exception {
        ActionDef login = ActionDef.of("Login", "Login Manager.", Doc.EMPTY,
                List.of(ParameterDef.of("Username", usernameRequired, Doc.EMPTY, List.of(), null, false)), null,
                List.of(), List.of("0.2.0"), List.of(), "builtin");
        Path file = temp.resolve(name);
        Files.writeString(file, ModelJson.write(new AmiModel(name, line, List.of(login), List.of())));
        return file;
    }
}
