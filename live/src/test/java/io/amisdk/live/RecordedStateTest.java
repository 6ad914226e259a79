package io.amisdk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recorded sessions of a real Asterisk 22, applied: known states, and the snapshot boundary at every position. */
class RecordedStateTest {
    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    private static LiveStore store() {
        return new LiveStore(LiveConfig.defaults(), new AtomicLong());
    }

    private static LiveStore applied(List<ServerEvent> events, int from, int to) {
        LiveStore s = store();
        ApplyCounters stats = ApplyCounters.quiet();
        for (int i = from; i < to; i++) {
            EventApplier.apply(s, events.get(i), stats, NOW);
        }
        return s;
    }

    /** What the server's lists would show, keyed per table: what a resync compares. */
    static Map<String, Object> comparable(LiveStore s) {
        Map<String, Object> out = new TreeMap<>();
        s.channels.map().forEach((k, v) -> out.put("channel " + k, v.comparable()));
        s.bridges.map().forEach((k, v) -> out.put("bridge " + k, v.comparable()));
        s.members.map().forEach((k, v) -> out.put("member " + k, v.comparable()));
        s.queues.map().keySet().forEach(q -> out.put("callers " + q, s.callersOf(q).stream()
                .map(c -> c.position() + ":" + c.uniqueId()).toList()));
        s.participants.map().forEach((k, v) -> out.put("participant " + k, v.comparable()));
        s.conferences.map().keySet().forEach(k -> out.put("conference " + k, k));
        s.parked.map().forEach((k, v) -> out.put("parked " + k, v.comparable()));
        s.devices.map().forEach((k, v) -> out.put("device " + k, v));
        s.extensions.map().forEach((k, v) -> out.put("extension " + k, v));
        s.presences.map().forEach((k, v) -> out.put("presence " + k, v));
        return out;
    }

