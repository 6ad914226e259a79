package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AuthType;
import io.amisdk.sdk.action.AOCMessageAction;
import io.amisdk.sdk.action.ChallengeAction;
import io.amisdk.sdk.action.LoginAction;
import io.amisdk.sdk.action.ModuleLoadAction;
import io.amisdk.sdk.action.OriginateAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.util.ArrayList;
import java.util.List;

class ActionValuesTest {
    private static List<String> headers(io.amisdk.runtime.AmiAction<?> action) {
        List<String> lines = new ArrayList<>();
        action.writeHeaders(new io.amisdk.runtime.AmiHeaderWriter() {
            @Override
            public io.amisdk.runtime.AmiHeaderWriter header(String name, String value) {
                lines.add(name + ": " + value);
                return this;
            }
        });
        return lines;
    }

    @Test
    @DisplayName("a missing required parameter, and an unmet requirement the real server enforces, name themselves")
    void missingRequiredParameter() {
        assertThatThrownBy(() -> OriginateAction.builder().exten("200").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OriginateAction is missing required parameters: Channel; "
                        + "Context with Priority, or Application");
        assertThat(headers(OriginateAction.builder().channel("Local/100@test").application("Wait").data("1").build()))
                .contains("Channel: Local/100@test", "Application: Wait", "Data: 1");
        assertThatThrownBy(() -> ModuleLoadAction.builder().loadType("load").build())
                .hasMessage("ModuleLoadAction is missing required parameters: Module (unless LoadType is reload)");
        assertThat(headers(ModuleLoadAction.builder().loadType("reload").build())).contains("LoadType: reload")
                .noneMatch(line -> line.startsWith("Module:"));
        assertThatThrownBy(() -> AOCMessageAction.builder().msgType("D").build())
                .hasMessageEndingWith("Channel or ChannelPrefix");
    }

    @Test
    @DisplayName("Login's and Challenge's AuthType is the runtime's: MD5 and PLAIN in Asterisk's spelling, NONE refused")
    void authTypeIsTheRuntimes() {
        assertThat(headers(LoginAction.builder().username("admin").authType(AuthType.PLAIN).build()))
                .contains("AuthType: plain");
        assertThat(headers(ChallengeAction.builder().authType(AuthType.MD5).build())).containsExactly("AuthType: MD5");
        assertThat(LoginAction.builder().username("admin").authType("md5").build().authType()).contains(AuthType.MD5);
        assertThat(LoginAction.builder().username("admin").authType("SHA1").build().authType()).isEmpty();
        assertThatThrownBy(() -> LoginAction.builder().authType(AuthType.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("toString hides Secret and Key but shows the rest")
    void toStringHidesSecrets() {
        LoginAction plain = LoginAction.builder().username("admin").secret("amp111").build();
        LoginAction md5 = LoginAction.builder().username("admin").authType(AuthType.MD5)
                .key("5ad26e802d54bfe5426205fce946d4fc").build();

        assertThat(plain.toString()).contains("admin").doesNotContain("amp111");
        assertThat(md5.toString()).contains("admin").doesNotContain("5ad26e802d54bfe5426205fce946d4fc");
        assertThat(headers(md5)).contains("Key: 5ad26e802d54bfe5426205fce946d4fc");
    }

    @Test
    @DisplayName("an Originate built with typed values writes them in Asterisk's spelling, in documented order")
    void originateHeaders() {
        OriginateAction originate = OriginateAction.builder().channel("Local/100@test").context("test").exten("200")
                .priority(1).async(true).earlyMedia(false).callerId("amisdk <100>").variable("A", "1")
                .variable("B", "2").build();

        assertThat(headers(originate)).containsSubsequence("Channel: Local/100@test", "Exten: 200", "Context: test",
                "Priority: 1").contains("Async: true", "EarlyMedia: false", "CallerID: amisdk <100>", "Variable: A=1",
                "Variable: B=2");
        assertThat(originate.priority()).hasValue(1);
        assertThat(originate.async()).contains(true);
        assertThat(originate.toBuilder().build()).isEqualTo(originate).hasSameHashCodeAs(originate);
    }

    @Test
    @DisplayName("Originate returns what was set: a Duration as given, a Priority label only as the string sent")
    void originateReturnsWhatWasSet() {
        java.time.Duration timeout = java.time.Duration.ofMillis(45_250).plusNanos(999);
        OriginateAction typed = OriginateAction.builder().channel("Local/100@test").context("test").exten("200")
                .priority(2).timeout(timeout).build();
        OriginateAction label = typed.toBuilder().priority("hangup-label").build();

        assertThat(typed.timeout()).contains(timeout);
        assertThat(typed.timeoutAsString()).isEqualTo("45250");
        assertThat(typed.priority()).hasValue(2);
        assertThat(typed.priorityAsString()).isEqualTo("2");
        assertThat(label.priority()).isEmpty();
        assertThat(label.priorityAsString()).isEqualTo("hangup-label");
        assertThat(headers(label)).contains("Priority: hangup-label", "Timeout: 45250");
        assertThat(label.timeout()).contains(timeout);
    }
}
