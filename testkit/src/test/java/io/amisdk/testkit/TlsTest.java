package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiTls;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.GenericAction;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS on loopback with certificates made in the test; hostname verification is on unless turned off. */
class TlsTest {
    @TempDir
    static Path dir;
    /** Names only {@code localhost}: connecting to 127.0.0.1 is a hostname mismatch. */
    static SelfSignedCertificate localhost;

    @BeforeAll
    static void certificates() throws Exception {
        localhost = new SelfSignedCertificate(dir, "dns:localhost");
    }

    @Test
    @DisplayName("MD5 login and Ping over TLS, the certificate naming the host")
    void loginOverTls() {
        try (FakeAsterisk ami = FakeAsterisk.builder().tls(localhost.serverContext).start();
                AmiClient client = AmiClient.connect(Clients.config(ami).host("localhost").tls(AmiTls.of(localhost.clientContext)).build())) {
            AmiResponse pong = client.send(GenericAction.of("Ping")).join();
            assertThat(pong.get("Ping")).isEqualTo("Pong");
            assertThat(client.config().tls().hostnameVerification()).isTrue();
        }
    }

    @Test
    @DisplayName("a trusted certificate for another host is refused by default, accepted with verification off")
    void hostnameVerification() {
        try (FakeAsterisk ami = FakeAsterisk.builder().tls(localhost.serverContext).start()) {
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).host("127.0.0.1").tls(AmiTls.of(localhost.clientContext))
                    .timeouts(t -> t.connectTimeout(Duration.ofSeconds(5))).build()))
                    .isInstanceOf(AmiConnectException.class).hasCauseInstanceOf(SSLHandshakeException.class);
            try (AmiClient client = AmiClient.connect(Clients.config(ami).host("127.0.0.1").tls(AmiTls.of(localhost.clientContext)
                    .withHostnameVerification(false)).build())) {
                assertThat(client.send(GenericAction.of("Ping")).join().get("Ping")).isEqualTo("Pong");
            }
        }
    }

    @Test
    @DisplayName("an untrusted certificate is refused")
    void untrusted() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().tls(localhost.serverContext).start()) {
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).host("localhost").tls(AmiTls.of(SSLContext.getDefault()))
                    .build()))
                    .isInstanceOf(AmiConnectException.class).hasCauseInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    @DisplayName("tls_login_ping.txt replayed over TLS: login, Ping, Logoff as recorded")
    void recordedTlsSession() {
        Transcript t = RecordedSessions.named("tls_login_ping");
        ReplayScenario scenario = new ReplayScenario(t);
        try (TranscriptReplay replay = TranscriptReplay.builder(t).tls(localhost.serverContext).start();
                AmiClient client = AmiClient.connect(TranscriptReplayTest.config(replay, scenario).host("localhost")
                        .tls(AmiTls.of(localhost.clientContext)).build())) {
            assertThat(scenario.login).isEqualTo(ReplayScenario.Login.PLAIN);
            assertThat(client.config().authType()).isEqualTo(AuthType.PLAIN);
            for (ReplayScenario.Step step : scenario.steps) {
                AmiResponse r = client.send(GenericAction.of(step.action().get("Action"))).join();
                assertThat(r.get("Response")).isEqualTo(step.response().get("Response"));
                assertThat(r.message()).isEqualTo(step.response().get("Message"));
            }
            replay.awaitFinished(Duration.ofSeconds(10));
        }
    }
}
