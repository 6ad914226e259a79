package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** {@code generate} with several {@code --docs line=…}: one SDK of every line, and the bad inputs. */
class GenerateLinesTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Docs of one line: Ping, and on line 18 also Monitor (gone by 22). */
    private Path docs(String line) throws IOException {
        String monitor = !line.equals("18") ? "" : """
                	<manager name="Monitor" language="en_US" module="res_monitor">
                		<synopsis>Monitor a channel.</synopsis>
                		<syntax>
                			<parameter name="Channel" required="true"><para>Used to specify the channel.</para></parameter>
                		</syntax>
                	</manager>
                """;
        Path file = temp.resolve("docs/" + line + ".xml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <docs xmlns:xi="http://www.w3.org/2001/XInclude">
                	<manager name="Ping" language="en_US" module="builtin">
                		<synopsis>Keepalive command.</synopsis>
                	</manager>
                """ + monitor + "</docs>\n");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @DisplayName("--docs 18=… --docs 22=… reads both and writes one SDK with what either has")
    @Test
    void twoLines() throws IOException {
        Path sdk = temp.resolve("out");
        int code = run("--docs", "22=" + docs("22"), "--docs", "18=" + docs("18"), "--out", sdk.toString(),
                "--no-builtin-supplement");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("2 actions, 0 events");
        assertThat(sdk.resolve("io/amisdk/sdk/action/MonitorAction.java")).exists();
        assertThat(sdk.resolve("io/amisdk/sdk/action/PingAction.java")).exists();
        // the merged model knows the line that has Monitor
        assertThat(Files.readString(sdk.resolve("io/amisdk/sdk/action/MonitorAction.java")))
                .contains("Not in Asterisk 22; it is in 18");
    }

    @DisplayName("bad input: one clear error each, exit 2, nothing written")
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
        assertThat(temp.resolve("out")).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }
}
