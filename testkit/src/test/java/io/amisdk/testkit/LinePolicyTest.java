package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiUnavailableException;
import io.amisdk.runtime.LinePolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The client learns its server's Asterisk line after login and, under a line policy, refuses or warns on what it lacks. */
class LinePolicyTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** An action an SDK merged from lines 18 and 20 would emit: Monitor, which 22 dropped; File only in 20. */
    private record Monitor(String file) implements AmiAction<AmiResponse> {
        @Override
        public String actionName() {
            return "Monitor";
        }

        @Override
        public void writeHeaders(AmiHeaderWriter out) {
            out.header("Channel", "Local/1@test");
            if (file != null) {
                out.header("File", file);
            }
        }

        @Override
        public AmiResponse decodeResponse(AmiResponse response) {
            return response;
        }

        @Override
        public List<String> availableIn() {
            return List.of("18", "20", "22");
        }

        @Override
        public List<String> availableIn(String header) {
            return header.equalsIgnoreCase("File") ? List.of("18", "20") : availableIn();
        }
    }

    private static FakeAsterisk server() {
        FakeAsterisk ami = FakeAsterisk.start();
        ami.expect("CoreSettings").reply("Response", "Success", "AMIversion", "11.0.0", "AsteriskVersion", "22.10.1");
        return ami;
    }

    @Test
    @DisplayName("FAIL: a header the server's line lacks fails the future before anything is sent; what it has goes")
    void fail() throws Exception {
        try (FakeAsterisk ami = server();
                AmiClient client = AmiClient.connect(Clients.config(ami).linePolicy(LinePolicy.FAIL).build())) {
            Clients.await("the line learnt", WAIT, () -> "22".equals(client.serverLine()));
            CompletableFuture<AmiResponse> refused = client.send(new Monitor("out.wav"));
            assertThat(refused).isCompletedExceptionally(); // failed before send returned: nothing was sent
            assertThatThrownBy(() -> refused.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(AmiUnavailableException.class)
                    .hasMessage("Monitor's File is not in Asterisk 22; it is in 18 and 20");
            ami.expect("Monitor").reply("Response", "Success", "Message", "Started monitoring channel");
            assertThat(client.send(new Monitor(null)).get(WAIT.toSeconds(), TimeUnit.SECONDS).message()).isEqualTo("Started monitoring channel");
            assertThat(ami.takeAction("Monitor", WAIT).get("File")).isNull();
        }
    }

    @Test
    @DisplayName("WARN sends it anyway; IGNORE (the default) asks the server nothing")
    void warnAndIgnore() throws Exception {
        try (FakeAsterisk ami = server();
                AmiClient client = AmiClient.connect(Clients.config(ami).linePolicy(LinePolicy.WARN).build())) {
            Clients.await("the line learnt", WAIT, () -> "22".equals(client.serverLine()));
            ami.expect("Monitor").reply("Response", "Success", "Message", "Started monitoring channel");
            assertThat(client.send(new Monitor("out.wav")).get(WAIT.toSeconds(), TimeUnit.SECONDS).message()).isEqualTo("Started monitoring channel");
            assertThat(ami.takeAction("Monitor", WAIT).get("File")).isEqualTo("out.wav");
        }
        try (FakeAsterisk ami = server(); AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Monitor").reply("Response", "Success", "Message", "Started monitoring channel");
            assertThat(client.send(new Monitor("out.wav")).get(WAIT.toSeconds(), TimeUnit.SECONDS).message()).isEqualTo("Started monitoring channel");
            assertThat(client.serverLine()).isNull();
            // logins included, in order: nothing between the login and the Monitor
            ReceivedAction next = ami.takeAction(WAIT);
            while (next.name().equalsIgnoreCase("Login") || next.name().equalsIgnoreCase("Challenge")) {
                next = ami.takeAction(WAIT);
            }
            assertThat(next.name()).isEqualTo("Monitor");
        }
    }
}
