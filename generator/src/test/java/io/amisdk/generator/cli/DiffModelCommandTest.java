package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DiffModelCommandTest {
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

    private Path write(String name, boolean usernameRequired) throws Exception {
        ActionDef login = ActionDef.of("Login", "Login Manager.", Doc.EMPTY,
                List.of(ParameterDef.of("Username", usernameRequired, Doc.EMPTY, List.of(), null, false)), null,
                List.of(), List.of("0.2.0"), List.of(), "builtin");
        Path file = temp.resolve(name);
        Files.writeString(file, ModelJson.write(new AmiModel(name, "22", List.of(login), List.of())));
        return file;
    }

    @Test
    void printsDifferencesAndExitsOne() throws Exception {
        Path a = write("a.json", true);
        Path b = write("b.json", false);
        assertThat(run("diff-model", a.toString(), b.toString())).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(out.toString()).isEqualTo("action Login parameter Username: required: true | false" + System.lineSeparator());
        assertThat(err.toString()).contains("1 differences between " + a + " and " + b);
    }

    @Test
    void equalModelsExitZero() throws Exception {
        Path a = write("a.json", true);
        Path b = write("b.json", true);
        assertThat(run("diff-model", a.toString(), b.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unreadableFileExitsTwo() throws Exception {
        Path a = write("a.json", true);
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        assertThat(run("diff-model", a.toString(), bad.toString())).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).startsWith("amisdk diff-model: " + bad + ": not a model JSON");
        assertThat(run("diff-model", a.toString(), temp.resolve("missing.json").toString())).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains(temp.resolve("missing.json") + ": no such model file");
    }
}
