package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomesTest {
    private static AmiMessage originateResponse(String response, String reason) {
        return AmiMessage.builder().add("Event", "OriginateResponse").add("Response", response)
                .add("Reason", reason).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|Reason 0 (failed)", "1|Reason 1 (hung up)", "3|Reason 3 (no answer)",
            "4|Reason 4 (answered)", "5|Reason 5 (busy)", "8|Reason 8 (congestion)", "' 5 '|Reason 5 (busy)"})
    @DisplayName("every Reason pbx_dial_reason gives (0, AST_CONTROL_HANGUP/RINGING/ANSWER/BUSY/CONGESTION) reads as its meaning")
    void reasonsAsteriskGives(String raw, String expected) {
        assertThat(Outcomes.reason(originateResponse("Failure", raw))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "6", "42", "-1", "busy"})
    @DisplayName("a number pbx_dial_reason never gives (2 is AST_CONTROL_RING, a local ring) is shown bare, not guessed")
    void otherNumbersAreBare(String raw) {
        assertThat(Outcomes.reason(originateResponse("Failure", raw))).isEqualTo("Reason " + raw);
    }

    @Test
    @DisplayName("a failed OriginateResponse, typed or generic, reports its Reason; a successful one none")
    void failureOf() {
        assertThat(Outcomes.failureOf(new GenericEvent(originateResponse("Failure", "3")))).isEqualTo("Reason 3 (no answer)");
        assertThat(Outcomes.failureOf(new GenericEvent(originateResponse("Success", "4")))).isNull();
        AmiOutcomeEvent typed = () -> originateResponse("Failure", "5");
        assertThat(typed.failureReason()).isEqualTo("Reason 5 (busy)");
        assertThat(Outcomes.failureOf(typed)).isEqualTo("Reason 5 (busy)");
    }
}
