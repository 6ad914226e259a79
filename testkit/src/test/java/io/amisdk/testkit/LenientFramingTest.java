package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiTimeoutException;
import io.amisdk.runtime.GenericAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What odd servers send, read through the whole client rather than refused: written whole, and one
 * byte per write. (AmiMessageParserTest feeds the same shapes split at every byte boundary.)
 */
@Timeout(120)
class LenientFramingTest {
    private static void send(FakeSession s, String text, boolean oneByteWrites) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (!oneByteWrites) {
            s.raw(bytes);
            return;
        }
        for (byte b : bytes) {
            s.raw(new byte[] {b});
        }
    }

    @ParameterizedTest(name = "one-byte writes: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("plain text rows (Queues on Asterisk <= 13) answer an action known to answer unframed")
    void plainRows(boolean oneByteWrites) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.handle("Queues", (a, s) -> send(s, "No queues have been created.\r\n\r\n\r\n", oneByteWrites));
            AmiResponse queues = client.send(GenericAction.of("Queues").unframed()).get(10, TimeUnit.SECONDS);
            assertThat(queues.output()).containsExactly("No queues have been created.");
            assertThat(queues.actionName()).isEqualTo("Queues");
            assertThat(queues.status()).isEqualTo(AmiResponse.Status.OTHER); // no Response header: rows only
            ami.handle("Queues", (a, s) -> send(s, "support has 0 calls (max unlimited) in 'ringall' strategy (0s holdtime), W:0, C:0\r\n"
                    + "   Members: \r\n      Local/200@test (ringinuse enabled) (Not in use)\r\n\r\n", oneByteWrites));
            assertThat(client.send(GenericAction.of("Queues").unframed()).get(10, TimeUnit.SECONDS).output()).containsExactly(
                    "support has 0 calls (max unlimited) in 'ringall' strategy (0s holdtime), W:0, C:0", "   Members: ",
                    "      Local/200@test (ringinuse enabled) (Not in use)");
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @ParameterizedTest(name = "one-byte writes: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("IAXnetstats as Asterisk 22.10.1 answers it: a bare CRLF (no calls) or raw rows; both complete instead of timing out")
    void iaxNetstats(boolean oneByteWrites) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build());
                // only the last IAXnetstats runs on this client: its short action timeout is under test, no answer races it
                AmiClient quick = AmiClient.connect(Clients.config(ami).timeouts(t -> t.actionTimeout(Duration.ofMillis(500))).build())) {
            ami.expect("IAXnetstats").then((a, s) -> send(s, "\r\n", oneByteWrites));
            ami.expect("IAXnetstats").then((a, s) -> send(s,
                    "IAX2/static1-1234      42  -1  0  0  0  0  0  0  0  0  0  0  0  0  0\r\n\r\n", oneByteWrites));
            AmiResponse idle = client.send(GenericAction.of("IAXnetstats").unframed()).get(10, TimeUnit.SECONDS);
            assertThat(idle.output()).isEmpty();
            AmiResponse busy = client.send(GenericAction.of("IAXnetstats").unframed()).get(10, TimeUnit.SECONDS);
            assertThat(busy.output()).containsExactly("IAX2/static1-1234      42  -1  0  0  0  0  0  0  0  0  0  0  0  0  0");
            // an action not known to answer unframed still times out on a bare CRLF, as before
            ami.expect("IAXnetstats").then((a, s) -> send(s, "\r\n", oneByteWrites));
            assertThatThrownBy(() -> quick.send(GenericAction.of("IAXnetstats")).get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(AmiTimeoutException.class);
        }
    }

    @ParameterizedTest(name = "one-byte writes: {0}")
    @ValueSource(booleans = {false, true})
    @DisplayName("legacy Command replies: empty body, no end marker before the next Event/Response, mixed with Output:")
    void legacyFollows(boolean oneByteWrites) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            List<String> events = new CopyOnWriteArrayList<>();
            client.onEvent("Hangup", e -> events.add(e.headers().get("Channel")));
            ami.expect("Command").then((a, s) -> send(s, "Response: Follows\r\nPrivilege: Command\r\nActionID: "
                    + a.actionId() + "\r\n--END COMMAND--\r\n\r\n", oneByteWrites));
            ami.expect("Command").then((a, s) -> send(s, "Response: Follows\r\nPrivilege: Command\r\nActionID: "
                    + a.actionId() + "\r\nline 1\r\n\r\nline 3\r\n\r\nEvent: Hangup\r\nChannel: PJSIP/after\r\n\r\n", oneByteWrites));
            ami.expect("Command").then((a, s) -> send(s, "Response: Follows\r\nActionID: " + a.actionId()
                    + "\r\nOutput: a\r\nb\r\n--END COMMAND--\r\n\r\n", oneByteWrites));
            AmiResponse empty = client.send(GenericAction.of("Command").header("Command", "x")).get(10, TimeUnit.SECONDS);
            assertThat(empty.status()).isEqualTo(AmiResponse.Status.FOLLOWS);
            assertThat(empty.output()).isEmpty();
            AmiResponse unmarked = client.send(GenericAction.of("Command").header("Command", "y")).get(10, TimeUnit.SECONDS);
            assertThat(unmarked.output()).containsExactly("line 1", "", "line 3");
            Clients.await("the Hangup after it", Duration.ofSeconds(10), () -> events.contains("PJSIP/after"));
            AmiResponse mixed = client.send(GenericAction.of("Command").header("Command", "z")).get(10, TimeUnit.SECONDS);
            assertThat(mixed.output()).containsExactly("a", "b");
        }
    }

    @ParameterizedTest(name = "greeting: {0}")
    @ValueSource(strings = {"Welcome to the AMI proxy", "SSH-2.0-OpenSSH_9.6"})
    @DisplayName("a first line that is not Asterisk's greeting is reported as the greeting; login goes on")
    void otherGreeting(String line) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().greeting(line).start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            assertThat(client.greeting()).isEqualTo(line);
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
        try (FakeAsterisk ami = FakeAsterisk.builder().greeting(line).start()) {
            ami.expect("Challenge").stall(); // a server that is not Asterisk does not answer the login
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).timeouts(t -> t.connectTimeout(Duration.ofSeconds(2))).build()))
                    .isInstanceOf(AmiTimeoutException.class).hasMessageContaining("the server greeted \"" + line + "\"")
                    .hasMessageContaining("not Asterisk's greeting");
        }
    }
}
