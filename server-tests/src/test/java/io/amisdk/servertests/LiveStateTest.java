package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.live.CallHandle;
import io.amisdk.live.ChannelState;
import io.amisdk.live.LiveChange;
import io.amisdk.live.LiveConfig;
import io.amisdk.live.LivePbx;
import io.amisdk.live.LiveSnapshot;
import io.amisdk.live.Originate;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * amisdk-live against the real Asterisk: seeded random call flows; after every step the live state equals what the
 * server's list actions say; a restart in the middle; empty of channels once all calls are gone.
 * The seed is printed, and can be given back with {@code -Damisdk.live.seed=...}.
 */
@RealServerTest
class LiveStateTest {
    private static final int STEPS = Integer.getInteger("amisdk.live.steps", 40);
    private static final Duration EQUAL_WITHIN = Duration.ofSeconds(15);

    private final List<CallHandle> longCalls = new ArrayList<>();
    private long driftBefore;
    private long driftAfter;

    @Test
    @DisplayName("random call flows (100/200/201/300/400/500, queue, pause, ConfBridge mute, park, BlindTransfer, Redirect, Hangup, a hint's device state and presence) with a restart: the live state equals the server's lists after every step")
    void randomFlowsEqualTheServer(AsteriskServer server) throws Exception {
        long seed = Long.getLong("amisdk.live.seed", System.nanoTime());
        System.out.println("[live] seed " + seed + " (rerun with -Damisdk.live.seed=" + seed + ")");
        Random random = new Random(seed);
        AtomicLong loggedInAt = new AtomicLong();
        try (AmiClient check = AsteriskServer.connect(AsteriskServer.admin().build());
                AmiClient client = AsteriskServer.connect(AsteriskServer.admin().listItemsToListeners(false).build());
                LivePbx pbx = LivePbx.start(client, LiveConfig.defaults().withHungUpRetention(Duration.ofSeconds(2)), null)) {
            client.onStateChange(s -> {
                if (s == ConnectionState.LOGGED_IN) {
                    loggedInAt.set(System.nanoTime());
                }
            });
            pbx.ready().get(30, TimeUnit.SECONDS);
            pbx.onChange(c -> {
                if (c.cause() == LiveChange.Cause.RECONCILE) {
                    System.out.println("[live] seed " + seed + ": reconcile fixed " + c.type() + " " + c.kind() + " " + c.key()
                            + ": " + c.before() + " -> " + c.after());
                }
            });
            hangupAll(check);
            assertEqual(pbx, check, seed, "at the start");
            int restartAt = STEPS / 2;
            for (int step = 0; step < STEPS; step++) {
                String what = step(random, pbx, check);
                assertEqual(pbx, check, seed, "after step " + step + " (" + what + ")");
                measureDrift(pbx, check, seed, "after step " + step);
                if (step == restartAt) {
                    long resyncs = pbx.counters().resyncs();
                    server.stopServer();
                    server.ensureRunning();
                    Await.until(() -> client.state() == ConnectionState.LOGGED_IN && pbx.counters().resyncs() > resyncs
                            && check.state() == ConnectionState.LOGGED_IN, Duration.ofSeconds(60), "seed " + seed + ": logged in again");
                    long equalAfter = assertEqual(pbx, check, seed, "after the restart", Duration.ofSeconds(5), loggedInAt.get());
                    System.out.printf("[live] restart: equal to the server's lists %.0f ms after the reconnect's login%n",
                            equalAfter / 1e6);
                    longCalls.clear();
                }
            }
            hangupAll(check);
            Await.until(() -> pbx.channels().isEmpty(), EQUAL_WITHIN, "seed " + seed + ": no channel left: " + pbx.channels().keySet());
            assertEqual(pbx, check, seed, "at the end");
            assertThat(pbx.channels()).as("seed %d: empty of channels once all calls are gone", seed).isEmpty();
            System.out.printf("[live] %d steps: drift found by reconcile %d (first reconcile after each step), %d (a second one right after); counters %s%n",
                    STEPS, driftBefore, driftAfter, pbx.counters());
            assertThat(driftAfter).as("seed %d: a reconcile right after a reconcile finds nothing", seed).isZero();
        } finally {
            // other tests expect the hint of 200 idle
            try (AmiClient reset = AsteriskServer.connect(AsteriskServer.admin().build())) {
                quietly(reset, GenericAction.of("Setvar").header("Variable", "DEVICE_STATE(Custom:ext200)")
                        .header("Value", "NOT_INUSE"));
            }
        }
    }

