package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With every log level on, neither the secret nor the MD5 key reaches a log line, an exception or a toString. */
class SecretsInLogsTest {
    private static final String SECRET = "s3cr3t-Value-42";

    @Test
    @DisplayName("secrets never reach logs, exceptions or toString, at any log level")
    void neverLogged() throws Exception {
        Logger jul = Logger.getLogger("io.amisdk.runtime");
        List<String> lines = new CopyOnWriteArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.addHandler(capture);
        try {
            // a plain login that fails, an MD5 login that works, an action carrying a Secret, a drop
            try (LoopbackServer refusing = new LoopbackServer((s, a) -> {
                s.reply(a, "Response", "Error", "Message", "Authentication failed");
                s.close();
            })) {
                assertThatThrownBy(() -> AmiClient.connect(refusing.config().authType(AuthType.PLAIN).secret(SECRET).build()))
                        .isInstanceOf(AmiAuthenticationException.class)
                        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
            }
            String key = ChallengeLogin.key("123456789", SECRET);
            try (LoopbackServer server = new LoopbackServer(LoopbackServer.basic((s, a) -> s.close()))) {
                AmiClient client = AmiClient.connect(server.config().secret(SECRET).build());
                GenericAction update = GenericAction.of("UpdateConfig").header("Secret", SECRET);
                assertThat(update.toString()).doesNotContain(SECRET);
                assertThat(client.config().toString()).doesNotContain(SECRET);
                assertThatThrownBy(() -> client.send(update).join()).satisfies(e -> assertThat(stackTrace(e)).doesNotContain(SECRET));
                client.close();
            }
            assertThat(lines).as("something was logged at all").isNotEmpty();
            for (String line : lines) {
                assertThat(line).doesNotContain(SECRET).doesNotContain(key);
            }
        } finally {
            jul.removeHandler(capture);
            jul.setLevel(before);
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
