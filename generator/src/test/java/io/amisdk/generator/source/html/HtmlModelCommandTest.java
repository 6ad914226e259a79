package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.cli.AmisdkCli;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.AmiModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("amisdk model --docs <html folder or URL>")
class HtmlModelCommandTest {
    @TempDir
    Path temp;

    private FakeDocsSite site;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        site = new FakeDocsSite(seedLayout());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Path seedLayout() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(HtmlModelCommandTest.class.getResource("/html/seed-layout")).toURI());
    }

    private int run(String... args) {
        CommandLine cl = AmisdkCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String actionsIndex() {
        return site.base() + "AMI_Actions/";
    }

    @Test
    void folderIsDetected() throws Exception {
        Path json = temp.resolve("model.json");
        assertThat(run("model", "--docs", seedLayout().toString(), "--out", json.toString())).isZero();
        AmiModel model = ModelJson.read(Files.readString(json));
        assertThat(model.action("Login").parameter("Username").required()).isTrue();
        assertThat(err.toString()).contains("1 actions, 0 events, 0 problems");
    }

    @Test
    @DisplayName("a page that fails is reported; the rest is written")
    void urlWithAMissingPage() throws Exception {
        Path json = temp.resolve("model.json");
        int status = run("model", "--docs", actionsIndex(), "--cache", temp.resolve("cache").toString(), "--out",
                json.toString());
        assertThat(status).isZero();
        assertThat(err.toString()).contains(actionsIndex() + "Ping/: HTTP 404 Not Found")
                .contains("1 actions, 0 events, 1 problems")
                // not on a terminal (as under Maven): no progress line in the log
                .doesNotContain("reading docs pages");
        assertThat(ModelJson.read(Files.readString(json)).actions()).hasSize(1);
        assertThat(site.requests(FakeDocsSite.PREFIX + "AMI_Events/Hangup/")).as("other sections are not crawled").isZero();
    }

    @Test
    @DisplayName("--strict writes no half model")
    void strictWritesNothing() {
        Path json = temp.resolve("model.json");
        int status = run("model", "--docs", actionsIndex(), "--cache", temp.resolve("cache").toString(), "--strict",
                "--out", json.toString());
        assertThat(status).isEqualTo(AmisdkCli.PROBLEMS);
        assertThat(json).doesNotExist();
        assertThat(err.toString()).contains(actionsIndex() + "Ping/: HTTP 404 Not Found")
                .contains("1 problems in " + actionsIndex() + "; no model written (--strict)");
    }

    @Test
    @DisplayName("--offline reads the cache, and says which pages it lacks")
    void offline() throws Exception {
        Path cache = temp.resolve("cache");
        assertThat(run("model", "--docs", actionsIndex(), "--cache", cache.toString(), "--out",
                temp.resolve("a.json").toString())).isZero();
        int asked = site.requests();
        assertThat(run("model", "--docs", actionsIndex(), "--cache", cache.toString(), "--offline", "--out",
                temp.resolve("b.json").toString())).isZero();
        assertThat(site.requests()).isEqualTo(asked);
        assertThat(Files.readString(temp.resolve("b.json"))).isEqualTo(Files.readString(temp.resolve("a.json")));
        assertThat(err.toString()).contains(actionsIndex() + "Ping/: not in the page cache " + cache
                + " and --offline forbids fetching it");
    }

    @Test
    @DisplayName("--offline with nothing cached fails, naming the page, and writes nothing")
    void offlineWithEmptyCache() {
        Path json = temp.resolve("model.json");
        Path cache = temp.resolve("empty-cache");
        int status = run("model", "--docs", actionsIndex(), "--cache", cache.toString(), "--offline", "--out", json.toString());
        assertThat(status).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(json).doesNotExist();
        assertThat(err.toString()).startsWith("amisdk model: " + actionsIndex() + ": read no AMI page: " + actionsIndex()
                + ": cannot read the AMI_Actions index: not in the page cache " + cache + " and --offline forbids fetching it");
        assertThat(site.requests()).isZero();
    }

    @Test
    void explicitFormatWins() {
        // a folder forced to be read as XML is not an XML file
        assertThat(run("model", "--docs", temp.toString(), "--format", "xml")).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).startsWith("amisdk model: ");
        assertThat(run("model", "--docs", temp.toString(), "--format", "pdf")).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains("'pdf' is not a docs format (xml, html or ami)");
    }

    @Test
    void folderWithoutPages() {
        assertThat(run("model", "--docs", temp.toString())).isEqualTo(AmisdkCli.USAGE_OR_IO);
        assertThat(err.toString()).contains(temp + ": not a folder of AMI docs pages (no AMI_Actions or AMI_Events folder in it)");
    }
}
