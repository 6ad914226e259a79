package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code generate} with several {@code --docs line=…}: one SDK of every line, and the bad inputs. */
class GenerateLinesTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> loaded = new ArrayList<>();

    private static AmiModel model(String docs, String line) {
        List<ActionDef> actions = new ArrayList<>();
        actions.add(new ActionDef("Ping", "Keepalive command.", Doc.EMPTY, List.of(), null, List.of(), List.of(),
                List.of(), "builtin"));
        if (docs.contains("18")) {
            actions.add(new ActionDef("Monitor", "Monitor a channel.", Doc.EMPTY,
                    List.of(new ParameterDef("Channel", true, Doc.EMPTY, List.of(), null, false)), null, List.of(),
                    List.of(), List.of(), "res_monitor"));
        }
        return new AmiModel("core-en_US.xml", line, actions, List.of());
    }

    private int run(String... args) {
        GenerateCommand command = new GenerateCommand((docs, line) -> {
            loaded.add(line + "=" + docs);
            return new LoadedDocs(model(docs, line), List.of());
        }, null);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @DisplayName("--docs 18=… --docs 22=… reads both and writes one SDK with what either has")
    @Test
    void twoLines() {
        Path sdk = temp.resolve("out");
        int code = run("--docs", "22=docs/22.xml", "--docs", "18=docs/18.xml", "--out", sdk.toString(),
                "--no-builtin-supplement");
        assertThat(code).as(err.toString()).isZero();
        assertThat(loaded).containsExactly("22=docs/22.xml", "18=docs/18.xml");
        assertThat(out.toString()).startsWith("2 actions, 0 events");
        assertThat(sdk.resolve("io/amisdk/sdk/MonitorAction.java")).exists();
        assertThat(sdk.resolve("io/amisdk/sdk/PingAction.java")).exists();
    }

    @DisplayName("bad input: one clear error each, exit 2, nothing read or written")
    @Test
    void badInput() {
        String[][] cases = {
            {"--docs", "22=a.xml", "--docs", "22=b.xml"},
            {"--docs", "22=a.xml", "--docs", "twenty=b.xml"},
            {"--docs", "22=a.xml", "--docs", "b.xml"},
            {"--docs", "22=a.xml", "--docs", "18=b.xml", "--line", "22"},
            {"--docs", "a.xml", "--line", "x"},
        };
        String[] messages = {
            "amisdk generate: Asterisk line 22 is given twice: a.xml and b.xml",
            "amisdk generate: 'twenty' in --docs twenty=b.xml is not an Asterisk line (a version such as 18, 22 or"
                    + " 22.10, or master)",
            "amisdk generate: with several docs sources each needs its line, as in --docs 22=b.xml",
            "amisdk generate: --line names the line of one docs source; with several, label each: --docs 18=… --docs"
                    + " 22=…",
            "amisdk generate: 'x' is not an Asterisk line (a version such as 18, 22 or 22.10, or master)",
        };
        for (int i = 0; i < cases.length; i++) {
            err.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(List.of(cases[i]));
            args.addAll(List.of("--out", temp.resolve("out").toString()));
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", cases[i])).isEqualTo(2);
            assertThat(err.toString().strip()).isEqualTo(messages[i]);
        }
        assertThat(loaded).isEmpty();
        assertThat(temp.resolve("out")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }
}
