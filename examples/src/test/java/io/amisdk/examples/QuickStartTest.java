package io.amisdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.ReceivedAction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuickStartTest {
    private static final String ONE = "Local/100@test-00000001;1";
    private static final String TWO = "Local/100@test-00000001;2";

    @Test
    @DisplayName("the README example runs against the fake Asterisk: MD5 login, Originate, typed events, the channel list")
    void runsAgainstTheTestkit() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("admin", "amp111").start()) {
            // given an Asterisk that originates the call and lists its two Local legs
            ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
                    .then((action, session) -> session
                            .event("Newchannel", "Channel", ONE, "ChannelState", "0", "ChannelStateDesc", "Down",
                                    "CallerIDNum", "100", "Context", "test", "Exten", "200")
                            .event("Newchannel", "Channel", TWO, "ChannelState", "4", "ChannelStateDesc", "Ring",
                                    "CallerIDNum", "100", "Context", "test", "Exten", "100"))
                    .event("OriginateResponse", "Response", "Success", "Channel", ONE, "Context", "test",
                            "Exten", "200", "Reason", "4", "Uniqueid", "1764151591.1");
            ami.expect("CoreShowChannels")
                    .reply("Response", "Success", "EventList", "start", "Message", "Channels will follow")
                    .event("CoreShowChannel", "Channel", ONE, "ChannelStateDesc", "Up", "Application", "Wait",
                            "Duration", "00:00:01")
                    .event("CoreShowChannel", "Channel", TWO, "ChannelStateDesc", "Up", "Application", "Wait",
                            "Duration", "00:00:01")
                    .event("CoreShowChannelsComplete", "EventList", "Complete", "ListItems", "2")
                    .then((action, session) -> session.event("Hangup", "Channel", TWO, "Cause", "16",
                            "Cause-txt", "Normal Clearing"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            // when the example runs
            QuickStart.run(ami.host(), ami.port(), "admin", "amp111", new PrintStream(bytes, true, StandardCharsets.UTF_8));

            // then it logged in with MD5, sent the Originate as written, and printed typed values
            ReceivedAction originate = ami.takeAction("Originate", Duration.ofSeconds(5));
            assertThat(originate.get("Channel")).isEqualTo("Local/100@test");
            assertThat(originate.get("Async")).isEqualTo("true");
            assertThat(originate.get("Priority")).isEqualTo("1");
            assertThat(originate.get("Timeout")).isEqualTo("30000");
            assertThat(originate.getAll("Variable")).containsExactly("SOURCE=quickstart");
            assertThat(ami.sessions()).singleElement().matches(s -> s.isLoggedIn());
            assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).contains(
                    "new channel " + ONE + " (Down, caller 100)",
                    "new channel " + TWO + " (Ring, caller 100)",
                    "originate: Success on " + ONE,
                    "up: " + ONE + " in Wait for 1 s",
                    "up: " + TWO + " in Wait for 1 s",
                    "hangup " + TWO + ": cause 16 (Normal Clearing)");
        }
    }
}
