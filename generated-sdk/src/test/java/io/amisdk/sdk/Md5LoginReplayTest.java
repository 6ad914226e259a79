package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.sdk.action.ChallengeAction;
import io.amisdk.sdk.action.LoginAction;
import io.amisdk.sdk.action.LogoffAction;
import io.amisdk.sdk.event.FullyBootedEvent;
import io.amisdk.testkit.Transcript;
import io.amisdk.testkit.TranscriptReplay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** MD5 login driven through the generated ChallengeAction and LoginAction, against a real recorded session. */
class Md5LoginReplayTest {
    @Test
    @DisplayName("Challenge, Login with the MD5 key, typed FullyBooted, Logoff: as login_md5_success.txt recorded")
    void md5Login() throws Exception {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null) {
            throw new IllegalStateException("amisdk.transcripts.dir is not set (Maven sets it)");
        }
        Transcript transcript = Transcript.load(Path.of(dir, "login_md5_success.txt"));
        try (TranscriptReplay replay = TranscriptReplay.start(transcript)) {
            AmiClientConfig config = AmiClientConfig.builder().host(replay.host()).port(replay.port())
                    .authType(AuthType.NONE).eventDecoders(AmiSdk.decoders()).build();
            try (AmiClient client = AmiClient.connect(config)) {
                CompletableFuture<FullyBootedEvent> booted = new CompletableFuture<>();
                client.onEvent(FullyBootedEvent.class, booted::complete);

                // given the challenge Asterisk sent
                AmiResponse challenge = client.send(ChallengeAction.builder().authType(AuthType.MD5)
                        .build()).get(10, TimeUnit.SECONDS).orThrow();
                String key = md5Hex(challenge.get("Challenge") + "amp111");

                // when logging in with the key
                AmiResponse login = client.send(LoginAction.builder().username("admin")
                        .authType(AuthType.MD5).key(key).build()).get(10, TimeUnit.SECONDS);

                // then the key is the one the real client sent, and Asterisk accepted it
                assertThat(key).isEqualTo("5ad26e802d54bfe5426205fce946d4fc");
                // the answer is the recording's answer to its Login, under the ActionID this client chose
                assertThat(login.actionId()).isNotBlank().isEqualTo(replay.actionIdMap().get("login-md5-1"));
                assertThat(login.message()).isEqualTo("Authentication accepted");
                assertThat(booted.get(10, TimeUnit.SECONDS).status()).isEqualTo("Fully Booted");

                AmiResponse bye = client.send(LogoffAction.builder().build()).get(10, TimeUnit.SECONDS);
                assertThat(bye.message()).isEqualTo("Thanks for all the fish.");
            }
            replay.awaitFinished(Duration.ofSeconds(10));
            assertThat(replay.received()).extracting(m -> m.get("Action"))
                    .containsExactly("Challenge", "Login", "Logoff");
            assertThat(replay.received().get(1).get("Key")).isEqualTo("5ad26e802d54bfe5426205fce946d4fc");
        }
    }

    private static String md5Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
