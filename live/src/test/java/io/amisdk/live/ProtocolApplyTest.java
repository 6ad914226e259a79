package io.amisdk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Single events applied to a store, checked against what Asterisk 22's source says they mean. */
class ProtocolApplyTest {
    private final LiveStore store = new LiveStore(LiveConfig.defaults(), new AtomicLong());
    private final ApplyCounters stats = ApplyCounters.quiet();
    private final Instant now = Instant.parse("2026-12-06T05:00:00Z");

    private void apply(String event, String... pairs) {
        EventApplier.apply(store, ServerEvent.of(event, pairs), stats, now);
    }

    private void join(String uid, int position) {
        apply("QueueCallerJoin", "Queue", "q", "Uniqueid", uid, "Channel", "PJSIP/" + uid, "Position",
                Integer.toString(position), "Count", "0");
    }

    private List<String> waiting() {
        return store.callersOf("q").stream().map(c -> c.uniqueId() + "@" + c.position()).toList();
    }

    @Test
    @DisplayName("a caller of higher priority joins ahead of those waiting (app_queue.c join_queue inserts by prio)")
    void priorityCallerJoinsAhead() {
        join("a", 1);
        join("b", 2);
        join("vip", 1);

        assertThat(waiting()).containsExactly("vip@1", "a@2", "b@3");
        assertThat(store.callers.get("q/a").caller().position()).isEqualTo(2);
    }

    @Test
    @DisplayName("a leave or abandon moves those behind up one; the join replayed after it changes nothing")
    void leaveMovesTheRestUp() {
        join("a", 1);
        join("vip", 1);
        join("b", 3);
        apply("QueueCallerAbandon", "Queue", "q", "Uniqueid", "vip", "Position", "1");
        apply("QueueCallerLeave", "Queue", "q", "Uniqueid", "vip", "Position", "1", "Count", "2");
        assertThat(waiting()).containsExactly("a@1", "b@2");

        join("b", 3); // a replay across the snapshot boundary: b is known, its place stays
        assertThat(waiting()).containsExactly("a@1", "b@2");
        assertThat(store.callers.get("q/b").caller().position()).isEqualTo(2);
    }

    @Test
    @DisplayName("ExtensionStatus -2 (AST_EXTENSION_REMOVED) and -1 (DEACTIVATED) remove the hint's state")
    void extensionRemoved() {
        apply("ExtensionStatus", "Exten", "200", "Context", "test", "Hint", "Custom:ext200", "Status", "0", "StatusText", "Idle");
        apply("ExtensionStatus", "Exten", "201", "Context", "test", "Hint", "Custom:ext201", "Status", "0", "StatusText", "Idle");
        assertThat(store.extensions.map()).containsOnlyKeys("200@test", "201@test");

        apply("ExtensionStatus", "Exten", "200", "Context", "test", "Hint", "", "Status", "-2", "StatusText", "Removed");
        apply("ExtensionStatus", "Exten", "201", "Context", "test", "Hint", "", "Status", "-1", "StatusText", "Unknown");

        assertThat(store.extensions.map()).isEmpty();
    }

    private void hint(String exten, String hint, int status, String text) {
        apply("ExtensionStatus", "Exten", exten, "Context", "test", "Hint", hint, "Status", Integer.toString(status),
                "StatusText", text);
    }

    private void presence(String presentity, String status, String subtype, String message) {
        apply("PresenceStateChange", "Presentity", presentity, "Status", status, "Subtype", subtype, "Message", message);
    }

