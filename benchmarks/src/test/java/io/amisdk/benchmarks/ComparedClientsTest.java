package io.amisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.internal.CountingManagerReader;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark's harness does the real work for both libraries: checked once here, outside JMH. */
class ComparedClientsTest {
    private static AmiClientConfig.Builder amisdk(PingServer server) {
        return AmiClientConfig.builder().host(server.host()).port(server.port())
                .eventMask("off").timeouts(t -> t.keepaliveInterval(Duration.ZERO).actionTimeout(Duration.ofSeconds(10)));
    }

    private static AmiClientConfig.Builder amisdk(LoopbackAmiServer server) {
        return AmiClientConfig.builder().host(server.host()).port(server.port())
                .eventMask("off").timeouts(t -> t.keepaliveInterval(Duration.ZERO).actionTimeout(Duration.ofSeconds(10)));
    }

    @ParameterizedTest(name = "{0} server")
    @ValueSource(strings = {"testkit", "lean"})
    @DisplayName("amisdk logs in with MD5 and gets every pipelined Pong")
    void amisdkPipelinesPings(String kind) throws Exception {
        try (PingServer server = PingServer.start(kind);
                AmiClient client = AmiClient.connect(amisdk(server).credentials("admin", "amp111").build())) {
            @SuppressWarnings("unchecked")
            CompletableFuture<AmiResponse>[] pongs = new CompletableFuture[500];
            for (int i = 0; i < pongs.length; i++) {
                pongs[i] = client.send(GenericAction.of("Ping"));
            }
            java.util.Set<String> answered = new java.util.HashSet<>();
            for (CompletableFuture<AmiResponse> pong : pongs) {
                AmiResponse r = pong.get(10, TimeUnit.SECONDS);
                assertThat(r.get("Ping")).isEqualTo("Pong");
                answered.add(r.actionId());
            }
            assertThat(answered).as("each Ping got its own answer, by ActionID").hasSize(pongs.length);
            if (kind.equals("lean")) {
                assertThat(server.summary()).startsWith("lean server: 502 actions"); // Challenge, Login, 500 Pings
            }
            server.forgetReceived();
        }
    }

    @Test
    void theLoopbackServerChecksTheMd5Key() throws Exception {
        try (LoopbackAmiServer server = LoopbackAmiServer.start("admin", "amp111")) {
            assertThatThrownBy(() -> AmiClient.connect(amisdk(server).credentials("admin", "wrong").build()))
                    .isInstanceOf(AmiAuthenticationException.class)
                    .hasMessageContaining("Authentication failed");
        }
    }

    @ParameterizedTest(name = "{0} server")
    @ValueSource(strings = {"testkit", "lean"})
    @DisplayName("asterisk-java logs in (Challenge/MD5) and gets Pongs through its async callback")
    void asteriskJavaPipelinesPings(String kind) throws Exception {
        try (PingServer server = PingServer.start(kind)) {
            ManagerConnection connection = new ManagerConnectionFactory(server.host(), server.port(), "admin", "amp111")
                    .createManagerConnection();
            connection.login("off");
            try {
                @SuppressWarnings("unchecked")
                CompletableFuture<ManagerResponse>[] pongs = new CompletableFuture[200];
                for (int i = 0; i < pongs.length; i++) {
                    CompletableFuture<ManagerResponse> pong = new CompletableFuture<>();
                    connection.sendAction(new PingAction(), pong::complete);
                    pongs[i] = pong;
                }
                for (CompletableFuture<ManagerResponse> pong : pongs) {
                    assertThat(pong.get(10, TimeUnit.SECONDS).getResponse()).isEqualTo("Success");
                }
            } finally {
                connection.logoff();
            }
        }
    }

    @Test
    @DisplayName("asterisk-java's reader builds the recorded stream's events and responses, again on every pass")
    void asteriskJavaReaderDecodesTheRecordedStream() throws Exception {
        byte[] stream = RecordedSession.load("full_event_mix.txt").serverBytes();
        StreamCensus census = StreamCensus.of(stream);
        CountingManagerReader reader = new CountingManagerReader();

        CountingManagerReader.Pass first = reader.readAll(new InMemoryManagerSocket(stream));
        CountingManagerReader.Pass second = reader.readAll(new InMemoryManagerSocket(stream));

        assertThat(first.responses()).isEqualTo(census.responses());
        // Its backwards-compatibility layer adds a few synthetic events; none of the recorded ones may be lost.
        assertThat(first.events()).isGreaterThanOrEqualTo(census.events());
        assertThat(second).isEqualTo(first);
    }
}
