package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventDecodersTest {
    /** A typed event for the test. */
    record Hangup(AmiMessage headers) implements AmiEvent {
    }

    private static AmiMessage event(String name) {
        return AmiMessage.builder().add("Event", name).add("Channel", "PJSIP/100-1").build();
    }

    @Test
    @DisplayName("names match case-insensitively, again and again (the spelling cache gives the same answer)")
    void caseInsensitive() {
        EventDecoders decoders = EventDecoders.empty().register("Hangup", Hangup.class, Hangup::new);
        for (int i = 0; i < 3; i++) {
            assertThat(decoders.decode(event("Hangup"))).isInstanceOf(Hangup.class);
            assertThat(decoders.decode(event("HANGUP"))).isInstanceOf(Hangup.class);
            assertThat(decoders.decode(event("Newchannel"))).isInstanceOf(GenericEvent.class);
        }
        assertThat(decoders.decode(AmiMessage.builder().add("Response", "Success").build()))
                .isInstanceOf(GenericEvent.class);
    }

    @Test
    @DisplayName("a type registered after a name was decoded as generic is used from then on")
    void registerAfterDecode() {
        // given: Hangup decoded once, while nothing was registered for it
        EventDecoders decoders = EventDecoders.empty();
        assertThat(decoders.decode(event("Hangup"))).isInstanceOf(GenericEvent.class);
        // when
        decoders.register("hangup", Hangup.class, Hangup::new);
        // then
        AmiEvent decoded = decoders.decode(event("Hangup"));
        assertThat(decoded).isInstanceOf(Hangup.class);
        assertThat(decoded.headers().get("Channel")).isEqualTo("PJSIP/100-1");
    }

    /** The same event name in another SDK's package. */
    record OtherHangup(AmiMessage headers) implements AmiEvent {
    }

    @Test
    @DisplayName("two SDKs decoding one event to different classes: refused once, naming both classes")
    void twoSdks() {
        EventDecoderProvider sdk = d -> d.register("Hangup", Hangup.class, Hangup::new).register("Newchannel", Hangup.class, Hangup::new);
        EventDecoderProvider other = d -> d.register("hangup", OtherHangup.class, OtherHangup::new);
        assertThatThrownBy(() -> EventDecoders.of(java.util.List.of(sdk, other)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two SDKs decode the event hangup")
                .hasMessageContaining(Hangup.class.getName()).hasMessageContaining(OtherHangup.class.getName());
        EventDecoderProvider sameAgain = d -> d.register("Hangup", Hangup.class, m -> null);
        EventDecoders twice = EventDecoders.of(java.util.List.of(sdk, sameAgain));
        assertThat(twice.decode(event("Hangup"))).isInstanceOf(Hangup.class); // the first one's decoder stays
        assertThat(EventDecoders.empty().register("Hangup", Hangup.class, Hangup::new)
                .register("Hangup", OtherHangup.class, OtherHangup::new).typeOf("Hangup"))
                .isEqualTo(OtherHangup.class); // by hand, a later registration replaces (an application's own override)
    }
}