    @Test
    @DisplayName("followed calls on the real server: 100 answers and hangs up (ended, cause 16), a queue call is bridged, an extension that does not exist fails with a typed reason")
    void followedCalls() throws Exception {
        try (AmiClient client = AsteriskServer.connect(AsteriskServer.admin().listItemsToListeners(false).build());
                LivePbx pbx = LivePbx.start(client)) {
            pbx.ready().get(30, TimeUnit.SECONDS);
            List<CallHandle.Phase> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
            CallHandle hundred = pbx.originate(Originate.to("Local/100@test").application("Wait", "5"), phases::add);
            assertThat(hundred.answered().get(30, TimeUnit.SECONDS).uniqueId()).isEqualTo(hundred.uniqueId());
            var ended = hundred.ended().get(30, TimeUnit.SECONDS);
            assertThat(ended.isHungUp()).isTrue();
            assertThat(ended.hangupCause()).isEqualTo(16);
            assertThat(phases).containsSubsequence(CallHandle.Phase.ANSWERED, CallHandle.Phase.HUNG_UP);

            List<CallHandle.Phase> queued = new java.util.concurrent.CopyOnWriteArrayList<>();
            CallHandle queue = pbx.originate(Originate.to("Local/400@test").application("Wait", "3"), queued::add);
            queue.answered().get(30, TimeUnit.SECONDS);
            queue.ended().get(30, TimeUnit.SECONDS);
            assertThat(queued).contains(CallHandle.Phase.ANSWERED);

            CallHandle nowhere = pbx.originate(Originate.to("Local/999@test").application("Wait", "1"));
            try {
                nowhere.answered().get(30, TimeUnit.SECONDS);
                throw new AssertionError("an Originate into a missing extension was answered");
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(io.amisdk.live.CallFailure.class);
                System.out.println("[live] Originate into a missing extension: " + e.getCause().getMessage());
                assertThat(((io.amisdk.live.CallFailure) e.getCause()).reason()).isIn(
                        io.amisdk.live.CallFailure.Reason.FAILURE, io.amisdk.live.CallFailure.Reason.HANGUP,
                        io.amisdk.live.CallFailure.Reason.CONGESTION);
            }
            assertThat(nowhere.phase()).isEqualTo(CallHandle.Phase.FAILED);
        }
    }

