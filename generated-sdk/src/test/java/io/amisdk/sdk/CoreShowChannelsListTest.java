package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.sdk.action.CoreShowChannelsAction;
import io.amisdk.sdk.event.CoreShowChannelEvent;
import io.amisdk.sdk.event.CoreShowChannelsCompleteEvent;
import io.amisdk.sdk.type.ChannelState;
import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.ReceivedAction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A typed list action end to end: the generated CoreShowChannelsAction yields CoreShowChannelEvents. */
class CoreShowChannelsListTest {
    @Test
    @DisplayName("sendList(CoreShowChannelsAction) gives typed CoreShowChannelEvents and the completion event")
    void typedList() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("admin", "amp111").start()) {
            ami.expect("CoreShowChannels")
                    .reply("Response", "Success", "EventList", "start", "Message", "Channels will follow")
                    .event("CoreShowChannel", "Channel", "Local/200@test-00000001;1", "ChannelState", "6",
                            "ChannelStateDesc", "Up", "Context", "test", "Exten", "200", "Application", "Wait",
                            "ApplicationData", "30", "Duration", "00:00:03", "BridgeId", "")
                    .event("CoreShowChannel", "Channel", "Local/200@test-00000001;2", "ChannelState", "6",
                            "ChannelStateDesc", "Up", "Context", "test", "Exten", "200", "Application", "AppDial",
                            "ApplicationData", "(Outgoing Line)", "Duration", "00:00:03", "BridgeId", "")
                    .event("CoreShowChannelsComplete", "EventList", "Complete", "ListItems", "2");
            AmiClientConfig config = AmiClientConfig.builder().host(ami.host()).port(ami.port())
                    .credentials("admin", "amp111").authType(AuthType.MD5).eventDecoders(AmiSdk.decoders()).build();
            AmiListResponse<CoreShowChannelEvent> channels;
            try (AmiClient client = AmiClient.connect(config)) {
                channels =
                        client.sendList(CoreShowChannelsAction.builder().build()).get(10, TimeUnit.SECONDS);

                assertThat(channels.response().message()).isEqualTo("Channels will follow");
                assertThat(channels.items()).extracting(CoreShowChannelEvent::channel)
                        .containsExactly("Local/200@test-00000001;1", "Local/200@test-00000001;2");
                assertThat(channels.items().get(0).channelStateDesc()).contains(ChannelState.UP);
                assertThat(channels.items().get(0).channelState()).hasValue(6);
                assertThat(channels.items().get(0).duration()).contains(Duration.ofSeconds(3));
                assertThat(channels.items().get(1).applicationData()).isEqualTo("(Outgoing Line)");
                assertThat(channels.completion()).isInstanceOf(CoreShowChannelsCompleteEvent.class);
                assertThat(((CoreShowChannelsCompleteEvent) channels.completion()).listItems()).hasValue(2);
                assertThat(channels.announcedItems()).isEqualTo(2);
            }
            ReceivedAction sent = ami.takeAction("CoreShowChannels", Duration.ofSeconds(10));
            assertThat(sent.actionId()).isNotBlank().isEqualTo(channels.response().actionId());
        }
    }
}
