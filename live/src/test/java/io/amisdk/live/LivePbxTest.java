package io.amisdk.live;

import static io.amisdk.live.FakePbx.bridge;
import static io.amisdk.live.FakePbx.channel;
import static io.amisdk.live.FakePbx.concat;
import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The live layer over a scripted FakeAsterisk: initial state, the boundary, reconnects, reconcile, listeners. */
class LivePbxTest {

    @Test
    @DisplayName("the initial state comes from the lists; events sent while the lists are read are neither lost nor applied twice")
    void initialStateAndBoundary() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            fake.item("CoreShowChannels", "CoreShowChannel", channel("1.1", "PJSIP/a-1", 6, "BridgeId", "b1", "Duration", "00:01:00"));
            fake.item("CoreShowChannels", "CoreShowChannel", channel("1.2", "PJSIP/b-2", 6, "BridgeId", "b1", "Duration", "00:01:00"));
            fake.item("CoreShowChannels", "CoreShowChannel", channel("1.3", "PJSIP/c-3", 5));
            fake.item("BridgeList", "BridgeListItem", bridge("b1", "BridgeNumChannels", "2"));
            fake.item("QueueStatus", "QueueParams", "Queue", "support", "Strategy", "ringall", "Max", "0", "Completed", "3", "Abandoned", "1");
            fake.item("QueueStatus", "QueueMember", "Queue", "support", "Name", "Agent 1", "Location", "PJSIP/agent1",
                    "StateInterface", "PJSIP/agent1", "Membership", "dynamic", "Penalty", "0", "CallsTaken", "4", "LastCall", "0",
                    "InCall", "0", "Status", "1", "Paused", "1", "PausedReason", "lunch");
            fake.item("DeviceStateList", "DeviceStateChange", "Device", "PJSIP/agent1", "State", "NOT_INUSE");
            // while CoreShowChannels is read: 1.3 (listed) hangs up after the list was taken... and 1.4 is new
            fake.during.put("CoreShowChannels", session -> {
                session.event("Newchannel", channel("1.4", "PJSIP/d-4", 0));
                session.event("Newstate", channel("1.4", "PJSIP/d-4", 5));
            });
            fake.during.put("QueueStatus", session -> session.event("Hangup", channel("1.3", "PJSIP/c-3", 5, "Cause", "17")));

