package io.amisdk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.amisdk.runtime.AmiClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An extension's presence over a scripted FakeAsterisk: from the lists, from events, in changes, in reconcile. */
class LivePresenceTest {
    private static final String HINT = "Custom:ext200,CustomPresence:ext200";

    private static void lists(FakePbx fake, String status, String subtype, String message) {
        fake.lists.get("ExtensionStateList").clear();
        fake.lists.get("PresenceStateList").clear();
        fake.item("ExtensionStateList", "ExtensionStatus", "Exten", "201", "Context", "test", "Hint", "Custom:ext201",
                "Status", "0", "StatusText", "Idle");
        fake.item("ExtensionStateList", "ExtensionStatus", "Exten", "200", "Context", "test", "Hint", HINT,
                "Status", "0", "StatusText", "Idle");
        fake.item("PresenceStateList", "PresenceStateChange", "Presentity", "CustomPresence:ext200", "Status", status,
                "Subtype", subtype, "Message", message);
    }

    /** What Asterisk sends when PRESENCE_STATE(CustomPresence:ext200) is set (presence_state_list.txt's order). */
    private static void presenceEvents(FakePbx fake, String status, String subtype, String message) {
        fake.emit("PresenceStatus", "Exten", "200", "Context", "test", "Hint", HINT, "Status", status,
                "Subtype", subtype, "Message", message);
        fake.emit("PresenceStateChange", "Presentity", "CustomPresence:ext200", "Status", status, "Subtype", subtype,
                "Message", message);
    }

    private static PresenceState presenceOf200(LivePbx pbx) {
        return pbx.extensionStates().get("200@test").presence();
    }

    @Test
    @DisplayName("after the login's resync 200@test has its provider's presence from PresenceStateList (ExtensionStateList's items carry none), also in the snapshot; 201@test has none")
    void resyncGivesPresence() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            lists(fake, "away", "Lunch", "Back at two");
            try (LivePbx pbx = LivePbx.start(client)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                PresenceState away = new PresenceState("CustomPresence:ext200", "away", "Lunch", "Back at two");
                assertThat(presenceOf200(pbx)).isEqualTo(away);
                assertThat(pbx.snapshot().extensions().get("200@test").presence()).isEqualTo(away);
                assertThat(pbx.extensionStates().get("201@test").presence()).isNull();
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).as("nothing drifted").isEmpty();
            }
        }
    }

    @Test
    @DisplayName("a presence change reaches onChange and changes() as one EXTENSION_STATE change (before and after presence, cause EVENT); a reconnect's resync reports the change made while down")
    void presenceInChangeNotifications() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            lists(fake, "available", "", "");
            List<LiveChange<ExtensionState>> changes = new CopyOnWriteArrayList<>();
            List<LiveChange<?>> published = new CopyOnWriteArrayList<>();
            try (LivePbx pbx = LivePbx.start(client)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                pbx.<ExtensionState>onChange(LiveChange.Kind.EXTENSION_STATE, changes::add);
                pbx.changes().subscribe(new CollectingSubscriber<>(published));

                presenceEvents(fake, "dnd", "", "Busy");
                Await.until(() -> published.stream().anyMatch(c -> c.kind() == LiveChange.Kind.PRESENCE_STATE),
                        "the presence change");
                assertThat(changes).hasSize(1);
                LiveChange<ExtensionState> c = changes.get(0);
                assertThat(c.type()).isEqualTo(LiveChange.Type.CHANGED);
                assertThat(c.cause()).isEqualTo(LiveChange.Cause.EVENT);
                assertThat(c.key()).isEqualTo("200@test");
                assertThat(c.before().presence().status()).isEqualTo("available");
                assertThat(c.after().presence()).isEqualTo(new PresenceState("CustomPresence:ext200", "dnd", "", "Busy"));
                assertThat(c.after().statusText()).isEqualTo("Idle");
                assertThat(published).extracting(LiveChange::kind, LiveChange::key).containsExactly(
                        tuple(LiveChange.Kind.EXTENSION_STATE, "200@test"),
                        tuple(LiveChange.Kind.PRESENCE_STATE, "CustomPresence:ext200"));

                // while the link is down the presence changes to away
                changes.clear();
                lists(fake, "away", "Lunch", "Back at two");
                long resyncs = pbx.counters().resyncs();
                fake.ami.dropAll();
                Await.until(() -> pbx.counters().resyncs() > resyncs, "the resync after the reconnect");
                assertThat(changes).extracting(LiveChange::cause, LiveChange::key)
                        .containsExactly(tuple(LiveChange.Cause.RESYNC, "200@test"));
                assertThat(changes.get(0).before().presence().status()).isEqualTo("dnd");
                assertThat(changes.get(0).after().presence().message()).isEqualTo("Back at two");
                assertThat(pbx.counters().listenerFailures()).isZero();
            }
        }
    }

    @Test
    @DisplayName("reconcile: no drift when the events told the presence; a presence changed without its events is drift in both tables, fixed")
    void reconcileAndPresence() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            lists(fake, "available", "", "");
            List<String> drift = new CopyOnWriteArrayList<>();
            LiveListener hooks = new LiveListener() {
                @Override
                public void drift(LiveChange.Kind kind, int count) {
                    drift.add(kind + "=" + count);
                }
            };
            try (LivePbx pbx = LivePbx.start(client, LiveConfig.defaults(), hooks)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                lists(fake, "away", "Lunch", "Back at two");
                presenceEvents(fake, "away", "Lunch", "Back at two");
                Await.until(() -> "away".equals(pbx.presenceStates().get("CustomPresence:ext200").status()), "away");
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).isEmpty();
                assertThat(pbx.counters().driftFound()).isZero();

                lists(fake, "xa", "", "Holiday"); // no event told it
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS))
                        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(LiveChange.Kind.EXTENSION_STATE, 1,
                                LiveChange.Kind.PRESENCE_STATE, 1));
                assertThat(drift).containsExactlyInAnyOrder("EXTENSION_STATE=1", "PRESENCE_STATE=1");
                assertThat(presenceOf200(pbx)).isEqualTo(new PresenceState("CustomPresence:ext200", "xa", "", "Holiday"));
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).as("nothing left to fix").isEmpty();
            }
        }
    }
}
