package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionSerializerTest {

    @Test
    @DisplayName("Action, then ActionID, then headers in order; repeated headers stay repeated")
    void order() {
        GenericAction originate = GenericAction.of("Originate").header("Channel", "Local/100@test")
                .header("Variable", "A=1").header("Variable", "B=2").header("Async", "true");
        String wire = new String(ActionSerializer.serialize(originate, "id-7"), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("Action: Originate\r\nActionID: id-7\r\nChannel: Local/100@test\r\n"
                + "Variable: A=1\r\nVariable: B=2\r\nAsync: true\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nAction: Hangup", "a\nAction: Hangup", "a\rb", "a\u0000b"})
    @DisplayName("CR, LF or NUL in a value is refused, naming the header but not showing the value")
    void injectionInValue(String value) {
        assertThatThrownBy(() -> GenericAction.of("UserEvent").header("Body", value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Body")
                .hasMessageNotContaining("Hangup");
    }

    @Test
    @DisplayName("an AmiAction that writes a bad header itself fails before anything is serialized")
    void injectionFromEmittedCode() {
        AmiAction<AmiResponse> evil = action("Setvar",
                out -> out.header("Variable", "x").header("Value", "1\r\n\r\nAction: Originate"));
        assertThatThrownBy(() -> ActionSerializer.serialize(evil, "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Value").hasMessageContaining("CR");
    }

    /** An action whose writeHeaders writes one header, as emitted code does (no GenericAction check first). */
    private static AmiAction<AmiResponse> writing(String name, String value) {
        return action("UserEvent", out -> out.header(name, value));
    }

    /** An action as emitted code makes one: its name, and headers written by its own code. */
    private static AmiAction<AmiResponse> action(String name, Consumer<AmiHeaderWriter> headers) {
        return new AmiAction<>() {
            @Override
            public AmiResponse decodeResponse(AmiResponse response) {
                return response;
            }

            @Override
            public String actionName() {
                return name;
            }

            @Override
            public void writeHeaders(AmiHeaderWriter out) {
                headers.accept(out);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"é\r\nAction: Hangup", "€€\n", "日本\u0000", "ok\r", "\r"})
    @DisplayName("CR, LF or NUL after non-ASCII text is refused too, when the value is checked while it is encoded")
    void injectionAfterNonAscii(String value) {
        assertThatThrownBy(() -> ActionSerializer.serialize(writing("Body", value), "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Body")
                .hasMessageNotContaining("Hangup");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bé:d", "Bad:", "é\n"})
    @DisplayName("a colon, CR or LF in a name written by emitted code is refused, ASCII or not")
    void badNamesFromEmittedCode(String name) {
        assertThatThrownBy(() -> ActionSerializer.serialize(writing(name, "v"), "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header name");
    }

    @Test
    @DisplayName("an ActionID or action name with CR or LF is refused")
    void badActionIdOrName() {
        assertThatThrownBy(() -> ActionSerializer.serialize(GenericAction.of("Ping"), "1\r\nAction: Logoff"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header ActionID");
        AmiAction<AmiResponse> badName = action("Ping\nAction: Logoff", out -> { });
        assertThatThrownBy(() -> ActionSerializer.serialize(badName, "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Action");
    }

    @Test
    @DisplayName("after a refused action the thread's next action is written whole and alone")
    void refusedActionLeavesNothingBehind() {
        assertThatThrownBy(() -> ActionSerializer.serialize(writing("Body", "part\r\nAction: Hangup"), "1"))
                .isInstanceOf(IllegalArgumentException.class);
        String wire = new String(ActionSerializer.serialize(writing("Body", "ü"), "2"), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("Action: UserEvent\r\nActionID: 2\r\nBody: ü\r\n\r\n");
    }

    @Test
    @DisplayName("an action serializing another one in writeHeaders gets both right; a writer kept past the call refuses headers")
    void reentrantAndKeptWriters() {
        AmiHeaderWriter[] kept = new AmiHeaderWriter[1];
        String[] inner = new String[1];
        AmiAction<AmiResponse> outer = action("Outer", out -> {
            out.header("A", "1");
            inner[0] = new String(ActionSerializer.serialize(writing("Body", "inner"), "in"), StandardCharsets.UTF_8);
            out.header("B", "2");
            kept[0] = out;
        });
        String wire = new String(ActionSerializer.serialize(outer, "out"), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("Action: Outer\r\nActionID: out\r\nA: 1\r\nB: 2\r\n\r\n");
        assertThat(inner[0]).isEqualTo("Action: UserEvent\r\nActionID: in\r\nBody: inner\r\n\r\n");
        assertThatThrownBy(() -> kept[0].header("C", "3")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("writeHeaders");
    }

    @Test
    @DisplayName("a header refused inside writeHeaders and caught there leaves no byte of it in the action")
    void caughtRefusalLeavesNothing() {
        AmiAction<AmiResponse> careful = action("UserEvent", out -> {
            out.header("A", "1");
            for (String[] bad : new String[][] {{"Body", "part\r\nAction: Hangup"}, {"Bad:Name", "v"},
                    {"Bé\n", "v"}, {"Long", "x".repeat(2000)}, {"", "v"}}) {
                assertThatThrownBy(() -> out.header(bad[0], bad[1])).isInstanceOf(IllegalArgumentException.class);
            }
            out.header("Next", "v");
        });
        String wire = new String(ActionSerializer.serialize(careful, "1"), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("Action: UserEvent\r\nActionID: 1\r\nA: 1\r\nNext: v\r\n\r\n");
    }

    @Test
    @DisplayName("a writer kept from one action refuses headers while the same thread writes the next action")
    void keptWriterCannotWriteIntoTheNextAction() {
        AmiHeaderWriter[] kept = new AmiHeaderWriter[1];
        ActionSerializer.serialize(action("First", out -> kept[0] = out), "1");
        AmiAction<AmiResponse> second = action("Second", out -> {
            out.header("Real", "1");
            assertThatThrownBy(() -> kept[0].header("Stray", "x")).isInstanceOf(IllegalStateException.class);
        });
        String wire = new String(ActionSerializer.serialize(second, "2"), StandardCharsets.UTF_8);
        assertThat(wire).isEqualTo("Action: Second\r\nActionID: 2\r\nReal: 1\r\n\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad\r\nName", "Bad:Name", "", "N\u0000"})
    @DisplayName("bad header names are refused")
    void badNames(String name) {
        assertThatThrownBy(() -> GenericAction.of("Ping").header(name, "v")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header name");
    }

    @Test
    @DisplayName("a line over Asterisk's 1024 bytes is refused before sending; 1024 exactly is fine")
    void lineLimit() {
        String ok = "x".repeat(1024 - "Variable: ".length() - 2);
        GenericAction.of("Originate").header("Variable", ok);
        assertThatThrownBy(() -> GenericAction.of("Originate").header("Variable", ok + "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Variable")
                .hasMessageContaining("1025 bytes").hasMessageContaining("1024");
    }

    @Test
    @DisplayName("non-ASCII names and values are written as UTF-8, surrogate pairs and unpaired ones as getBytes does")
    void utf8() {
        String value = "Zoë 北京 \uD83D\uDE00 lone\uD800 end";
        AmiAction<AmiResponse> action = action("UserEvent", out -> out.header("Bödy", value).header("Plain", "x"));
        byte[] wire = ActionSerializer.serialize(action, "id-1");
        assertThat(wire).isEqualTo(("Action: UserEvent\r\nActionID: id-1\r\nBödy: " + value + "\r\nPlain: x\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("the line limit counts UTF-8 bytes, not chars, both when checked and when written")
    void lineLimitInBytes() {
        String twoByte = "é".repeat((1024 - "Variable: ".length() - 2) / 2); // 1024 bytes in all, 518 chars
        GenericAction.of("Originate").header("Variable", twoByte);
        assertThatThrownBy(() -> GenericAction.of("Originate").header("Variable", twoByte + "é"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1026 bytes");
        AmiAction<AmiResponse> unchecked = action("Originate", out -> out.header("Variable", twoByte + "é"));
        assertThatThrownBy(() -> ActionSerializer.serialize(unchecked, "id-2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1026 bytes");
    }

    @Test
    @DisplayName("Action and ActionID cannot be smuggled in as ordinary headers")
    void reservedHeaders() {
        assertThatThrownBy(() -> GenericAction.of("Ping").header("action", "Hangup")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GenericAction.of("Ping").header("ActionID", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GenericAction.of("Ping\r\nAction: Hangup")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GenericAction.of("Ping").actionId("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("secrets never appear in toString")
    void secretsMasked() {
        GenericAction login = GenericAction.of("Login").header("Username", "admin").header("Secret", "hunter2");
        assertThat(login.toString()).contains("admin").doesNotContain("hunter2").contains(Secrets.MASK);
        AmiClientConfig config = AmiClientConfig.builder().credentials("admin", "hunter2").build();
        assertThat(config.toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> GenericAction.of("Login").header("Secret", "hunter2\r\n"))
                .hasMessageNotContaining("hunter2");
    }

    @Test
    @DisplayName("MD5 key is the lower-case hex MD5 of challenge + secret (login_md5_success.txt)")
    void md5Key() {
        assertThat(ChallengeLogin.key("166419500", "amp111")).isEqualTo("5ad26e802d54bfe5426205fce946d4fc");
    }

    @Test
    @DisplayName("reconnect delays grow exponentially, stay within maxDelay, and are jittered")
    void backoff() {
        ReconnectPolicy p = ReconnectPolicy.builder().initialDelay(java.time.Duration.ofMillis(100))
                .maxDelay(java.time.Duration.ofSeconds(2)).build();
        for (int attempt = 0; attempt < 40; attempt++) {
            long ms = p.delay(attempt).toMillis();
            long base = Math.min(2000, 100L << Math.min(attempt, 20));
            assertThat(ms).as("attempt %d", attempt).isBetween((long) (base * 0.8) - 1, Math.min(2000, (long) (base * 1.2) + 1));
        }
        assertThat(p.toBuilder().jitter(0).build().delay(3).toMillis()).isEqualTo(800);
    }
}