    @Test
    @DisplayName("events lost (the live client's event mask off while calls start): reconcile finds the drift, counts it and fixes it")
    void lostEventsRepairedByReconcile() throws Exception {
        try (AmiClient check = AsteriskServer.connect(AsteriskServer.admin().build());
                AmiClient client = AsteriskServer.connect(AsteriskServer.admin().listItemsToListeners(false).build());
                LivePbx pbx = LivePbx.start(client)) {
            pbx.ready().get(30, TimeUnit.SECONDS);
            hangupAll(check);
            assertEqual(pbx, check, 0, "before");
            client.setEventMask("off").get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 2; i++) {
                check.send(GenericAction.of("Originate").header("Channel", "Local/200@test").header("Application", "Wait")
                        .header("Data", "20").header("Async", "true")).get(10, TimeUnit.SECONDS);
            }
            // quiet before the mask goes on: all four up and waiting (the ;2 sides answer and step to Wait after
            // they are listed, and those events would teach the live state the channels it is meant to miss)
            Await.until(() -> {
                try {
                    List<AmiEvent> up = list(check, GenericAction.of("CoreShowChannels"));
                    return up.size() == 4 && up.stream().allMatch(c -> "6".equals(c.headers().get("ChannelState"))
                            && "Wait".equals(c.headers().get("Application")));
                } catch (Exception e) {
                    return false;
                }
            }, Duration.ofSeconds(20), "four channels up and waiting on the server");
            client.setEventMask("on").get(10, TimeUnit.SECONDS);
            assertThat(pbx.channels()).as("the live state missed the calls' events").isEmpty();
            long known = pbx.counters().unknownEntity();
            Map<LiveChange.Kind, Integer> drift = pbx.reconcile().get(30, TimeUnit.SECONDS);
            System.out.println("[live] events lost with the mask off: reconcile found " + drift + "; counters " + pbx.counters());
            // events that came after the mask was on may have taught it some of them already (counted as unknown)
            assertThat(drift.getOrDefault(LiveChange.Kind.CHANNEL, 0)).isPositive();
            assertThat(pbx.counters().driftFound()).isPositive();
            assertEqual(pbx, check, 0, "after the reconcile");
            hangupAll(check);
            Await.until(() -> pbx.channels().isEmpty(), EQUAL_WITHIN, "no channel left");
            assertEqual(pbx, check, 0, "at the end");
        }
    }

    private String step(Random random, LivePbx pbx, AmiClient ami) throws Exception {
        int kind = random.nextInt(12);
        switch (kind) {
            case 0 -> follow(pbx.originate(Originate.to("Local/100@test").application("Wait", "5")), false);
            case 1 -> follow(pbx.originate(Originate.to("Local/200@test").application("Wait", "20")), true);
            case 2 -> follow(pbx.originate(Originate.to("Local/200@test").application("Dial", "Local/201@test")), true);
            case 3 -> follow(pbx.originate(Originate.to("Local/300@test").application("Wait", "20")), true);
            case 4 -> follow(pbx.originate(Originate.to("Local/400@test").application("Wait", "20")), true);
            case 5 -> follow(pbx.originate(Originate.to("Local/500@test").application("Wait", "20")), true);
            case 6 -> quietly(ami, GenericAction.of("QueuePause").header("Queue", "support")
                    .header("Interface", random.nextBoolean() ? "Local/200@test" : "Local/201@test")
                    .header("Paused", Boolean.toString(random.nextBoolean())).header("Reason", "break"));
            case 7 -> {
                String participant = pick(random, pbx, "Local/300@test-", ";2");
                if (participant != null) {
                    quietly(ami, GenericAction.of(random.nextBoolean() ? "ConfbridgeMute" : "ConfbridgeUnmute")
                            .header("Conference", "1").header("Channel", participant));
                }
            }
            case 8 -> {
                String transferer = pick(random, pbx, "Local/200@test-", ";1");
                if (transferer != null) {
                    quietly(ami, GenericAction.of("BlindTransfer").header("Channel", transferer).header("Context", "test")
                            .header("Exten", "100"));
                }
            }
            case 9 -> {
                String moved = pick(random, pbx, "Local/200@test-", ";2");
                if (moved != null) {
                    quietly(ami, GenericAction.of("Redirect").header("Channel", moved).header("Context", "test")
                            .header("Exten", "201").header("Priority", "1"));
                }
            }
            case 10 -> {
                // the hint 200@test is Custom:ext200,CustomPresence:ext200: its state and its presence
                if (random.nextBoolean()) {
                    String[] states = {"INUSE", "NOT_INUSE", "BUSY", "ONHOLD"};
                    quietly(ami, GenericAction.of("Setvar").header("Variable", "DEVICE_STATE(Custom:ext200)")
                            .header("Value", states[random.nextInt(states.length)]));
                } else {
                    String[] presences = {"available", "away,Lunch,Back at two", "dnd,,In a meeting", "xa"};
                    quietly(ami, GenericAction.of("Setvar").header("Variable", "PRESENCE_STATE(CustomPresence:ext200)")
                            .header("Value", presences[random.nextInt(presences.length)]));
                }
            }
            default -> {
                List<String> up = new ArrayList<>(new TreeSet<>(pbx.channels().values().stream().map(c -> c.name()).toList()));
                if (!up.isEmpty()) {
                    quietly(ami, GenericAction.of("Hangup").header("Channel", up.get(random.nextInt(up.size()))));
                }
            }
        }
        return "kind " + kind;
    }

    private void follow(CallHandle call, boolean keep) throws Exception {
        call.answered().get(30, TimeUnit.SECONDS);
        if (keep) {
            longCalls.add(call);
        }
    }

    private static String pick(Random random, LivePbx pbx, String prefix, String suffix) {
        List<String> names = new ArrayList<>(new TreeSet<>(pbx.channels().values().stream().map(c -> c.name())
                .filter(n -> n.startsWith(prefix) && n.endsWith(suffix)).toList()));
        return names.isEmpty() ? null : names.get(random.nextInt(names.size()));
    }

    /** Sends an action whose refusal is part of the game (the channel went meanwhile): the state is compared anyway. */
    private static void quietly(AmiClient ami, GenericAction action) throws Exception {
        try {
            ami.send(action).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException refused) {
            // compared anyway
        }
    }

    private static void hangupAll(AmiClient ami) throws Exception {
        try {
            ami.sendList(GenericAction.of("Hangup").header("Channel", "/.*/")).get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException none) {
            // nothing to hang up
        }
    }

    private void measureDrift(LivePbx pbx, AmiClient check, long seed, String when) throws Exception {
        Map<LiveChange.Kind, Integer> first = pbx.reconcile().get(30, TimeUnit.SECONDS);
        Map<LiveChange.Kind, Integer> second = pbx.reconcile().get(30, TimeUnit.SECONDS);
        driftBefore += first.values().stream().mapToInt(Integer::intValue).sum();
        driftAfter += second.values().stream().mapToInt(Integer::intValue).sum();
        if (!first.isEmpty() || !second.isEmpty()) {
            System.out.println("[live] seed " + seed + " " + when + ": reconcile found " + first + ", then " + second);
        }
    }

    private static long assertEqual(LivePbx pbx, AmiClient check, long seed, String when) throws Exception {
        return assertEqual(pbx, check, seed, when, EQUAL_WITHIN, System.nanoTime());
    }

    /** Polls until the live view equals the server's (events and lists race); returns nanos since {@code from}. */
    private static long assertEqual(LivePbx pbx, AmiClient check, long seed, String when, Duration bound, long from)
            throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Map<String, Object> server = Map.of();
        Map<String, Object> live = Map.of();
        while (System.nanoTime() < deadline) {
            try {
                server = serverView(check);
                live = liveView(pbx.snapshot());
                if (live.equals(server) && serverView(check).equals(server)) {
                    return System.nanoTime() - from;
                }
            } catch (java.util.concurrent.ExecutionException raced) {
                // a bridge went between BridgeList and BridgeInfo: compare again
            }
            Thread.sleep(50);
        }
        assertThat(live).as("seed %d, %s: the live state equals the server's lists", seed, when).isEqualTo(server);
        return System.nanoTime() - from;
    }

    static Map<String, Object> liveView(LiveSnapshot s) {
        Map<String, Object> v = new TreeMap<>();
        s.channels().forEach((uid, c) -> v.put("channel " + uid, c.state().name()));
        s.bridges().forEach((id, b) -> v.put("bridge " + id, new TreeSet<>(b.members()).toString()));
        s.queues().forEach((q, queue) -> {
            queue.members().forEach((i, m) -> v.put("member " + q + "/" + i, m.paused()));
            v.put("callers " + q, queue.callers().stream().map(c -> c.uniqueId()).toList().toString());
        });
        s.conferences().forEach((name, conf) -> conf.participants()
                .forEach((uid, p) -> v.put("participant " + name + "/" + uid, p.muted())));
        s.parkedCalls().forEach((uid, p) -> v.put("parked " + uid, p.space()));
        s.extensions().forEach((key, e) -> {
            v.put("extension " + key, e.status());
            v.put("extension presence " + key, e.presence() == null ? "none"
                    : presence(e.presence().status(), e.presence().subtype(), e.presence().message()));
        });
        s.presences().forEach((provider, p) -> v.put("presence " + provider, presence(p.status(), p.subtype(), p.message())));
        return v;
    }

    private static String presence(String status, String subtype, String message) {
        return status + "/" + (subtype == null ? "" : subtype) + "/" + (message == null ? "" : message);
    }

    static Map<String, Object> serverView(AmiClient ami) throws Exception {
        Map<String, Object> v = new TreeMap<>();
        for (AmiEvent c : list(ami, GenericAction.of("CoreShowChannels"))) {
            v.put("channel " + c.headers().get("Uniqueid"),
                    ChannelState.of(Integer.parseInt(c.headers().get("ChannelState"))).name());
        }
        for (AmiEvent b : list(ami, GenericAction.of("BridgeList"))) {
            String id = b.headers().get("BridgeUniqueid");
            TreeSet<String> members = new TreeSet<>();
            for (AmiEvent m : list(ami, GenericAction.of("BridgeInfo").header("BridgeUniqueid", id))) {
                members.add(m.headers().get("Uniqueid"));
            }
            v.put("bridge " + id, members.toString());
        }
        Map<String, List<String>> callers = new TreeMap<>();
        for (AmiEvent q : list(ami, GenericAction.of("QueueStatus"))) {
            var m = q.headers();
            switch (m.get("Event")) {
                case "QueueParams" -> callers.putIfAbsent(m.get("Queue"), new ArrayList<>());
                case "QueueMember" -> v.put("member " + m.get("Queue") + "/" + m.get("Location"), "1".equals(m.get("Paused")));
                case "QueueEntry" -> callers.computeIfAbsent(m.get("Queue"), k -> new ArrayList<>()).add(m.get("Uniqueid"));
                default -> { }
            }
        }
        callers.forEach((q, uids) -> v.put("callers " + q, uids.toString()));
        List<AmiEvent> rooms;
        try {
            rooms = list(ami, GenericAction.of("ConfbridgeListRooms"));
        } catch (java.util.concurrent.ExecutionException none) {
            rooms = List.of(); // "No active conferences."
        }
        for (AmiEvent room : rooms) {
            String conf = room.headers().get("Conference");
            try {
                for (AmiEvent p : list(ami, GenericAction.of("ConfbridgeList").header("Conference", conf))) {
                    v.put("participant " + conf + "/" + p.headers().get("Uniqueid"), "Yes".equals(p.headers().get("Muted")));
                }
            } catch (java.util.concurrent.ExecutionException gone) {
                // ended meanwhile
            }
        }
        for (AmiEvent p : list(ami, GenericAction.of("ParkedCalls"))) {
            v.put("parked " + p.headers().get("ParkeeUniqueid"), p.headers().get("ParkingSpace"));
        }
        Map<String, String> presences = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (AmiEvent p : list(ami, GenericAction.of("PresenceStateList"))) {
            var h = p.headers();
            String text = presence(h.get("Status"), h.get("Subtype"), h.get("Message"));
            presences.put(h.get("Presentity"), text);
            v.put("presence " + h.get("Presentity"), text);
        }
        // an extension's presence is its hint's presence provider's (after the hint's last comma), as pbx.c reads it
        for (AmiEvent e : list(ami, GenericAction.of("ExtensionStateList"))) {
            var h = e.headers();
            String key = h.get("Exten") + "@" + h.get("Context");
            String hint = h.get("Hint");
            int comma = hint == null ? -1 : hint.lastIndexOf(',');
            v.put("extension " + key, Integer.parseInt(h.get("Status")));
            v.put("extension presence " + key, comma < 0 ? "none"
                    : presences.getOrDefault(hint.substring(comma + 1), "none"));
        }
        return v;
    }

    private static List<AmiEvent> list(AmiClient ami, GenericAction action) throws Exception {
        CompletableFuture<? extends io.amisdk.runtime.AmiListResponse<AmiEvent>> f = ami.sendList(action);
        return f.get(20, TimeUnit.SECONDS).items();
    }

    /** Waits for a condition (the bound only ends a failure). */
    static final class Await {
        static void until(java.util.function.BooleanSupplier condition, Duration bound, String what) {
            long deadline = System.nanoTime() + bound.toNanos();
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not within " + bound.toSeconds() + " s: " + what);
                }
                AsteriskServer.sleep(Duration.ofMillis(20));
            }
        }
    }
}
