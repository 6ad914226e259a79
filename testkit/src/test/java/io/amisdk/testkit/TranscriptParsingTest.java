package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiMessageParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime's parser against every recorded server stream, whatever the segmentation, compared
 * with the testkit's independent {@link AmiWire} reading of the same bytes.
 */
class TranscriptParsingTest {
    /** Streams under this size are split at every byte boundary (n cuts of n bytes each). */
    static final int SMALL = 8 * 1024;

    private static final class Collector implements AmiMessageParser.Handler {
        final List<String> greetings = new ArrayList<>();
        final List<AmiMessage> messages = new ArrayList<>();

        @Override
        public void greeting(String line) {
            greetings.add(line);
        }

        @Override
        public void message(AmiMessage message) {
            messages.add(message);
        }
    }

    static Stream<Transcript> transcripts() {
        return RecordedSessions.all().stream();
    }

    static Stream<Transcript> smallTranscripts() {
        return RecordedSessions.all().stream().filter(t -> t.serverBytes().length < SMALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    @DisplayName("recorded chunks, one-byte feeds and the whole stream all parse to AmiWire's messages")
    void everySegmentation(Transcript transcript) {
        byte[] stream = transcript.serverBytes();
        List<AmiMessage> expected = AmiWire.messages(stream, true);
        boolean greetingOnly = AmiWire.indexOf(stream, 0, (byte) '\n') == stream.length - 1;
        assertThat(expected.isEmpty()).as("only a greeting-only session holds no messages").isEqualTo(greetingOnly);

        Collector whole = new Collector();
        parser().feed(stream, 0, stream.length, whole);
        assertThat(whole.messages).isEqualTo(expected);
        assertThat(whole.greetings).containsExactly(AmiWire.greeting(stream));

        Collector recorded = new Collector();
        AmiMessageParser p = parser();
        for (Transcript.Chunk c : transcript.chunks()) {
            if (c.direction() == Transcript.Direction.SERVER) {
                byte[] b = c.bytes();
                p.feed(b, 0, b.length, recorded);
            }
        }
        assertThat(recorded.messages).isEqualTo(expected);

        Collector oneByte = new Collector();
        AmiMessageParser q = parser();
        for (int i = 0; i < stream.length; i++) {
            q.feed(stream, i, 1, oneByte);
        }
        assertThat(oneByte.messages).isEqualTo(expected);
        assertThat(oneByte.greetings).isEqualTo(whole.greetings);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallTranscripts")
    @DisplayName("small recorded streams split at every byte boundary parse the same")
    void everyBoundary(Transcript transcript) {
        byte[] stream = transcript.serverBytes();
        List<AmiMessage> expected = AmiWire.messages(stream, true);
        for (int cut = 0; cut <= stream.length; cut++) {
            Collector c = new Collector();
            AmiMessageParser p = parser();
            p.feed(stream, 0, cut, c);
            p.feed(stream, cut, stream.length - cut, c);
            if (!c.messages.equals(expected)) {
                assertThat(c.messages).as("%s cut at byte %d", transcript.name(), cut).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("the transcript format: escapes, markers and the concatenated streams")
    void format() {
        Transcript t = Transcript.parse("t", "# scenario: t\n<<< server\nA\\tb\\x3e\\\\\\r\\n\nc\n>>> client\nx\\n\n"
                + "=== server closed\n=== client closed\n");
        assertThat(t.comments()).containsExactly("# scenario: t");
        assertThat(t.chunks()).extracting(Transcript.Chunk::direction).containsExactly(Transcript.Direction.SERVER,
                Transcript.Direction.CLIENT, Transcript.Direction.SERVER_CLOSED, Transcript.Direction.CLIENT_CLOSED);
        assertThat(new String(t.serverBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("A\tb>\\\r\nc");
        assertThat(new String(t.clientBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("x\n");
        assertThat(RecordedSessions.named("greeting_only").serverBytes())
                .isEqualTo("Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("a bad escape names the transcript and line")
    void badEscape() {
        assertThatThrownBy(() -> Transcript.parse("bad", "<<< server\nok\n\\q\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad:3:");
        assertThatThrownBy(() -> Transcript.parse("bad", "stray\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad:1:");
    }

    private static AmiMessageParser parser() {
        return new AmiMessageParser(AmiLimits.defaults(), true);
    }
}
