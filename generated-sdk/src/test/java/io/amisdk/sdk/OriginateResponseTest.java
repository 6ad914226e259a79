package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiOutcomeEvent;
import io.amisdk.sdk.event.OriginateResponseEvent;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OriginateResponse: an outcome event whose Reason is one of Asterisk's dial outcomes, by name. */
class OriginateResponseTest {
    private static OriginateResponseEvent event(String response, String reason) {
        return OriginateResponseEvent.decode(AmiMessage.builder().add("Event", "OriginateResponse")
                .add("Response", response).add("Channel", "PJSIP/alice").add("Reason", reason).build());
    }

    @Test
    @DisplayName("Reason is an enum of pbx_dial_reason's codes, named; the number stays in headers()")
    void reasonCodes() {
        assertThat(Arrays.stream(OriginateResponseEvent.Reason.values()).map(r -> r.name() + "=" + r.wireValue()))
                .containsExactly("FAILED=0", "HANGUP=1", "NO_ANSWER=3", "ANSWERED=4", "BUSY=5", "CONGESTION=8");
        OriginateResponseEvent busy = event("Failure", "5");
        assertThat(busy.reason()).contains(OriginateResponseEvent.Reason.BUSY);
        assertThat(busy.headers().get("Reason")).isEqualTo("5");
        assertThat(event("Failure", "3").reason()).contains(OriginateResponseEvent.Reason.NO_ANSWER);
        assertThat(event("Success", "4").reason()).contains(OriginateResponseEvent.Reason.ANSWERED);
        OriginateResponseEvent unknown = event("Failure", "14");
        assertThat(unknown.reason()).as("a code no Asterisk 22 sends").isEmpty();
        assertThat(unknown.headers().get("Reason")).isEqualTo("14");
    }

    @Test
    @DisplayName("it is an AmiOutcomeEvent: Failure is a failed outcome with its reason, Success is not")
    void outcome() {
        AmiOutcomeEvent busy = event("Failure", "5");
        assertThat(busy.outcomeFailed()).isTrue();
        assertThat(busy.failureReason()).isEqualTo("Reason 5 (busy)");
        assertThat(event("Success", "4").outcomeFailed()).isFalse();
    }
}