            try (LivePbx pbx = LivePbx.start(client)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                Await.until(() -> pbx.channel("1.3").map(LiveChannel::isHungUp).orElse(false), "1.3 hung up");
                assertThat(pbx.channels()).containsOnlyKeys("1.1", "1.2", "1.4");
                assertThat(pbx.channel("1.4").orElseThrow().state()).isEqualTo(ChannelState.RINGING);
                assertThat(pbx.channel("1.3").orElseThrow().hangupCause()).isEqualTo(17);
                assertThat(pbx.channelByName("PJSIP/a-1").orElseThrow().uniqueId()).isEqualTo("1.1");
                assertThat(pbx.bridge("b1").orElseThrow().members()).containsExactlyInAnyOrder("1.1", "1.2");
                assertThat(pbx.channel("1.1").orElseThrow().bridgeId()).isEqualTo("b1");
                LiveQueue q = pbx.queues().get("support");
                assertThat(q.completed()).isEqualTo(3);
                assertThat(q.members().get("PJSIP/agent1").paused()).isTrue();
                assertThat(q.members().get("PJSIP/agent1").callsTaken()).isEqualTo(4);
                assertThat(pbx.deviceStates().get("PJSIP/agent1").state()).isEqualTo(DeviceStatus.NOT_INUSE);
                assertThat(pbx.conferences()).isEmpty(); // ConfbridgeListRooms answered "No active conferences."
                assertThat(pbx.counters().resyncs()).isEqualTo(1);
            }
        }
    }

    @Test
    @DisplayName("after a reconnect the same resync runs, and what changed while the link was down is reported as changes")
    void reconnectReportsChanges() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            fake.item("CoreShowChannels", "CoreShowChannel", channel("2.1", "PJSIP/a-1", 6));
            fake.item("CoreShowChannels", "CoreShowChannel", channel("2.2", "PJSIP/b-2", 4));
            List<LiveChange<?>> changes = new CopyOnWriteArrayList<>();
            try (LivePbx pbx = LivePbx.start(client)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                pbx.onChange(changes::add);
                // while down: 2.1 hung up, 2.2 answered, 2.3 came
                fake.lists.get("CoreShowChannels").clear();
                fake.item("CoreShowChannels", "CoreShowChannel", channel("2.2", "PJSIP/b-2", 6));
                fake.item("CoreShowChannels", "CoreShowChannel", channel("2.3", "PJSIP/c-3", 6));
                long t0 = System.nanoTime();
                fake.ami.dropAll();
                Await.until(() -> pbx.counters().resyncs() == 2, "the resync after the reconnect");
                System.out.printf("[live] resync after a reconnect (fake): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                assertThat(pbx.channels()).containsOnlyKeys("2.2", "2.3");
                assertThat(pbx.channel("2.1").orElseThrow().isHungUp()).isTrue();
                assertThat(changes).allMatch(c -> c.cause() == LiveChange.Cause.RESYNC)
                        .extracting(LiveChange::type, LiveChange::key)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple(LiveChange.Type.REMOVED, "2.1"),
                                org.assertj.core.groups.Tuple.tuple(LiveChange.Type.CHANGED, "2.2"),
                                org.assertj.core.groups.Tuple.tuple(LiveChange.Type.ADDED, "2.3"));
                LiveChange<?> answered = changes.stream().filter(c -> c.key().equals("2.2")).findFirst().orElseThrow();
                assertThat(((LiveChannel) answered.before()).state()).isEqualTo(ChannelState.RING);
                assertThat(((LiveChannel) answered.after()).state()).isEqualTo(ChannelState.UP);
            }
        }
    }

    @Test
    @DisplayName("reconcile() finds drift (a lost Hangup, a lost BridgeEnter, a lost pause), counts and reports it, and fixes it")
    void reconcileRepairsDrift() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            fake.item("QueueStatus", "QueueParams", "Queue", "support", "Strategy", "ringall");
            fake.item("QueueStatus", "QueueMember", "Queue", "support", "Name", "m", "Location", "PJSIP/m", "Paused", "0");
            List<String> drift = new CopyOnWriteArrayList<>();
            LiveListener hooks = new LiveListener() {
                @Override
                public void drift(LiveChange.Kind kind, int count) {
                    drift.add(kind + "=" + count);
                }
            };
            try (LivePbx pbx = LivePbx.start(client, LiveConfig.defaults(), hooks)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).isEmpty();
                // the server has a call up whose events we never got, and one we think is up that is gone
                fake.emit("Newchannel", channel("3.9", "PJSIP/ghost-9", 6));
                Await.until(() -> pbx.channels().containsKey("3.9"), "the ghost channel");
                fake.item("CoreShowChannels", "CoreShowChannel", channel("3.1", "PJSIP/a-1", 6, "BridgeId", "b3"));
                fake.item("BridgeList", "BridgeListItem", bridge("b3"));
                fake.lists.get("QueueStatus").set(1, new String[] {"QueueMember", "Queue", "support", "Name", "m",
                    "Location", "PJSIP/m", "Paused", "1", "PausedReason", "break", "Status", "2"});

                Map<LiveChange.Kind, Integer> found = pbx.reconcile().get(10, TimeUnit.SECONDS);
                assertThat(found).containsEntry(LiveChange.Kind.CHANNEL, 2).containsEntry(LiveChange.Kind.BRIDGE, 1)
                        .containsEntry(LiveChange.Kind.QUEUE_MEMBER, 1);
                assertThat(drift).contains("CHANNEL=2", "BRIDGE=1", "QUEUE_MEMBER=1");
                assertThat(pbx.counters().driftFound()).isEqualTo(4);
                assertThat(pbx.channels()).containsOnlyKeys("3.1");
                assertThat(pbx.bridge("b3").orElseThrow().members()).containsExactly("3.1");
                assertThat(pbx.queues().get("support").members().get("PJSIP/m").pausedReason()).isEqualTo("break");
                assertThat(pbx.queues().get("support").members().get("PJSIP/m").status()).isEqualTo(DeviceStatus.INUSE);
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).as("nothing left to fix").isEmpty();
                assertThat(pbx.counters().reconciles()).isEqualTo(3);
            }
        }
    }

    @Test
    @DisplayName("a difference the events fix before the second reading (Asterisk lists a change before its event goes out) is not drift: nothing is counted or changed by the reconcile")
    void differenceInFlightIsNotDrift() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            List<LiveChange<?>> changes = new CopyOnWriteArrayList<>();
            try (LivePbx pbx = LivePbx.start(client, LiveConfig.defaults().withReconcileConfirm(Duration.ofMillis(600)), null)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                pbx.onChange(changes::add);
                // the server lists 4.1 already; its Newchannel goes out 100 ms after the first reading's list
                fake.item("CoreShowChannels", "CoreShowChannel", channel("4.1", "PJSIP/late-1", 6));
                AtomicInteger readings = new AtomicInteger();
                fake.during.put("CoreShowChannels", session -> {
                    if (readings.incrementAndGet() == 1) {
                        java.util.concurrent.CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS)
                                .execute(() -> fake.emit("Newchannel", channel("4.1", "PJSIP/late-1", 6)));
                    }
                });
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).as("nothing confirmed").isEmpty();
                assertThat(readings).as("the lists were read twice").hasValue(2);
                assertThat(pbx.counters().driftFound()).isZero();
                assertThat(pbx.channels()).containsOnlyKeys("4.1");
                assertThat(changes).extracting(LiveChange::cause).containsOnly(LiveChange.Cause.EVENT);
            }
        }
    }

    @Test
    @DisplayName("a change's value is the public type its kind names: a queue caller is a QueueCaller, a queue a LiveQueue with its members")
    void changeValuesArePublicTypes() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            fake.item("QueueStatus", "QueueMember", "Queue", "support", "Name", "m", "Location", "PJSIP/m", "Paused", "0");
            List<Object> callers = new CopyOnWriteArrayList<>();
            List<Object> queues = new CopyOnWriteArrayList<>();
            try (LivePbx pbx = LivePbx.start(client)) {
                pbx.<QueueCaller>onChange(LiveChange.Kind.QUEUE_CALLER, c -> callers.add(c.value()));
                pbx.<LiveQueue>onChange(LiveChange.Kind.QUEUE, c -> queues.add(c.value()));
                pbx.ready().get(10, TimeUnit.SECONDS);
                fake.emit("QueueCallerJoin", concat(channel("5.1", "PJSIP/c-1", 6), new String[] {"Queue", "support",
                    "Position", "1", "Count", "1"}));
                Await.until(() -> callers.size() == 1, "the caller's change");
                QueueCaller caller = (QueueCaller) callers.get(0);
                assertThat(caller.uniqueId()).isEqualTo("5.1");
                assertThat(caller.position()).isEqualTo(1);
                assertThat(queues).isNotEmpty().allSatisfy(q -> assertThat(q).isInstanceOf(LiveQueue.class));
                assertThat(((LiveQueue) queues.get(0)).name()).isEqualTo("support");
                assertThat(pbx.counters().listenerFailures()).isZero();
            }
        }
    }

    @Test
    @DisplayName("bad input (unknown channel/bridge, out of order, duplicated, unreadable values, unknown kinds) is counted, never thrown, and the state stays usable")
    void badInput() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client()) {
            List<String> bad = new CopyOnWriteArrayList<>();
            LiveListener hooks = new LiveListener() {
                @Override
                public void badInput(String what, String eventName) {
                    bad.add(eventName + ": " + what);
                }
            };
            try (LivePbx pbx = LivePbx.start(client, LiveConfig.defaults(), hooks)) {
                pbx.ready().get(10, TimeUnit.SECONDS);
                fake.emit("Newstate", channel("4.1", "PJSIP/x-1", 5));                 // unknown channel: created
                fake.emit("BridgeEnter", concat(bridge("b4"), channel("4.1", "PJSIP/x-1", 6))); // unknown bridge: created
                fake.emit("Hangup", channel("4.2", "PJSIP/y-2", 6, "Cause", "16"));  // hangup before its Newchannel
                fake.emit("Newchannel", channel("4.2", "PJSIP/y-2", 0));              // ... late: ignored
                fake.emit("Newstate", channel("4.1", "PJSIP/x-1", 42));               // a state Asterisk 22 does not have
                fake.emit("QueueMemberStatus", "Queue", "nosuch", "Interface", "PJSIP/q", "Penalty", "high");
                fake.emit("SomethingNew", "Foo", "bar");                                // unknown kind
                fake.emit("BridgeLeave", concat(bridge("nope"), channel("4.1", "PJSIP/x-1", 6)));
                fake.emit("ConfbridgeMute", "Conference", "9", "Uniqueid", "4.7");
                fake.emit("Newstate", "Channel", "PJSIP/z-3");                           // no Uniqueid
                fake.emit("Hangup", channel("4.1", "PJSIP/x-1", 6, "Cause", "16"));
                fake.emit("Hangup", channel("4.1", "PJSIP/x-1", 6, "Cause", "16"));  // duplicated
                Await.until(() -> pbx.counters().lateEvents() >= 2 && pbx.channel("4.1").map(LiveChannel::isHungUp).orElse(false),
                        "all applied");
                LiveCounters c = pbx.counters();
                assertThat(c.unknownEntity()).isGreaterThanOrEqualTo(5);
                assertThat(c.badValues()).isEqualTo(3);
                assertThat(c.eventsIgnored()).isGreaterThanOrEqualTo(1);
                assertThat(bad).anyMatch(s -> s.contains("channel state 42")).anyMatch(s -> s.contains("unknown bridge nope"));
                assertThat(pbx.channels()).isEmpty();
                assertThat(pbx.bridge("b4").orElseThrow().members()).isEmpty();
                assertThat(pbx.channel("4.2").orElseThrow().isHungUp()).isTrue();
                // and the state is still usable: a normal call is followed
                fake.emit("Newchannel", channel("4.5", "PJSIP/ok-5", 0));
                Await.until(() -> pbx.channels().containsKey("4.5"), "a normal channel after the bad input");
                assertThat(pbx.reconcile().get(10, TimeUnit.SECONDS)).containsEntry(LiveChange.Kind.CHANNEL, 1);
            }
        }
    }

    @Test
    @DisplayName("listeners that throw (Error included) are counted and the others, and the publisher's subscribers, still get every change in order")
    void listenersAndPublisher() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client(); LivePbx pbx = LivePbx.start(client)) {
            pbx.ready().get(10, TimeUnit.SECONDS);
            pbx.onChange(c -> {
                throw new StackOverflowError("a listener's Error");
            });
            List<String> seen = new CopyOnWriteArrayList<>();
            pbx.<LiveChannel>onChange(LiveChange.Kind.CHANNEL, c -> seen.add(c.type() + " " + c.value().state()));
            List<LiveChange<?>> published = new CopyOnWriteArrayList<>();
            pbx.changes().subscribe(new CollectingSubscriber<>(published));
            fake.emit("Newchannel", channel("5.1", "PJSIP/a-1", 0));
            fake.emit("Newstate", channel("5.1", "PJSIP/a-1", 5));
            fake.emit("Newstate", channel("5.1", "PJSIP/a-1", 6));
            fake.emit("Hangup", channel("5.1", "PJSIP/a-1", 6, "Cause", "16"));
            Await.until(() -> seen.size() == 4 && published.size() == 4, "four changes");
            assertThat(seen).containsExactly("ADDED DOWN", "CHANGED RINGING", "CHANGED UP", "REMOVED UP");
            assertThat(pbx.counters().listenerFailures()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("10,000 calls: every table back to 0 once the retention of hung-up channels is over; the tables' bounds hold")
    void tenThousandCallsLeaveNothing() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client();
                LivePbx pbx = LivePbx.start(client, LiveConfig.defaults().withHungUpRetention(Duration.ofMillis(200)), null)) {
            pbx.ready().get(10, TimeUnit.SECONDS);
            int calls = 10_000;
            AtomicInteger maxChannels = new AtomicInteger();
            pbx.onChange(c -> maxChannels.accumulateAndGet(pbx.sizes().get("CHANNEL"), Math::max));
            for (int i = 0; i < calls; i++) {
                String a = "9." + (2 * i);
                String b = "9." + (2 * i + 1);
                String bridge = "br-" + i;
                fake.emit("Newchannel", channel(a, "PJSIP/a-" + i, 0));
                fake.emit("Newchannel", channel(b, "PJSIP/b-" + i, 0));
                fake.emit("Newstate", channel(b, "PJSIP/b-" + i, 6));
                fake.emit("Newstate", channel(a, "PJSIP/a-" + i, 6));
                fake.emit("BridgeCreate", bridge(bridge));
                fake.emit("BridgeEnter", concat(bridge(bridge), channel(a, "PJSIP/a-" + i, 6)));
                fake.emit("BridgeEnter", concat(bridge(bridge), channel(b, "PJSIP/b-" + i, 6)));
                fake.emit("BridgeLeave", concat(bridge(bridge), channel(a, "PJSIP/a-" + i, 6)));
                fake.emit("BridgeLeave", concat(bridge(bridge), channel(b, "PJSIP/b-" + i, 6)));
                fake.emit("BridgeDestroy", bridge(bridge));
                fake.emit("Hangup", channel(a, "PJSIP/a-" + i, 6, "Cause", "16"));
                fake.emit("Hangup", channel(b, "PJSIP/b-" + i, 6, "Cause", "16"));
            }
            Await.until(() -> pbx.counters().eventsApplied() >= calls * 12L, Duration.ofSeconds(120),
                    () -> "all events applied: " + pbx.counters());
            Await.until(() -> pbx.sizes().values().stream().allMatch(n -> n == 0), Duration.ofSeconds(20),
                    () -> "every table empty: " + pbx.sizes());
            assertThat(maxChannels.get()).isBetween(1, 100);
            assertThat(pbx.counters().unknownEntity()).isZero();
            assertThat(pbx.counters().overflows()).isZero();
        }
    }

    @Test
    @DisplayName("a FullyBooted (the server finished booting after the login) reads the lists again; reconcile runs on its period")
    void fullyBootedAndPeriodicReconcile() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client();
                LivePbx pbx = LivePbx.start(client, LiveConfig.defaults().withReconcileEvery(Duration.ofMillis(100)), null)) {
            pbx.ready().get(10, TimeUnit.SECONDS);
            long resyncs = pbx.counters().resyncs();
            fake.item("CoreShowChannels", "CoreShowChannel", channel("7.1", "PJSIP/late-1", 6));
            fake.emit("FullyBooted", "Status", "Fully Booted");
            Await.until(() -> pbx.counters().resyncs() > resyncs || pbx.counters().driftFound() > 0, "a resync after FullyBooted");
            Await.until(() -> pbx.channels().containsKey("7.1"), "the channel the late lists show");
            Await.until(() -> pbx.counters().reconciles() >= 3, "three periodic reconciles");
        }
    }

    @Test
    @DisplayName("a table's bound holds: channels beyond it are refused, counted, and a resync follows")
    void boundHolds() throws Exception {
        try (FakePbx fake = new FakePbx(); AmiClient client = fake.client();
                LivePbx pbx = LivePbx.start(client, LiveConfig.defaults().withMaxChannels(5), null)) {
            pbx.ready().get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 8; i++) {
                fake.emit("Newchannel", channel("6." + i, "PJSIP/a-" + i, 0));
            }
            Await.until(() -> pbx.counters().overflows() >= 3 && pbx.counters().resyncs() >= 2, "overflows and a resync");
            assertThat(pbx.sizes().get("CHANNEL")).isLessThanOrEqualTo(5);
        }
    }
}
