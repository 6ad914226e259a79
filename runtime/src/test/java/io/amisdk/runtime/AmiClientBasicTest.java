package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmiClientBasicTest {

    @Test
    @DisplayName("MD5 login sends Key = md5hex(challenge + secret) and Ping gets Pong")
    void md5LoginAndPing() throws Exception {
        try (LoopbackServer server = new LoopbackServer(LoopbackServer.basic((s, a) -> { }));
                AmiClient client = AmiClient.connect(server.config().build())) {
            // when
            AmiResponse pong = client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS);

            // then
            assertThat(pong.status()).isEqualTo(AmiResponse.Status.SUCCESS);
            assertThat(pong.get("Ping")).isEqualTo("Pong");
            assertThat(client.amiVersion()).isEqualTo("11.0.0");
            assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_IN);
            Map<String, String> challenge = server.received.take();
            Map<String, String> login = server.received.take();
            assertThat(challenge).containsEntry("Action", "Challenge").containsEntry("AuthType", "MD5");
            assertThat(login).containsEntry("AuthType", "MD5").containsEntry("Username", "admin")
                    .containsEntry("Key", ChallengeLogin.key("123456789", "amp111"))
                    .containsEntry("Events", "on").doesNotContainKey("Secret");
        }
    }

    @Test
    @DisplayName("a refused plain login is an authentication failure carrying Asterisk's message")
    void refusedLogin() throws Exception {
        try (LoopbackServer server = new LoopbackServer((s, a) -> {
            s.reply(a, "Response", "Error", "Message", "Authentication failed");
            s.close();
        })) {
            assertThatThrownBy(() -> AmiClient.connect(server.config().authType(AuthType.PLAIN).secret("wrong").build()))
                    .isInstanceOf(AmiAuthenticationException.class)
                    .hasMessageContaining("Authentication failed")
                    .hasMessageNotContaining("wrong");
        }
    }
}