    @Test
    @DisplayName("PresenceStateChange of a hint's presence provider (the part after its last comma, matched without regard to case as pbx.c does) sets the extension's presence; a hint without one stays without")
    void presenceStateChangeSetsTheHintsPresence() {
        hint("200", "Custom:ext200,CustomPresence:ext200", 0, "Idle");
        hint("201", "Custom:ext201", 0, "Idle");
        hint("202", "PJSIP/a&PJSIP/b,CustomPresence:ext202", 1, "InUse");
        assertThat(store.extensions.map().values()).allSatisfy(e -> assertThat(e.presence()).isNull());
        assertThat(store.extensions.get("200@test").presenceProvider()).isEqualTo("CustomPresence:ext200");
        assertThat(store.extensions.get("201@test").presenceProvider()).isNull();

        presence("custompresence:EXT200", "away", "Lunch", "Back at two");
        presence("CustomPresence:ext202", "dnd", "", "Busy");

        ExtensionState e200 = store.extensions.get("200@test");
        assertThat(e200.presence()).isEqualTo(new PresenceState("CustomPresence:ext200", "away", "Lunch", "Back at two"));
        assertThat(e200.status()).isZero();
        assertThat(store.extensions.get("202@test").presence().status()).isEqualTo("dnd");
        assertThat(store.extensions.get("202@test").status()).isEqualTo(1);
        assertThat(store.extensions.get("201@test").hasPresence()).isFalse();
        assertThat(store.presences.map()).containsOnlyKeys("custompresence:EXT200", "CustomPresence:ext202");
    }

    @Test
    @DisplayName("ExtensionStatus keeps the hint's presence; a hint first seen, or whose provider changed, takes its provider's known presence")
    void extensionStatusKeepsOrFindsThePresence() {
        presence("CustomPresence:ext200", "away", "", "");
        presence("CustomPresence:other", "xa", "", "gone");
        hint("200", "Custom:ext200,CustomPresence:ext200", 0, "Idle");
        assertThat(store.extensions.get("200@test").presence().status()).as("known before the hint").isEqualTo("away");

        apply("PresenceStatus", "Exten", "200", "Context", "test", "Hint", "Custom:ext200,CustomPresence:ext200",
                "Status", "dnd", "Subtype", "", "Message", "Busy");
        hint("200", "Custom:ext200,CustomPresence:ext200", 8, "Ringing");
        ExtensionState ringing = store.extensions.get("200@test");
        assertThat(ringing.statusText()).isEqualTo("Ringing");
        assertThat(ringing.presence()).as("the hint's own presence event wins over the table's older state")
                .isEqualTo(new PresenceState("CustomPresence:ext200", "dnd", "", "Busy"));

        hint("200", "Custom:ext200,CustomPresence:other", 0, "Idle"); // a dialplan reload gave it another provider
        assertThat(store.extensions.get("200@test").presence().message()).isEqualTo("gone");
        hint("200", "Custom:ext200", 0, "Idle");
        assertThat(store.extensions.get("200@test").presence()).isNull();
    }

    @Test
    @DisplayName("PresenceStatus (manager.c manager_state_cb, AST_HINT_UPDATE_PRESENCE) sets that extension's presence only; for an unknown extension it is counted and creates nothing")
    void presenceStatusSetsOneExtension() {
        hint("200", "Custom:ext200,CustomPresence:ext200", 0, "Idle");
        hint("300", "Custom:ext300,CustomPresence:ext200", 0, "Idle");
        apply("PresenceStatus", "Exten", "200", "Context", "test", "Hint", "Custom:ext200,CustomPresence:ext200",
                "Status", "away", "Subtype", "Lunch", "Message", "Back at two");
        assertThat(store.extensions.get("200@test").presence())
                .isEqualTo(new PresenceState("CustomPresence:ext200", "away", "Lunch", "Back at two"));
        assertThat(store.extensions.get("300@test").presence()).as("its own PresenceStatus tells it").isNull();
        assertThat(store.presences.map()).as("the provider's state comes with PresenceStateChange").isEmpty();

        ApplyCounters counted = ApplyCounters.quiet();
        EventApplier.apply(store, ServerEvent.of("PresenceStatus", "Exten", "999", "Context", "test", "Hint",
                "Custom:x,CustomPresence:x", "Status", "away", "Subtype", "", "Message", ""), counted, now);
        EventApplier.apply(store, ServerEvent.of("PresenceStatus", "Status", "away"), counted, now);
        assertThat(counted.unknown).isEqualTo(1);
        assertThat(counted.bad).isEqualTo(1);
        assertThat(store.extensions.map()).containsOnlyKeys("200@test", "300@test");
    }

