package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

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
}