    @Test
    @DisplayName("QueueStatus of the recorded session: queue support, both members paused (lunch), one caller waiting")
    void queueStatusList() {
        LiveStore s = store();
        Resync.load(s, Recorded.listItems("queue_status_with_members.txt", "qstatus-1"), NOW);
        LiveQueue q = s.snapshot().queues().get("support");
        assertThat(q.strategy()).isEqualTo("ringall");
        assertThat(q.members()).containsOnlyKeys("Local/200@test", "Local/201@test");
        assertThat(q.members().values()).allSatisfy(m -> {
            assertThat(m.paused()).isTrue();
            assertThat(m.pausedReason()).isEqualTo("lunch");
        });
        assertThat(q.members().get("Local/200@test").callsTaken()).isEqualTo(2);
        assertThat(q.callers()).extracting(QueueCaller::channel, QueueCaller::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Local/400@test-0000003c;2", 1));
    }

    @Test
    @DisplayName("the recorded lists of channels, bridges and conferences give those channels, members and participants")
    void listsOfChannelsBridgesConferences() {
        LiveStore s = store();
        Resync.load(s, Recorded.listItems("coreshowchannels_active.txt", "csc-1"), NOW);
        assertThat(s.channels.map().values()).extracting(LiveChannel::name)
                .containsExactlyInAnyOrder("Local/200@test-00000002;1", "Local/200@test-00000002;2");
        assertThat(s.channels.get("1795690004.5").state()).isEqualTo(ChannelState.UP);
        assertThat(s.channels.get("1795690004.5").created()).isEqualTo(NOW.minusSeconds(1));

        LiveStore b = store();
        Resync.load(b, Recorded.listItems("bridge_list_info.txt", "blist-1"), NOW);
        // the two-party basic bridge and the parking lot's holding bridge (Asterisk keeps it once used)
        assertThat(b.bridges.map().values()).extracting(LiveBridge::type).containsExactlyInAnyOrder("basic", "parking");

        LiveStore c = store();
        List<ServerEvent> items = new ArrayList<>(Recorded.listItems("confbridge_list.txt", "rooms-1"));
        items.addAll(Recorded.listItems("confbridge_list.txt", "list-1"));
        Resync.load(c, items, NOW);
        Conference conf = c.snapshot().conferences().get("1");
        assertThat(conf.participants()).hasSize(2);
        assertThat(conf.participants().values()).noneMatch(Participant::muted);
    }

    @Test
    @DisplayName("parked_calls: two calls parked at 701/702 by events; both gone after their ParkedCallGiveUp")
    void parkedCalls() {
        List<ServerEvent> events = Recorded.events("parked_calls.txt");
        int giveUp = indexOf(events, "ParkedCallGiveUp");
        LiveStore before = applied(events, 0, giveUp);
        assertThat(before.parked.map().values()).extracting(ParkedCall::space).containsExactlyInAnyOrder("701", "702");
        LiveStore after = applied(events, 0, events.size());
        assertThat(after.parked.map()).isEmpty();
        assertThat(after.channels.map()).isEmpty();
    }

    @Test
    @DisplayName("full_event_mix (509 events, 49 kinds): queues, conferences, parking, bridges; at the end no channel, bridge, caller or participant is left")
    void fullMixEndsEmpty() {
        List<ServerEvent> events = Recorded.events("full_event_mix.txt");
        ApplyCounters stats = new ApplyCounters(null);
        LiveStore s = store();
        int maxChannels = 0;
        int maxParticipants = 0;
        for (ServerEvent m : events) {
            EventApplier.apply(s, m, stats, NOW);
            maxChannels = Math.max(maxChannels, s.channels.size());
            maxParticipants = Math.max(maxParticipants, s.participants.size());
        }
        assertThat(maxChannels).isGreaterThan(4);
        assertThat(maxParticipants).isEqualTo(3);
        assertThat(s.channels.map()).isEmpty();
        assertThat(s.bridges.map().values()).extracting(LiveBridge::type).containsExactly("parking");
        assertThat(s.bridges.map().values()).allSatisfy(b -> assertThat(b.members()).isEmpty());
        assertThat(s.callers.map()).isEmpty();
        assertThat(s.participants.map()).isEmpty();
        assertThat(s.parked.map()).isEmpty();
        assertThat(s.members.map().values()).extracting(QueueMember::iface).contains("Local/200@test", "Local/201@test");
        assertThat(s.hungUpCount()).isGreaterThan(4);
        assertThat(stats.bad).isZero();
        assertThat(stats.applied).isGreaterThan(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"full_event_mix.txt", "event_stream_20_calls.txt", "parked_calls.txt", "confbridge_list.txt",
            "bridge_list_info.txt"})
    @DisplayName("the snapshot boundary at every position (lists taken before, during and after the buffered events) gives the same state")
    void boundaryAtEveryPosition(String file) {
        List<ServerEvent> events = Recorded.events(file);
        int n = events.size();
        Map<String, Object> expected = comparable(applied(events, 0, n));
        Random random = new Random(17);
        for (int k = 0; k <= n; k++) {
            // the buffer starts at j <= k (subscribed before the lists were read); the lists reflect the first k events
            int j = k == 0 ? 0 : random.nextInt(k + 1);
            LiveStore fresh = applied(events, 0, k);
            ApplyCounters quiet = ApplyCounters.quiet();
            for (int i = j; i < n; i++) {
                EventApplier.apply(fresh, events.get(i), quiet, NOW);
            }
            assertThat(comparable(fresh)).as("%s: lists at %d, buffer from %d of %d", file, k, j, n).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("lists read at different moments (channels at one position, queues and conferences at another) still give the same state")
    void listsAtDifferentMoments() {
        List<ServerEvent> events = Recorded.events("full_event_mix.txt");
        int n = events.size();
        Map<String, Object> expected = comparable(applied(events, 0, n));
        Random random = new Random(4711);
        for (int round = 0; round < 200; round++) {
            int k1 = random.nextInt(n + 1);
            int k2 = random.nextInt(n + 1);
            LiveStore early = applied(events, 0, Math.min(k1, k2));
            LiveStore late = applied(events, 0, Math.max(k1, k2));
            LiveStore fresh = store();
            // channels and bridges from one moment, the other tables from another
            early.channels.map().forEach((k, v) -> fresh.putChannel(v));
            early.bridges.map().forEach(fresh.bridges::put);
            late.queues.map().forEach(fresh.queues::put);
            late.members.map().forEach(fresh.members::put);
            late.callers.map().forEach(fresh.callers::put);
            late.conferences.map().forEach(fresh.conferences::put);
            late.participants.map().forEach(fresh.participants::put);
            late.parked.map().forEach(fresh.parked::put);
            late.hungUp.values().forEach(fresh::remember);
            ApplyCounters quiet = ApplyCounters.quiet();
            for (ServerEvent m : events) {
                EventApplier.apply(fresh, m, quiet, NOW);
            }
            assertThat(comparable(fresh)).as("channels at %d, the rest at %d", k1, k2).isEqualTo(expected);
        }
    }

    /** What ExtensionStateList and PresenceStateList would answer for this state (hint items carry no presence). */
    private static List<ServerEvent> listItems(LiveStore s) {
        List<ServerEvent> items = new ArrayList<>();
        for (ExtensionState e : s.extensions.map().values()) {
            items.add(ServerEvent.of("ExtensionStatus", "Exten", e.exten(), "Context", e.context(), "Hint", e.hint(),
                    "Status", Integer.toString(e.status()), "StatusText", e.statusText()));
        }
        for (PresenceState p : s.presences.map().values()) {
            items.add(ServerEvent.of("PresenceStateChange", "Presentity", p.presentity(), "Status", p.status(),
                    "Subtype", p.subtype(), "Message", p.message()));
        }
        return items;
    }

    private static Map<String, Object> hintsAndPresences(LiveStore s) {
        Map<String, Object> out = new TreeMap<>(comparable(s));
        out.keySet().removeIf(k -> !k.startsWith("extension ") && !k.startsWith("presence "));
        return out;
    }

    private static List<ServerEvent> named(List<ServerEvent> events, String name) {
        return events.stream().filter(m -> m.name().equals(name)).toList();
    }

    @Test
    @DisplayName("the recorded PresenceStatus of hint 200@test (Custom:ext200,CustomPresence:ext200) sets its presence, alone, without its PresenceStateChange; 201@test has no presence provider")
    void recordedPresenceStatus() {
        LiveStore s = store();
        Resync.load(s, Recorded.listItems("extension_state_list.txt", "esl-1"), NOW);
        assertThat(s.extensions.get("200@test").presence()).isNull();

        ApplyCounters stats = new ApplyCounters(null);
        for (ServerEvent m : named(Recorded.events("presence_state_list.txt"), "PresenceStatus")) {
            EventApplier.apply(s, m, stats, NOW);
        }
        ExtensionState e = s.extensions.get("200@test");
        assertThat(e.presence()).isEqualTo(new PresenceState("CustomPresence:ext200", "away", "Lunch", "Back at two"));
        assertThat(e.statusText()).isEqualTo("Idle");
        assertThat(s.extensions.get("201@test").presence()).isNull();
        assertThat(s.presences.map()).isEmpty();
        assertThat(stats.applied).isEqualTo(1);
        assertThat(stats.unknown + stats.bad).isZero();

        List<ServerEvent> mix = named(Recorded.events("full_event_mix.txt"), "PresenceStatus");
        assertThat(mix).hasSize(2);
        EventApplier.apply(s, mix.get(0), stats, NOW);
        assertThat(s.extensions.get("200@test").presence())
                .isEqualTo(new PresenceState("CustomPresence:ext200", "dnd", "", "Busy"));
        EventApplier.apply(s, mix.get(1), stats, NOW);
        assertThat(s.extensions.get("200@test").presence())
                .isEqualTo(new PresenceState("CustomPresence:ext200", "available", "", ""));
    }

    @Test
    @DisplayName("a resync: ExtensionStateList's items carry no presence; 200@test takes its provider's from PresenceStateList, whichever list is applied first")
    void resyncGivesTheHintsPresence() {
        List<ServerEvent> hints = Recorded.listItems("extension_state_list.txt", "esl-1");
        List<ServerEvent> presences = Recorded.listItems("presence_state_list.txt", "psl-1");
        assertThat(hints).allSatisfy(m -> assertThat(m.get("Status")).isEqualTo("0"));
        PresenceState away = new PresenceState("CustomPresence:ext200", "away", "Lunch", "Back at two");

        List<ServerEvent> inResyncOrder = new ArrayList<>(hints);
        inResyncOrder.addAll(presences);
        List<ServerEvent> presencesFirst = new ArrayList<>(presences);
        presencesFirst.addAll(hints);
        for (List<ServerEvent> items : List.of(inResyncOrder, presencesFirst)) {
            LiveStore s = store();
            Resync.load(s, items, NOW);
            assertThat(s.extensions.get("200@test").presence()).isEqualTo(away);
            assertThat(s.extensions.get("200@test").status()).isZero();
            assertThat(s.extensions.get("201@test").presence()).isNull();
            assertThat(s.presences.get("CustomPresence:ext200")).isEqualTo(away);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"presence_state_list.txt", "full_event_mix.txt"})
    @DisplayName("the hints' presence across the snapshot boundary at every position: the same state, so a reconcile finds no drift")
    void presenceBoundaryAtEveryPosition(String file) {
        List<ServerEvent> hints = Recorded.listItems("extension_state_list.txt", "esl-1");
        List<ServerEvent> events = Recorded.events(file);
        int n = events.size();
        LiveStore all = store();
        Resync.load(all, hints, NOW);
        events.forEach(m -> EventApplier.apply(all, m, ApplyCounters.quiet(), NOW));
        assertThat(all.extensions.get("200@test").presence()).isNotNull();
        Map<String, Object> expected = hintsAndPresences(all);
        Random random = new Random(23);
        LiveStore atK = store();
        Resync.load(atK, hints, NOW);
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                EventApplier.apply(atK, events.get(k - 1), ApplyCounters.quiet(), NOW);
            }
            int j = k == 0 ? 0 : random.nextInt(k + 1);
            LiveStore fresh = store();
            Resync.load(fresh, listItems(atK), NOW);
            ApplyCounters quiet = ApplyCounters.quiet();
            for (int i = j; i < n; i++) {
                EventApplier.apply(fresh, events.get(i), quiet, NOW);
            }
            assertThat(hintsAndPresences(fresh)).as("%s: lists at %d, buffer from %d of %d", file, k, j, n).isEqualTo(expected);
            assertThat(all.differences(fresh)).as("%s at %d/%d", file, k, j)
                    .doesNotContainKeys(LiveChange.Kind.EXTENSION_STATE, LiveChange.Kind.PRESENCE_STATE);
        }
    }

    private static int indexOf(List<ServerEvent> events, String name) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the recording");
    }
}