    private void channelEvent(String event, String uid, String name, int state, String... more) {
        String[] base = {"Uniqueid", uid, "Channel", name, "ChannelState", Integer.toString(state), "Linkedid", uid};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        apply(event, all);
    }

    @Test
    @DisplayName("Hold/Unhold set hold, NewConnectedLine the connected line, Rename the name (and the lookup by name)")
    void channelEvents() {
        channelEvent("Newchannel", "c1", "PJSIP/a-1", 0);
        channelEvent("Hold", "c1", "PJSIP/a-1", 6, "MusicClass", "default");
        assertThat(store.channels.get("c1").onHold()).isTrue();
        channelEvent("Unhold", "c1", "PJSIP/a-1", 6);
        assertThat(store.channels.get("c1").onHold()).isFalse();

        channelEvent("NewConnectedLine", "c1", "PJSIP/a-1", 6, "ConnectedLineNum", "200", "ConnectedLineName", "Bob");
        assertThat(store.channels.get("c1").connectedLineNum()).isEqualTo("200");
        assertThat(store.channels.get("c1").connectedLineName()).isEqualTo("Bob");

        apply("Rename", "Channel", "PJSIP/a-1", "Newname", "PJSIP/a-1<MASQ>", "Uniqueid", "c1");
        assertThat(store.channels.get("c1").name()).isEqualTo("PJSIP/a-1<MASQ>");
        assertThat(store.names).containsEntry("PJSIP/a-1<MASQ>", "c1").doesNotContainKey("PJSIP/a-1");
    }

    @Test
    @DisplayName("ConfbridgeJoin, Mute, Unmute, Talking on/off and Leave move the participant (app_confbridge.c headers)")
    void conferenceEvents() {
        apply("ConfbridgeStart", "Conference", "1000");
        channelEvent("ConfbridgeJoin", "p1", "PJSIP/a-1", 6, "Conference", "1000", "Admin", "No", "Muted", "No");
        apply("ConfbridgeMute", "Conference", "1000", "Uniqueid", "p1", "Channel", "PJSIP/a-1", "Admin", "No");
        assertThat(store.participants.get("1000/p1").muted()).isTrue();
        apply("ConfbridgeTalking", "Conference", "1000", "Uniqueid", "p1", "TalkingStatus", "on", "Admin", "No");
        assertThat(store.participants.get("1000/p1").talking()).isTrue();
        apply("ConfbridgeTalking", "Conference", "1000", "Uniqueid", "p1", "TalkingStatus", "off", "Admin", "No");
        apply("ConfbridgeUnmute", "Conference", "1000", "Uniqueid", "p1", "Admin", "No");
        assertThat(store.participants.get("1000/p1").talking()).isFalse();
        assertThat(store.participants.get("1000/p1").muted()).isFalse();

        apply("ConfbridgeLeave", "Conference", "1000", "Uniqueid", "p1", "Admin", "No");
        assertThat(store.participants.map()).isEmpty();
        apply("ConfbridgeEnd", "Conference", "1000");
        assertThat(store.conferences.map()).isEmpty();
    }

