package io.amisdk.live;

import static io.amisdk.live.FakePbx.bridge;
import static io.amisdk.live.FakePbx.channel;
import static io.amisdk.live.FakePbx.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiClient;
import io.amisdk.testkit.FakeSession;
import io.amisdk.testkit.ReceivedAction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Followed calls: phases, the typed failure, and never "no answer" for an answered call (asterisk-java #537). */
class CallHandleTest {

    private static String uid(ReceivedAction a) {
        return a.get("ChannelId");
    }

    private static void originateResponse(FakeSession s, ReceivedAction a, String response, int reason) {
        s.event("OriginateResponse", "ActionID", a.actionId(), "Response", response, "Channel", "PJSIP/200",
                "Reason", Integer.toString(reason), "Uniqueid", response.equals("Success") ? uid(a) : "<null>");
    }

    @Test
    @DisplayName("an answered call moves through dialing, ringing, answered, bridged and hung up with its cause")
    void answeredCall() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            List<ReceivedAction> sentActions = new CopyOnWriteArrayList<>();
            fake.ami.handle("Originate", (a, s) -> {
                sentActions.add(a);
                s.success(a, "Originate successfully queued");
                s.event("Newchannel", channel(uid(a), "PJSIP/200-1", 0));
                s.event("Newstate", channel(uid(a), "PJSIP/200-1", 5));
                s.event("Newstate", channel(uid(a), "PJSIP/200-1", 6));
                originateResponse(s, a, "Success", 4);
                s.event("BridgeEnter", concat(bridge("bx"), channel(uid(a), "PJSIP/200-1", 6)));
                s.event("BridgeLeave", concat(bridge("bx"), channel(uid(a), "PJSIP/200-1", 6)));
                s.event("Hangup", channel(uid(a), "PJSIP/200-1", 6, "Cause", "16"));
            });
            pbx.ready().get(10, TimeUnit.SECONDS);
            List<CallHandle.Phase> phases = new CopyOnWriteArrayList<>();
            CallHandle call = pbx.originate(Originate.to("PJSIP/200").extension("test", "100", 1).variable("A", "1"),
                    phases::add);
            LiveChannel answered = call.answered().get(10, TimeUnit.SECONDS);
            assertThat(answered.uniqueId()).isEqualTo(call.uniqueId());
            LiveChannel ended = call.ended().get(10, TimeUnit.SECONDS);
            assertThat(ended.hangupCause()).isEqualTo(16);
            assertThat(phases).containsSubsequence(CallHandle.Phase.ANSWERED, CallHandle.Phase.BRIDGED, CallHandle.Phase.HUNG_UP);
            assertThat(call.phase()).isEqualTo(CallHandle.Phase.HUNG_UP);
            ReceivedAction sent = sentActions.get(0);
            assertThat(sent.get("Async")).isEqualTo("true");
            assertThat(sent.get("ChannelId")).isEqualTo(call.uniqueId());
            assertThat(sent.get("Variable")).isEqualTo("A=1");
            Await.until(() -> pbx.sizes().get("CALLS") == 0, "the finished call forgotten");
        }
    }

    @Test
    @DisplayName("busy, no answer (rang until timeout), congestion and failure are failed futures with the typed reason")
    void failures() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            int[] reasons = {5, 3, 8, 0, 1};
            CallFailure.Reason[] expected = {CallFailure.Reason.BUSY, CallFailure.Reason.NO_ANSWER,
                CallFailure.Reason.CONGESTION, CallFailure.Reason.FAILURE, CallFailure.Reason.HANGUP};
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            fake.ami.handle("Originate", (a, s) -> {
                int reason = reasons[next.getAndIncrement()];
                s.success(a, "Originate successfully queued");
                s.event("Newchannel", channel(uid(a), "PJSIP/300-1", 0));
                s.event("Newstate", channel(uid(a), "PJSIP/300-1", 5));
                s.event("Hangup", channel(uid(a), "PJSIP/300-1", 5, "Cause", "17"));
                originateResponse(s, a, "Failure", reason);
            });
            pbx.ready().get(10, TimeUnit.SECONDS);
            for (CallFailure.Reason reason : expected) {
                CallHandle call = pbx.originate(Originate.to("PJSIP/300").application("Wait", "1"));
                assertThatThrownBy(() -> call.answered().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                        .cause().isInstanceOf(CallFailure.class)
                        .satisfies(e -> assertThat(((CallFailure) e).reason()).isEqualTo(reason));
                assertThatThrownBy(() -> call.ended().get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CallFailure.class);
                assertThat(call.phase()).isEqualTo(CallHandle.Phase.FAILED);
            }
            Await.until(() -> pbx.sizes().get("CALLS") == 0, "the failed calls forgotten");
        }
    }

    @Test
    @DisplayName("a call whose channel went while the link was down fails as LOST at the resync, not as a timeout")
    void goneWhileDownIsLost() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            fake.ami.handle("Originate", (a, s) -> {
                s.success(a, "Originate successfully queued");
                s.event("Newchannel", channel(uid(a), "PJSIP/500-1", 0));
            });
            pbx.ready().get(10, TimeUnit.SECONDS);
            CallHandle call = pbx.originate(Originate.to("PJSIP/500").application("Wait", "1"));
            Await.until(() -> pbx.channel(call.uniqueId()).isPresent(), "the originated channel seen");

            fake.ami.dropAll(); // its answer, hangup and OriginateResponse happen while down: the lists no longer show it

            // the default originate timeout is 60 s: a failure within 30 s is the resync's
            assertThatThrownBy(() -> call.answered().get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CallFailure.class)
                    .satisfies(e -> assertThat(((CallFailure) e).reason()).isEqualTo(CallFailure.Reason.LOST));
            assertThat(call.phase()).isEqualTo(CallHandle.Phase.FAILED);
            Await.until(() -> pbx.sizes().get("CALLS") == 0, "the lost call forgotten");
        }
    }

    @Test
    @DisplayName("an answered call is never reported as no answer, even when a failure follows its answer")
    void answeredIsNeverNoAnswer() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            fake.ami.handle("Originate", (a, s) -> {
                s.success(a, "Originate successfully queued");
                s.event("Newchannel", channel(uid(a), "PJSIP/400-1", 0));
                s.event("Newstate", channel(uid(a), "PJSIP/400-1", 6));
                s.event("Hangup", channel(uid(a), "PJSIP/400-1", 6, "Cause", "16"));
                originateResponse(s, a, "Failure", 3); // a late, contradicting response
            });
            pbx.ready().get(10, TimeUnit.SECONDS);
            CallHandle call = pbx.originate(Originate.to("PJSIP/400").application("Wait", "1"));
            assertThat(call.answered().get(10, TimeUnit.SECONDS).uniqueId()).isEqualTo(call.uniqueId());
            assertThat(call.ended().get(10, TimeUnit.SECONDS).hangupCause()).isEqualTo(16);
            assertThat(call.phase()).isEqualTo(CallHandle.Phase.HUNG_UP);
        }
    }

    @Test
    @DisplayName("an Originate Asterisk refuses fails with REFUSED and Asterisk's message")
    void refused() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            fake.ami.handle("Originate", (a, s) -> s.error(a, "Permission denied"));
            pbx.ready().get(10, TimeUnit.SECONDS);
            CallHandle call = pbx.originate(Originate.to("PJSIP/500").application("Wait", "1"));
            assertThatThrownBy(() -> call.answered().get(10, TimeUnit.SECONDS)).cause().isInstanceOf(CallFailure.class)
                    .hasMessageContaining("Permission denied")
                    .satisfies(e -> assertThat(((CallFailure) e).reason()).isEqualTo(CallFailure.Reason.REFUSED));
        }
    }
}
