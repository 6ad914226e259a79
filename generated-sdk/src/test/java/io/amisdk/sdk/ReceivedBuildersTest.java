package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiResponse;
import io.amisdk.sdk.event.CoreShowChannelEvent;
import io.amisdk.sdk.event.StatusEvent;
import io.amisdk.sdk.event.VoicemailUserEntryEvent;
import io.amisdk.sdk.response.CoreSettingsResponse;
import io.amisdk.sdk.type.ChannelState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The builders of generated events and responses: the fixed first header, the order headers are set in,
 * typed setters spelling values as the accessors read them back, and String values checked as an action's.
 */
class ReceivedBuildersTest {
    @Test
    @DisplayName("an event's builder writes Event first, then the headers in set order; a second set replaces in place")
    void eventOrder() {
        CoreShowChannelEvent event = CoreShowChannelEvent.builder()
                .channel("PJSIP/100-00000001")
                .channelState(6)
                .header("X-Custom", "1")
                .channel("PJSIP/100-00000002")
                .actionId("42")
                .build();

        assertThat(event.headers().headers()).containsExactly(
                Map.entry("Event", "CoreShowChannel"),
                Map.entry("Channel", "PJSIP/100-00000002"),
                Map.entry("ChannelState", "6"),
                Map.entry("X-Custom", "1"),
                Map.entry("ActionID", "42"));
        assertThat(event.eventName()).isEqualTo(CoreShowChannelEvent.EVENT_NAME);
        assertThat(event).isEqualTo(CoreShowChannelEvent.decode(event.headers()));
    }

    @Test
    @DisplayName("null removes a header set before; a builder builds again after build()")
    void nullRemoves() {
        CoreShowChannelEvent.Builder builder = CoreShowChannelEvent.builder().channel("A").uniqueid("1");
        CoreShowChannelEvent first = builder.build();
        CoreShowChannelEvent second = builder.channel(null).build();

        assertThat(first.channel()).isEqualTo("A");
        assertThat(second.channel()).isNull();
        assertThat(second.uniqueid()).isEqualTo("1");
        assertThat(second.headers().size()).isEqualTo(2);
    }

    @Test
    @DisplayName("typed setters spell int, enum, duration, boolean and decimal values as the accessors read them back")
    void typedRoundTrip() {
        CoreShowChannelEvent channel = CoreShowChannelEvent.builder()
                .channelState(6)
                .channelStateDesc(ChannelState.UP)
                .duration(Duration.ofSeconds(75))
                .build();
        assertThat(channel.channelState()).hasValue(6);
        assertThat(channel.channelStateDesc()).contains(ChannelState.UP);
        assertThat(channel.duration()).contains(Duration.ofSeconds(75));
        assertThat(channel.headers().get("ChannelStateDesc")).isEqualTo(ChannelState.UP.wireValue());

        VoicemailUserEntryEvent mailbox = VoicemailUserEntryEvent.builder()
                .sayEnvelope(true)
                .attachMessage(false)
                .volumeGain(-1.5)
                .build();
        assertThat(mailbox.sayEnvelope()).contains(true);
        assertThat(mailbox.attachMessage()).contains(false);
        assertThat(mailbox.volumeGain()).hasValue(-1.5);
        assertThat(mailbox.headers().get("SayEnvelope")).isEqualTo("yes");
    }

    @Test
    @DisplayName("the String setter sets the value as given, so a test can send what Asterisk sends when it does not parse")
    void stringSetterAsGiven() {
        CoreShowChannelEvent event = CoreShowChannelEvent.builder().channelState("six").build();

        assertThat(event.headers().get("ChannelState")).isEqualTo("six");
        assertThat(event.channelState()).isEmpty();
    }

    @Test
    @DisplayName("a repeatable header's setter appends one more, read back in order")
    void repeatable() {
        StatusEvent event = StatusEvent.builder().variable("A=1").variable("B=2").build();

        assertThat(event.variable()).containsExactly("A=1", "B=2");
    }

    @Test
    @DisplayName("a String value with CR or LF, or a bad header name, is refused where it is set")
    void refusesBadValues() {
        CoreShowChannelEvent.Builder builder = CoreShowChannelEvent.builder();

        assertThatThrownBy(() -> builder.channel("A\r\nEvent: Fake")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Channel");
        assertThatThrownBy(() -> builder.header("X:Y", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.actionId("1\n2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoreSettingsResponse.builder().message("a\nb"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(builder.build().headers().size()).isEqualTo(1);
    }

    @Test
    @DisplayName("a response's builder writes Response: Success first; status(ERROR) makes an error")
    void response() {
        CoreSettingsResponse ok = CoreSettingsResponse.builder().coreMaxCalls(10).coreCdrEnabled(true)
                .message("ok").build();
        assertThat(ok.headers().headers().get(0)).isEqualTo(Map.entry("Response", "Success"));
        assertThat(ok.isSuccess()).isTrue();
        assertThat(ok.coreMaxCalls()).hasValue(10);
        assertThat(ok.coreCdrEnabled()).contains(true);
        assertThat(ok.message()).isEqualTo("ok");

        CoreSettingsResponse error = CoreSettingsResponse.builder().status(AmiResponse.Status.ERROR).build();
        assertThat(error.headers().headers()).containsExactly(Map.entry("Response", "Error"));
        assertThat(error.status()).isEqualTo(AmiResponse.Status.ERROR);
        assertThat(CoreSettingsResponse.builder().status(AmiResponse.Status.FOLLOWS).build().status())
                .isEqualTo(AmiResponse.Status.FOLLOWS);
    }
}