    @Test
    @DisplayName("DeviceStateChange, PresenceStateChange and QueueMemberStatus set the states Asterisk sends")
    void statesAndMembers() {
        apply("DeviceStateChange", "Device", "Custom:ext200", "State", "INUSE");
        apply("PresenceStateChange", "Presentity", "CustomPresence:ext200", "Status", "away", "Subtype", "lunch",
                "Message", "back at 2");
        assertThat(store.devices.get("Custom:ext200").state()).isEqualTo(DeviceStatus.INUSE);
        assertThat(store.presences.get("CustomPresence:ext200").status()).isEqualTo("away");

        apply("QueueMemberAdded", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "StateInterface",
                "PJSIP/agent", "Membership", "dynamic", "Penalty", "0", "CallsTaken", "0", "Status", "1", "Paused", "0");
        apply("QueueMemberPause", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "Paused", "1",
                "PausedReason", "lunch", "Status", "1");
        apply("QueueMemberStatus", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "Status", "2",
                "InCall", "1", "CallsTaken", "1", "Paused", "1", "PausedReason", "lunch");
        QueueMember m = store.members.get("q/PJSIP/agent");
        assertThat(m.status()).isEqualTo(DeviceStatus.INUSE);
        assertThat(m.paused()).isTrue();
        assertThat(m.pausedReason()).isEqualTo("lunch");
        assertThat(m.callsTaken()).isEqualTo(1);
        apply("QueueMemberPause", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "Paused", "0",
                "PausedReason", "lunch", "Status", "2");
        assertThat(store.members.get("q/PJSIP/agent").pausedReason()).isEmpty();
        // answering and hanging up change InCall without a QueueMemberStatus; AgentConnect/AgentComplete tell it
        assertThat(store.members.get("q/PJSIP/agent").inCall()).isTrue();
        apply("AgentComplete", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "Reason", "caller");
        assertThat(store.members.get("q/PJSIP/agent").inCall()).isFalse();
        apply("AgentConnect", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent", "HoldTime", "3");
        assertThat(store.members.get("q/PJSIP/agent").inCall()).isTrue();
        apply("QueueMemberRemoved", "Queue", "q", "MemberName", "Agent", "Interface", "PJSIP/agent");
        assertThat(store.members.map()).isEmpty();
    }

    @Test
    @DisplayName("a state event without its key header is counted as bad input and leaves no entry keyed by \"\"")
    void stateWithoutKeyIsBad() {
        ApplyCounters counted = ApplyCounters.quiet();
        EventApplier.apply(store, ServerEvent.of("DeviceStateChange", "State", "INUSE"), counted, now);
        EventApplier.apply(store, ServerEvent.of("PresenceStateChange", "Status", "away"), counted, now);
        EventApplier.apply(store, ServerEvent.of("ExtensionStatus", "Status", "0", "StatusText", "Idle"), counted, now);

        assertThat(store.devices.map()).isEmpty();
        assertThat(store.presences.map()).isEmpty();
        assertThat(store.extensions.map()).isEmpty();
        assertThat(counted.bad).isEqualTo(3);
    }

    @Test
    @DisplayName("ParkedCallSwap: the new parkee takes the space of the call parked there (parking_manager.c names only the new one)")
    void parkedCallSwapReplacesTheSpace() {
        apply("ParkedCall", "ParkeeUniqueid", "old", "ParkeeChannel", "Local/500@test-1;2", "Parkinglot", "default",
                "ParkingSpace", "701", "ParkingTimeout", "45", "ParkingDuration", "0");
        apply("ParkedCall", "ParkeeUniqueid", "other", "ParkeeChannel", "PJSIP/x-2", "Parkinglot", "default",
                "ParkingSpace", "702", "ParkingTimeout", "45", "ParkingDuration", "0");
        apply("ParkedCallSwap", "ParkeeUniqueid", "new", "ParkeeChannel", "PJSIP/y-3", "Parkinglot", "default",
                "ParkingSpace", "701", "ParkingTimeout", "40", "ParkingDuration", "5", "ParkerDialString", "PJSIP/z");

        assertThat(store.parked.map()).containsOnlyKeys("new", "other");
        assertThat(store.parked.get("new").space()).isEqualTo("701");
        assertThat(store.parked.get("new").channel()).isEqualTo("PJSIP/y-3");
    }
}
