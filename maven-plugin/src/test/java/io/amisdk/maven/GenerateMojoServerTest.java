package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.FakeSession;
import io.amisdk.testkit.ReceivedAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The surefire configuration puts testkit's secret (amp111) in {@code AMISDK_AMI_SECRET}, as a user would. */
@DisplayName("docs given as a running Asterisk (ami://): what it has loaded, read over AMI")
@Timeout(60)
class GenerateMojoServerTest {
    /** What Asterisk 22.10.1 answers to the docs reader's commands, cut to one action and one event. */
    private static final Map<String, List<String>> COMMANDS = Map.of(
            "manager show command Ping", List.of("", "  -= Info about Manager Command 'Ping' =- ", "",
                    "[Synopsis]", "Keepalive command. ", "", "[Provided By]", "builtin", "", "[Since]", "0.2.0", "",
                    "[Description]", "A 'Ping' action will elicit a 'Pong' response. Used to keep the manager",
                    "connection open.", "", "[Syntax]", "Action: Ping", "[ActionID:] <value>", "", "[Arguments]", "",
                    "ActionID", "    ActionID for this transaction. Will be returned.", "", "[Privilege]", "<none>",
                    "", "[See Also]", "Not available", "", "[List Responses]", "None", "", "[End List Responses]", "",
                    "[Final Response]", "None", "", "[End Final Response]", ""),
            "manager show events", List.of("Events:",
                    "  --------------------------  --------------------------  --------------------------  ",
                    "  FullyBooted                ", "", "1 events registered."),
            "manager show event FullyBooted", List.of("Event: FullyBooted", "",
                    "  -= Info about Manager Event 'FullyBooted' =- ", "", "[Synopsis]",
                    "Raised when all Asterisk initialization procedures have finished.", "", "[Provided By]",
                    "builtin", "", "[Since]", "12.0.0", "", "[Description]", "Not available", "", "[Syntax]",
                    "Event: FullyBooted", "Status: <value>", "Uptime: <value>", "LastReload: <value>", "",
                    "[Arguments]", "", "Status", "    Informational message", "", "Uptime",
                    "    Seconds since start", "", "LastReload", "    Seconds since last reload", "", "[See Also]",
                    "Not available", ""));

    @TempDir
    Path dir;

    private FakeAsterisk server;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() {
        server = FakeAsterisk.start();
        server.handle("CoreSettings", (action, session) -> session.reply(action, "Response", "Success",
                "AMIversion", "11.0.0", "AsteriskVersion", "22.10.1"));
        server.handle("ListCommands", (action, session) -> session.reply(action, "Response", "Success",
                "Ping", "Keepalive command.  (Priv: <none>)"));
        server.handle("Command", GenerateMojoServerTest::command);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void command(ReceivedAction action, FakeSession session) {
        List<String> output = COMMANDS.get(action.get("Command"));
        if (output == null) {
            session.reply(action, "Response", "Error", "Message", "Command output follows", "Output",
                    "No such command '" + action.get("Command") + "'");
            return;
        }
        List<String> pairs = new ArrayList<>(List.of("Response", "Success", "Message", "Command output follows"));
        for (String line : output) {
            pairs.add("Output");
            pairs.add(line);
        }
        session.reply(action, pairs.toArray(String[]::new));
    }

    private GenerateMojo mojo() {
        GenerateMojo mojo = new GenerateMojo();
        mojo.docs = "ami://admin@127.0.0.1:" + server.port();
        mojo.cacheDirectory = dir.resolve("cache").toFile();
        mojo.maxPages = 2000;
        mojo.packageName = "com.example.ami";
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.useBuiltInSupplement = false;
        mojo.project = new MavenProject();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    @Test
    @DisplayName("generates what the server has loaded, named after its line; unchanged, the next run is up to date")
    void generatesFromTheServer() throws Exception {
        mojo().execute();

        Path out = dir.resolve("out/com/example/ami");
        assertThat(Files.readString(out.resolve("PingAction.java"))).contains("Asterisk 22");
        assertThat(out.resolve("FullyBootedEvent.java")).isRegularFile();
        assertThat(log).last().asString().startsWith("amisdk: 1 actions, 1 events");
        assertThat(server.history("Login")).hasSize(1);

        log.clear();
        mojo().execute();
        assertThat(log).last().asString().startsWith("amisdk: up to date");
    }
}
