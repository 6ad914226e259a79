package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
    @DisplayName("a missing required parameter names itself")
    void missingRequiredParameter() {
        assertThatThrownBy(() -> OriginateAction.builder().exten("200").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OriginateAction is missing required parameters: Channel");
    }

    @Test
    @DisplayName("toString hides Secret and Key but shows the rest")
    void toStringHidesSecrets() {
        LoginAction plain = LoginAction.builder().username("admin").secret("amp111").build();
        LoginAction md5 = LoginAction.builder().username("admin").authType(LoginAction.AuthType.MD5)
                .key("5ad26e802d54bfe5426205fce946d4fc").build();

        assertThat(plain.toString()).contains("admin").doesNotContain("amp111");
        assertThat(md5.toString()).contains("admin").doesNotContain("5ad26e802d54bfe5426205fce946d4fc");
        assertThat(headers(md5)).contains("Key: 5ad26e802d54bfe5426205fce946d4fc");
    }

    @Test
    @DisplayName("an Originate writes its headers in documented order, repeated Variable headers included")
    void originateHeaders() {
        OriginateAction originate = OriginateAction.builder().channel("Local/100@test").context("test").exten("200")
                .priority("1").async("true").callerID("amisdk <100>").variable("A", "1").variable("B", "2").build();

        assertThat(headers(originate)).containsSubsequence("Channel: Local/100@test", "Exten: 200", "Context: test",
                "Priority: 1").contains("Async: true", "CallerID: amisdk <100>", "Variable: A=1", "Variable: B=2");
        assertThat(originate.toBuilder().build()).isEqualTo(originate).hasSameHashCodeAs(originate);
    }
}
