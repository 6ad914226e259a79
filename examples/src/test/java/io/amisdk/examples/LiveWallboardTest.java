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

class LiveWallboardTest {

    @Test
    @DisplayName("the wallboard prints the listed queue and channel, a caller joining and leaving, and the followed call to its end")
    void runsAgainstTheTestkit() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("admin", "amp111").start()) {
            // given a queue with one paused member and a call already up before the wallboard started
            ami.expect("QueueStatus").reply("Response", "Success", "EventList", "start", "Message", "Queue status will follow")
                    .event("QueueParams", "Queue", "support", "Max", "0", "Strategy", "ringall", "Calls", "0",
                            "Completed", "3", "Abandoned", "1")
                    .event("QueueMember", "Queue", "support", "Name", "Agent 201", "Location", "Local/201@test",
                            "StateInterface", "Local/201@test", "Membership", "static", "Penalty", "0", "CallsTaken", "3",
                            "LastCall", "0", "InCall", "0", "Status", "1", "Paused", "1", "PausedReason", "lunch")
                    .event("QueueStatusComplete", "EventList", "Complete", "ListItems", "2");
            ami.expect("CoreShowChannels").reply("Response", "Success", "EventList", "start", "Message", "Channels will follow")
                    .event("CoreShowChannel", "Channel", "PJSIP/100-00000007", "ChannelState", "6", "ChannelStateDesc", "Up",
                            "Uniqueid", "1764151500.7", "Linkedid", "1764151500.7", "Context", "test", "Exten", "200",
                            "Priority", "2", "Duration", "00:02:00")
                    .event("CoreShowChannelsComplete", "EventList", "Complete", "ListItems", "1");
            // and an Originate into the queue that is answered, waits, and hangs up
            ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
                    .then((action, session) -> {
                        String uid = action.get("ChannelId");
                        String[] channel = {"Channel", "Local/400@test-00000001;1", "Uniqueid", uid, "Linkedid", uid,
                            "Context", "test", "Exten", "400", "Priority", "1", "CallerIDNum", "400"};
                        session.event("Newchannel", with(channel, "ChannelState", "0", "ChannelStateDesc", "Down"));
                        session.event("Newstate", with(channel, "ChannelState", "6", "ChannelStateDesc", "Up"));
                        session.event("QueueCallerJoin", with(channel, "Queue", "support", "Position", "1", "Count", "1"));
                    })
                    .event("OriginateResponse", "Response", "Success", "Channel", "Local/400@test-00000001;1",
                            "Context", "test", "Exten", "400", "Reason", "4")
                    .then((action, session) -> {
                        String uid = action.get("ChannelId");
                        String[] channel = {"Channel", "Local/400@test-00000001;1", "Uniqueid", uid, "Linkedid", uid,
                            "ChannelState", "6", "ChannelStateDesc", "Up"};
                        session.event("QueueCallerLeave", with(channel, "Queue", "support", "Position", "1", "Count", "0"));
                        session.event("Hangup", with(channel, "Cause", "16", "Cause-txt", "Normal Clearing"));
                    });
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            // when the wallboard runs
            LiveWallboard.run(ami.clientConfig().build(), "400", new PrintStream(bytes, true, StandardCharsets.UTF_8));

            // then it showed what the lists said, the caller, and the call's end
            ReceivedAction originate = ami.takeAction("Originate", Duration.ofSeconds(5));
            assertThat(originate.get("Channel")).isEqualTo("Local/400@test");
            assertThat(originate.get("Application")).isEqualTo("Wait");
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("queue support (ringall): 0 waiting, 3 completed, 1 abandoned")
                    .contains("member Local/201@test       NOT_INUSE   paused (lunch), 3 calls taken")
                    .contains("channel PJSIP/100-00000007")
                    .contains("waiting in support: Local/400@test-00000001;1 at position 1")
                    .contains("left support: Local/400@test-00000001;1")
                    .contains("followed call: ANSWERED")
                    .contains("answered: Local/400@test-00000001;1")
                    .contains("ended, cause 16");
        }
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
