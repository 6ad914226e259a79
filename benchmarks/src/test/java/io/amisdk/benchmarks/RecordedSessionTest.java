package io.amisdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordedSessionTest {
    @Test
    @DisplayName("the recorded event streams hold the events their README counts")
    void recordedStreamsHoldTheDocumentedEvents() {
        RecordedSession calls = RecordedSession.load("event_stream_20_calls.txt");
        RecordedSession mix = RecordedSession.load("full_event_mix.txt");

        assertThat(new String(calls.serverBytes(), 0, 30, StandardCharsets.US_ASCII))
                .isEqualTo("Asterisk Call Manager/11.0.0\r\n");
        // README: "522 events (...)" and "509 events of 49 names"
        assertThat(StreamCensus.of(calls.serverBytes()).events()).isEqualTo(522);
        assertThat(StreamCensus.of(mix.serverBytes()).events()).isEqualTo(509);
    }

    @Test
    void missingTranscriptFailsWithThePathAndTheProperty() {
        assertThatThrownBy(() -> RecordedSession.load("no_such_session.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no_such_session.txt is missing")
                .hasMessageContaining("-D" + RecordedSession.DIR_PROPERTY);
    }
}
