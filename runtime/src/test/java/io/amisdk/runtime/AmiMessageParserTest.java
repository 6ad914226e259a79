package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AmiMessageParserTest {
    private final List<String> greetings = new ArrayList<>();
    private final List<AmiMessage> messages = new ArrayList<>();
    /** What the handler saw, blank lines outside messages included (as "<blank>"). */
    private final List<String> seen = new ArrayList<>();
    private final AmiMessageParser.Handler handler = new AmiMessageParser.Handler() {
        @Override
        public void greeting(String line) {
            greetings.add(line);
            seen.add("greeting " + line);
        }

        @Override
        public void message(AmiMessage message) {
            messages.add(message);
            seen.add(message.toString());
        }

        @Override
        public void blankLine() {
            seen.add("<blank>");
        }
    };

    private void feed(AmiMessageParser parser, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        parser.feed(bytes, 0, bytes.length, handler);
    }

    @Test
    @DisplayName("greeting, CRLF and bare LF messages, headers in order, one space after the colon")
    void framing() {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), true);
        feed(parser, "Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\nOutput:   padded  \r\n\r\n"
                + "Event: A\nX: y\n\n");
        assertThat(greetings).containsExactly("Asterisk Call Manager/11.0.0");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).getAll("Output")).containsExactly("  padded  ");
        assertThat(messages.get(1).get("x")).isEqualTo("y");
    }

    @Test
    @DisplayName("a line without a colon continues the previous value, as Asterisk echoes a bare LF")
    void continuation() {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), false);
        feed(parser, "Event: UserEvent\r\nBody: line1\r\nline2\r\nOther: a\r\nb: c\r\n\r\n");
        assertThat(messages.get(0).get("Body")).isEqualTo("line1\nline2");
        assertThat(messages.get(0).get("b")).isEqualTo("c");
    }

    @Test
    @DisplayName("the legacy 'Response: Follows' Command body becomes Output lines up to --END COMMAND--")
    void legacyFollows() {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), false);
        feed(parser, "Response: Follows\r\nPrivilege: Command\r\nActionID: c1\r\n"
                + "Channel  Location: x\n\nsecond: line\n--END COMMAND--\r\n\r\nResponse: Success\r\n\r\n");
        assertThat(messages).hasSize(2);
        AmiResponse r = new AmiResponse(messages.get(0));
        assertThat(r.actionId()).isEqualTo("c1");
        assertThat(r.status()).isEqualTo(AmiResponse.Status.FOLLOWS);
        assertThat(r.output()).containsExactly("Channel  Location: x", "", "second: line");
    }

    @Test
    @DisplayName("legacy output without a final newline before the marker keeps its last line")
    void legacyFollowsJoinedMarker() {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), false);
        feed(parser, "Response: Follows\r\nActionID: c2\r\nonly line--END COMMAND--\r\n\r\n");
        assertThat(new AmiResponse(messages.get(0)).output()).containsExactly("only line");
    }

    @Test
    @DisplayName("limits: line length, headers per message and message bytes are protocol errors")
    void limits() {
        AmiLimits small = AmiLimits.builder().maxLineLength(100).maxHeadersPerMessage(3).maxMessageBytes(200).build();
        AmiMessageParser lines = new AmiMessageParser(small, false);
        assertThatThrownBy(() -> feed(lines, "Event: " + "x".repeat(200)))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("line longer than 100");
        AmiMessageParser headers = new AmiMessageParser(small, false);
        assertThatThrownBy(() -> feed(headers, "Event: a\r\nA: 1\r\nB: 2\r\nC: 3\r\n"))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("more than 3 headers");
        AmiMessageParser bytes = new AmiMessageParser(small, false);
        assertThatThrownBy(() -> feed(bytes, ("Event: " + "y".repeat(90) + "\r\n").repeat(3)))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("longer than 200 bytes");
    }

    @Test
    @DisplayName("a binary greeting is a protocol error; a printable one from another server is the greeting")
    void greetings() {
        AmiMessageParser binary = new AmiMessageParser(AmiLimits.defaults(), true);
        assertThatThrownBy(() -> feed(binary, "\u0001\u0002garbage\r\n"))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("not an AMI greeting");
        AmiMessageParser banner = new AmiMessageParser(AmiLimits.defaults(), true);
        feed(banner, "SSH-2.0-OpenSSH_9.6\r\nWelcome to the proxy\r\n\r\n");
        assertThat(greetings).containsExactly("SSH-2.0-OpenSSH_9.6");
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).getAll("Output")).containsExactly("Welcome to the proxy");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "No queues have been created.\r\n\r\n\r\n",
        "\r\n",
        "\r\n\r\n",
        "rows\r\n\r\n\r\n\r\n",
        "IAX2/static1-1234      42  -1  0\r\nIAX2/x: y\r\n\r\nResponse: Success\r\n\r\n",
        "Response: Follows\r\nPrivilege: Command\r\nActionID: 1\r\n--END COMMAND--\r\n\r\n",
        "Response: Follows\r\nActionID: 2\r\nline 1\r\n\r\nline 3\r\n\r\nEvent: Hangup\r\nChannel: A\r\n\r\n",
        "Response: Follows\r\nActionID: 2\r\nl\n\nResponse: Success\nActionID: 3\n\n",
        "Response: Follows\r\nActionID: 3\r\nOutput: a\r\nb\r\n--END COMMAND--\r\n\r\n",
        "Event: UserEvent\r\nBody: line1\r\nline2\r\n\r\n",
    })
    @DisplayName("each lenient shape parses the same whole and split at every byte boundary")
    void lenientShapesAtEveryBoundary(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        new AmiMessageParser(AmiLimits.defaults(), false).feed(bytes, 0, bytes.length, handler);
        List<String> expected = List.copyOf(seen);
        assertThat(expected).isNotEmpty();
        for (int cut = 0; cut <= bytes.length; cut++) {
            for (int second = cut; second <= bytes.length; second++) {
                seen.clear();
                AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), false);
                parser.feed(bytes, 0, cut, handler);
                parser.feed(bytes, cut, second - cut, handler);
                parser.feed(bytes, second, bytes.length - second, handler);
                assertThat(seen).as("cut at %d and %d", cut, second).isEqualTo(expected);
            }
        }
    }

    @Test
    @DisplayName("the lenient shapes read as documented")
    void lenientShapes() {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), false);
        feed(parser, "No queues have been created.\r\n\r\n\r\n"
                + "Response: Follows\r\nActionID: 2\r\nline 1\r\n\r\nline 3\r\n\r\nEvent: Hangup\r\nChannel: A\r\n\r\n"
                + "Response: Follows\r\nActionID: 3\r\nOutput: a\r\nb\r\n--END COMMAND--\r\n\r\n"
                + "Response: Follows\r\nPrivilege: Command\r\n--END COMMAND--\r\n\r\n");
        assertThat(seen).as("the extra CRLF after Queues' rows is theirs").doesNotContain("<blank>");
        assertThat(messages).hasSize(5);
        assertThat(messages.get(0).headers()).extracting(h -> h.getKey() + "=" + h.getValue())
                .containsExactly("Output=No queues have been created.");
        assertThat(new AmiResponse(messages.get(1)).output()).containsExactly("line 1", "", "line 3");
        assertThat(messages.get(2).get("Channel")).isEqualTo("A");
        assertThat(new AmiResponse(messages.get(3)).output()).containsExactly("a", "b");
        assertThat(new AmiResponse(messages.get(4)).output()).isEmpty();
        assertThat(new AmiResponse(messages.get(4)).status()).isEqualTo(AmiResponse.Status.FOLLOWS);
    }

    @Test
    @DisplayName("the line limit holds for a line read where it lies (whole in one read) and for one split across reads")
    void lineLimitWholeAndSplit() {
        AmiLimits small = AmiLimits.builder().maxLineLength(100).maxHeadersPerMessage(10).maxMessageBytes(10_000).build();
        byte[] tooLong = ("Event: " + "x".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        AmiMessageParser whole = new AmiMessageParser(small, false);
        assertThatThrownBy(() -> whole.feed(tooLong, 0, tooLong.length, handler))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("line longer than 100");
        AmiMessageParser split = new AmiMessageParser(small, false);
        split.feed(tooLong, 0, 50, handler);
        assertThatThrownBy(() -> split.feed(tooLong, 50, tooLong.length - 50, handler))
                .isInstanceOf(AmiProtocolException.class).hasMessageContaining("line longer than 100");

        String atLimit = "Event: " + "y".repeat(93); // 100 bytes before the CRLF
        byte[] fits = (atLimit + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        new AmiMessageParser(small, false).feed(fits, 0, fits.length, handler);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("Event")).isEqualTo("y".repeat(93));
    }

    @Test
    @DisplayName("names are found whatever their case, by literal or not; the headers view is read-only and in order")
    void lookupsAndView() {
        feed(new AmiMessageParser(AmiLimits.defaults(), false),
                "response: Success\r\nACTIONID: 7\r\nX-Custom: a\r\nx-custom: b\r\n\r\n");
        AmiMessage m = messages.get(0);
        assertThat(m.get("Response")).isEqualTo("Success");
        assertThat(m.get("ActionID")).isEqualTo("7");
        assertThat(m.get(new String("actionid"))).isEqualTo("7");
        assertThat(m.get("X-CUSTOM")).isEqualTo("a");
        assertThat(m.getAll("x-custom")).containsExactly("a", "b");
        assertThat(m.get("Event")).isNull();
        assertThat(m.size()).isEqualTo(4);
        assertThat(m.headers()).containsExactly(Map.entry("response", "Success"), Map.entry("ACTIONID", "7"),
                Map.entry("X-Custom", "a"), Map.entry("x-custom", "b"));
        assertThatThrownBy(() -> m.headers().add(Map.entry("A", "b"))).isInstanceOf(UnsupportedOperationException.class);
        AmiMessage same = AmiMessage.of(m.headers());
        assertThat(same).isEqualTo(m).hasSameHashCodeAs(m);
        assertThat(AmiMessage.builder().add("response", "Success").build()).isNotEqualTo(m);

        // The first match wins, whatever its case, even when a later header is the very literal asked for.
        messages.clear();
        feed(new AmiMessageParser(AmiLimits.defaults(), false), "actionid: 1\r\nActionID: 2\r\n\r\n");
        assertThat(messages.get(0).get("ActionID")).isEqualTo("1");
        assertThat(AmiMessage.builder().add(new String("Event"), "a").add("Event", "b").build().get("Event"))
                .isEqualTo("a");
    }

    @Test
    @DisplayName("bytes split anywhere give the same messages")
    void anySplit() {
        String text = "Asterisk Call Manager/11.0.0\r\nResponse: Success\r\nActionID: 1\r\n\r\nEvent: X\r\nA: b\r\n\r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AmiMessageParser whole = new AmiMessageParser(AmiLimits.defaults(), true);
        whole.feed(bytes, 0, bytes.length, handler);
        List<AmiMessage> expected = List.copyOf(messages);
        for (int cut = 0; cut <= bytes.length; cut++) {
            messages.clear();
            AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), true);
            parser.feed(bytes, 0, cut, handler);
            parser.feed(bytes, cut, bytes.length - cut, handler);
            assertThat(messages).as("cut at %d", cut).isEqualTo(expected);
        }
    }
}
