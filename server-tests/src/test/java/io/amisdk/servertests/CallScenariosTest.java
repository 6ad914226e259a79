package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.sdk.action.AtxferAction;
import io.amisdk.sdk.action.BlindTransferAction;
import io.amisdk.sdk.action.ConfbridgeListAction;
import io.amisdk.sdk.action.ConfbridgeListRoomsAction;
import io.amisdk.sdk.action.CoreShowChannelsAction;
import io.amisdk.sdk.action.DBDelAction;
import io.amisdk.sdk.action.DBGetAction;
import io.amisdk.sdk.action.DBPutAction;
import io.amisdk.sdk.action.DialplanExtensionAddAction;
import io.amisdk.sdk.action.ExtensionStateAction;
import io.amisdk.sdk.action.GetvarAction;
import io.amisdk.sdk.action.HangupAction;
import io.amisdk.sdk.action.MailboxCountAction;
import io.amisdk.sdk.action.MailboxStatusAction;
import io.amisdk.sdk.action.MixMonitorAction;
import io.amisdk.sdk.action.OriginateAction;
import io.amisdk.sdk.action.ParkAction;
import io.amisdk.sdk.action.ParkedCallsAction;
import io.amisdk.sdk.action.QueueAddAction;
import io.amisdk.sdk.action.QueuePauseAction;
import io.amisdk.sdk.action.QueueRemoveAction;
import io.amisdk.sdk.action.QueueStatusAction;
import io.amisdk.sdk.action.RedirectAction;
import io.amisdk.sdk.action.SetvarAction;
import io.amisdk.sdk.action.StopMixMonitorAction;
import io.amisdk.sdk.action.UserEventAction;
import io.amisdk.sdk.action.VoicemailUsersListAction;
import io.amisdk.sdk.event.AgentConnectEvent;
import io.amisdk.sdk.event.BlindTransferEvent;
import io.amisdk.sdk.event.BridgeEnterEvent;
import io.amisdk.sdk.event.ConfbridgeEndEvent;
import io.amisdk.sdk.event.ConfbridgeJoinEvent;
import io.amisdk.sdk.event.ConfbridgeLeaveEvent;
import io.amisdk.sdk.event.ConfbridgeListEvent;
import io.amisdk.sdk.event.ConfbridgeListRoomsEvent;
import io.amisdk.sdk.event.CoreShowChannelEvent;
import io.amisdk.sdk.event.DBGetResponseEvent;
import io.amisdk.sdk.event.DTMFEndEvent;
import io.amisdk.sdk.event.ExtensionStatusEvent;
import io.amisdk.sdk.event.HangupEvent;
import io.amisdk.sdk.event.MixMonitorStartEvent;
import io.amisdk.sdk.event.MixMonitorStopEvent;
import io.amisdk.sdk.event.NewExtenEvent;
import io.amisdk.sdk.event.NewchannelEvent;
import io.amisdk.sdk.event.OriginateResponseEvent;
import io.amisdk.sdk.event.ParkedCallEvent;
import io.amisdk.sdk.event.QueueCallerJoinEvent;
import io.amisdk.sdk.event.QueueCallerLeaveEvent;
import io.amisdk.sdk.event.QueueMemberAddedEvent;
import io.amisdk.sdk.event.QueueMemberEvent;
import io.amisdk.sdk.event.QueueMemberPauseEvent;
import io.amisdk.sdk.event.QueueMemberRemovedEvent;
import io.amisdk.sdk.event.QueueParamsEvent;
import io.amisdk.sdk.event.QueueStatusItem;
import io.amisdk.sdk.event.UserEventEvent;
import io.amisdk.sdk.event.VarSetEvent;
import io.amisdk.sdk.event.VoicemailUserEntryEvent;
import io.amisdk.sdk.response.ExtensionStateResponse;
import io.amisdk.sdk.response.MailboxCountResponse;
import io.amisdk.sdk.response.MailboxStatusResponse;
import io.amisdk.sdk.type.ChannelState;
import io.amisdk.sdk.type.ExtensionStates;
import io.amisdk.sdk.type.Membership;
import io.amisdk.sdk.type.TransferResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real calls on the server's {@code [test]} dialplan, driven over AMI through the SDK, each asserting
 * the typed events, list items and responses it must produce, with their values. Originated channels
 * get their uniqueids from the test ({@code ChannelId}/{@code OtherChannelId}), so every event is
 * matched to its call exactly.
 */
@RealServerTest
@Order(2)
@DisplayName("real calls, typed events")
class CallScenariosTest {
    private static final AtomicInteger CALLS = new AtomicInteger();
    private static AmiClient ami;
    private static final Events events = new Events();

    @BeforeAll
    static void connect(AsteriskServer server) {
        ami = AsteriskServer.connect(AsteriskServer.admin().build());
        ami.onAnyEvent(events::add);
        SeenEvents.ran(CallScenariosTest.class);
    }

    @AfterAll
    static void close() {
        if (ami != null) {
            ami.close();
        }
    }

    @AfterEach
    void hangUpEverything() throws Exception {
        try {
            ami.send(HangupAction.builder().channel("/^Local\\//").build()).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            // "No such channel": nothing left
        }
        FaultsTest.await(() -> channels().isEmpty(), Duration.ofSeconds(15), "every channel is gone");
    }

    /** One originated call: the Local channel's two halves, by the uniqueids the test gave them. */
    record Call(String id, String otherId, OriginateResponseEvent response) {
        String channel() {
            return events.await(NewchannelEvent.class, e -> id.equals(e.uniqueid())).channel();
        }

        String otherChannel() {
            return events.await(NewchannelEvent.class, e -> otherId.equals(e.uniqueid())).channel();
        }
    }

    private static Call originate(String exten, String application, String data) throws Exception {
        String id = "amisdk-" + exten + "-" + CALLS.incrementAndGet();
        OriginateResponseEvent response = ami.sendAndAwaitEvent(OriginateAction.builder()
                .channel("Local/" + exten + "@test").application(application).data(data)
                .channelId(id).otherChannelId(id + "-2").async(true).build(),
                OriginateResponseEvent.class, Duration.ofSeconds(20)).get(25, TimeUnit.SECONDS);
        return new Call(id, id + "-2", response);
    }

    @Test
    @DisplayName("Originate into each extension of [test]: OriginateResponse, Newchannel, NewExten, Hangup")
    void originateIntoEachExtension() throws Exception {
        String[][] extensions = {{"100", "Answer"}, {"200", "Answer"}, {"201", "Answer"}, {"300", "ConfBridge"},
                {"400", "Queue"}, {"500", "Park"}};
        for (String[] ext : extensions) {
            // 100 hangs up after 1 s: the originated end waits longer, so that its partner surely ends first
            Call call = originate(ext[0], "Wait", ext[0].equals("100") ? "5" : "2");
            assertThat(call.response().response()).as(ext[0]).contains(OriginateResponseEvent.Response.SUCCESS);
            assertThat(call.response().reason()).as("reason 4: answered").contains(OriginateResponseEvent.Reason.ANSWERED);
            assertThat(call.response().channel()).startsWith("Local/" + ext[0] + "@test-");
            assertThat(call.response().uniqueid()).isEqualTo(call.id());

            NewchannelEvent created = events.await(NewchannelEvent.class, e -> call.otherId().equals(e.uniqueid()));
            assertThat(created.channel()).startsWith("Local/" + ext[0] + "@test-").endsWith(";2");
            assertThat(created.context()).isEqualTo("test");
            assertThat(created.exten()).isEqualTo(ext[0]);
            NewExtenEvent app = events.await(NewExtenEvent.class,
                    e -> call.otherId().equals(e.uniqueid()) && ext[1].equals(e.application()));
            assertThat(app.context()).isEqualTo("test");
            assertThat(app.exten()).isEqualTo(ext[0]);

            HangupEvent far = events.await(HangupEvent.class, e -> call.otherId().equals(e.uniqueid()));
            HangupEvent near = events.await(HangupEvent.class, e -> call.id().equals(e.uniqueid()));
            assertThat(near.channel()).isEqualTo(call.response().channel());
            assertThat(far.channel()).isEqualTo(created.channel());
            // which half ends first is a race but for 100 (its dialplan hangs up after 1 s, before Wait(2) ends)
            for (HangupEvent h : List.of(near, far)) {
                assertThat(h.cause().orElse(-1) + " " + h.causeTxt()).as(ext[0]).isIn("16 Normal Clearing", "0 Unknown");
            }
            if (ext[0].equals("100")) {
                assertThat(near.cause().orElse(-1) + " " + near.causeTxt()).isEqualTo("16 Normal Clearing");
            }
        }
    }

    @Test
    @DisplayName("a queue call answered by a member: QueueCallerJoin, AgentConnect, QueueStatus items, QueueCallerLeave")
    void queueCallAnsweredByAMember() throws Exception {
        Call call = originate("400", "Wait", "20");
        QueueCallerJoinEvent joined = events.await(QueueCallerJoinEvent.class, e -> call.otherId().equals(e.uniqueid()));
        assertThat(joined.queue()).isEqualTo("support");
        assertThat(joined.position()).hasValue(1);
        AgentConnectEvent connected = events.await(AgentConnectEvent.class, e -> call.otherId().equals(e.uniqueid()));
        assertThat(connected.queue()).isEqualTo("support");
        assertThat(connected.memberName()).isIn("Local/200@test", "Local/201@test");

        AmiListResponse<QueueStatusItem> status = ami.sendList(QueueStatusAction.builder().queue("support").build())
                .get(10, TimeUnit.SECONDS);
        List<QueueParamsEvent> params = items(status, QueueParamsEvent.class);
        assertThat(params).singleElement().satisfies(p -> {
            assertThat(p.queue()).isEqualTo("support");
            assertThat(p.strategy()).isEqualTo("ringall");
        });
        assertThat(items(status, QueueMemberEvent.class)).extracting(QueueMemberEvent::name)
                .containsExactlyInAnyOrder("Local/200@test", "Local/201@test");

        ami.send(HangupAction.builder().channel(call.otherChannel()).build()).get(10, TimeUnit.SECONDS);
        QueueCallerLeaveEvent left = events.await(QueueCallerLeaveEvent.class, e -> call.otherId().equals(e.uniqueid()));
        assertThat(left.queue()).isEqualTo("support");
        assertThat(left.count()).hasValue(0);
    }

    @Test
    @DisplayName("QueueAdd, QueuePause, QueueRemove: the member events and the member in QueueStatus")
    void queueMembership() throws Exception {
        String member = "Local/999@amisdk-queue";
        ami.send(QueueAddAction.builder().queue("support").interfaceValue(member).memberName("amisdk").build())
                .get(10, TimeUnit.SECONDS);
        QueueMemberAddedEvent added = events.await(QueueMemberAddedEvent.class, e -> "amisdk".equals(e.memberName()));
        assertThat(added.queue()).isEqualTo("support");
        assertThat(added.membership()).contains(Membership.DYNAMIC);
        assertThat(added.paused()).contains(false);

        ami.send(QueuePauseAction.builder().queue("support").interfaceValue(member).paused(true).reason("lunch").build())
                .get(10, TimeUnit.SECONDS);
        QueueMemberPauseEvent paused = events.await(QueueMemberPauseEvent.class, e -> "amisdk".equals(e.memberName()));
        assertThat(paused.paused()).contains(true);
        assertThat(paused.pausedReason()).isEqualTo("lunch");
        AmiListResponse<QueueStatusItem> status = ami.sendList(QueueStatusAction.builder().queue("support").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(items(status, QueueMemberEvent.class)).filteredOn(m -> "amisdk".equals(m.name())).singleElement()
                .satisfies(m -> {
                    assertThat(m.paused()).contains(true);
                    assertThat(m.membership()).contains(Membership.DYNAMIC);
                });

        ami.send(QueueRemoveAction.builder().queue("support").interfaceValue(member).build()).get(10, TimeUnit.SECONDS);
        QueueMemberRemovedEvent removed = events.await(QueueMemberRemovedEvent.class, e -> "amisdk".equals(e.memberName()));
        assertThat(removed.queue()).isEqualTo("support");
    }

    @Test
    @DisplayName("ConfBridge with two callers: ConfbridgeStart/Join, ConfbridgeList items, ListRooms, Leave, End")
    void confBridgeWithTwoCallers() throws Exception {
        Call first = originate("300", "Wait", "20");
        Call second = originate("300", "Wait", "20");
        for (Call c : List.of(first, second)) {
            ConfbridgeJoinEvent join = events.await(ConfbridgeJoinEvent.class, e -> c.otherId().equals(e.uniqueid()));
            assertThat(join.conference()).isEqualTo("1");
        }
        List<ConfbridgeListEvent> members = ami.sendList(ConfbridgeListAction.builder().conference("1").build())
                .get(10, TimeUnit.SECONDS).items();
        assertThat(members).extracting(ConfbridgeListEvent::uniqueid).containsExactlyInAnyOrder(first.otherId(), second.otherId());
        assertThat(members).allSatisfy(m -> assertThat(m.conference()).isEqualTo("1"));
        List<ConfbridgeListRoomsEvent> rooms = ami.sendList(ConfbridgeListRoomsAction.builder().build())
                .get(10, TimeUnit.SECONDS).items();
        assertThat(rooms).singleElement().satisfies(r -> {
            assertThat(r.conference()).isEqualTo("1");
            assertThat(r.parties()).hasValue(2);
            assertThat(r.locked()).contains(false);
        });

        for (Call c : List.of(first, second)) {
            ami.send(HangupAction.builder().channel(c.otherChannel()).build()).get(10, TimeUnit.SECONDS);
            events.await(ConfbridgeLeaveEvent.class, e -> c.otherId().equals(e.uniqueid()));
        }
        assertThat(events.await(ConfbridgeEndEvent.class, e -> "1".equals(e.conference())).conference()).isEqualTo("1");
    }

    @Test
    @DisplayName("Park in the dialplan and with the Park action: ParkedCall events and ParkedCalls items")
    void parking() throws Exception {
        Call dialplan = originate("500", "Wait", "20");
        ParkedCallEvent parked = events.await(ParkedCallEvent.class, e -> dialplan.otherId().equals(e.parkeeUniqueid()));
        assertThat(parked.parkinglot()).isEqualTo("default");
        assertThat(parked.parkingSpace().getAsInt()).isBetween(701, 720);

        Call byAction = originate("200", "Wait", "20");
        ami.send(ParkAction.builder().channel(byAction.otherChannel()).parkinglot("default").build()).get(10, TimeUnit.SECONDS);
        ParkedCallEvent parked2 = events.await(ParkedCallEvent.class, e -> byAction.otherId().equals(e.parkeeUniqueid()));
        assertThat(parked2.parkingSpace()).isNotEqualTo(parked.parkingSpace());

        List<ParkedCallEvent> lot = ami.sendList(ParkedCallsAction.builder().build()).get(10, TimeUnit.SECONDS).items();
        assertThat(lot).extracting(ParkedCallEvent::parkeeUniqueid)
                .containsExactlyInAnyOrder(dialplan.otherId(), byAction.otherId());
        assertThat(lot).allSatisfy(p -> assertThat(p.parkinglot()).isEqualTo("default"));
    }

    @Test
    @DisplayName("Setvar and Getvar on a channel, CoreShowChannels, then Redirect to another extension")
    void setvarGetvarRedirect() throws Exception {
        Call call = originate("200", "Wait", "20");
        String channel = call.otherChannel();
        events.await(NewExtenEvent.class, e -> call.otherId().equals(e.uniqueid()) && "Wait".equals(e.application()));
        ami.send(SetvarAction.builder().channel(channel).variable("AMISDK").value("hello").build()).get(10, TimeUnit.SECONDS);
        VarSetEvent set = events.await(VarSetEvent.class, e -> call.otherId().equals(e.uniqueid()) && "AMISDK".equals(e.variable()));
        assertThat(set.value()).isEqualTo("hello");
        AmiResponse got = ami.send(GetvarAction.builder().channel(channel).variable("AMISDK").build()).get(10, TimeUnit.SECONDS);
        assertThat(got.get("Value")).isEqualTo("hello");

        List<CoreShowChannelEvent> up = ami.sendList(CoreShowChannelsAction.builder().build()).get(10, TimeUnit.SECONDS).items();
        assertThat(up).filteredOn(c -> call.otherId().equals(c.uniqueid())).singleElement().satisfies(c -> {
            assertThat(c.channel()).isEqualTo(channel);
            assertThat(c.application()).isEqualTo("Wait");
            assertThat(c.applicationData()).isEqualTo("30");
            assertThat(c.channelStateDesc()).contains(ChannelState.UP);
        });

        ami.send(RedirectAction.builder().channel(channel).context("test").exten("201").priority(1).build())
                .get(10, TimeUnit.SECONDS);
        NewExtenEvent moved = events.await(NewExtenEvent.class, e -> call.otherId().equals(e.uniqueid()) && "201".equals(e.exten()));
        assertThat(moved.context()).isEqualTo("test");
        assertThat(moved.application()).isEqualTo("Answer");
    }

    @Test
    @DisplayName("BlindTransfer of a bridged call: BridgeEnter, BlindTransfer event, the transferee in the new extension")
    void blindTransfer() throws Exception {
        Call call = originate("200", "Dial", "Local/201@test");
        BridgeEnterEvent entered = events.await(BridgeEnterEvent.class, e -> call.id().equals(e.uniqueid()));
        BridgeEnterEvent peer = events.await(BridgeEnterEvent.class,
                e -> entered.bridgeUniqueid().equals(e.bridgeUniqueid()) && !call.id().equals(e.uniqueid()));
        assertThat(peer.channel()).startsWith("Local/201@test-");

        ami.send(BlindTransferAction.builder().channel(call.channel()).context("test").exten("100").build())
                .get(10, TimeUnit.SECONDS);
        BlindTransferEvent transfer = events.await(BlindTransferEvent.class, e -> call.id().equals(e.transfererUniqueid()));
        assertThat(transfer.result()).contains(TransferResult.SUCCESS);
        assertThat(transfer.extension()).isEqualTo("100");
        assertThat(transfer.context()).isEqualTo("test");
        assertThat(transfer.transfereeUniqueid()).isEqualTo(peer.uniqueid());
        events.await(NewExtenEvent.class, e -> peer.uniqueid().equals(e.uniqueid()) && "100".equals(e.exten()));
    }

    @Test
    @DisplayName("Atxfer of a bridged call (feature code set on the channel): accepted, the feature code and target played as DTMF")
    void attendedTransfer() throws Exception {
        // Asterisk 22 has no default atxfer code (and features.conf is not installed): the transferer sets one
        // before it joins the bridge (features are read then), and Dial's T lets it, the caller, transfer
        ami.send(DialplanExtensionAddAction.builder().context("amisdk-atxfer").extension("s").priority("1")
                .application("Set").applicationData("FEATUREMAP(atxfer)=*2").replace("true").build()).get(10, TimeUnit.SECONDS);
        ami.send(DialplanExtensionAddAction.builder().context("amisdk-atxfer").extension("s").priority("2")
                .application("Dial").applicationData("Local/201@test,,T").replace("true").build()).get(10, TimeUnit.SECONDS);
        String id = "amisdk-atxfer-" + CALLS.incrementAndGet();
        OriginateResponseEvent response = ami.sendAndAwaitEvent(OriginateAction.builder()
                .channel("Local/s@amisdk-atxfer").application("Wait").data("20")
                .channelId(id).otherChannelId(id + "-2").async(true).build(),
                OriginateResponseEvent.class, Duration.ofSeconds(20)).get(25, TimeUnit.SECONDS);
        Call call = new Call(id, id + "-2", response);
        BridgeEnterEvent entered = events.await(BridgeEnterEvent.class, e -> call.otherId().equals(e.uniqueid()));
        events.await(BridgeEnterEvent.class,
                e -> entered.bridgeUniqueid().equals(e.bridgeUniqueid()) && !call.otherId().equals(e.uniqueid()));
        AmiResponse queued = ami.send(AtxferAction.builder().channel(call.otherChannel()).context("test").exten("100").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(queued.message()).isEqualTo("Atxfer successfully queued");
        // Atxfer plays the feature code and the target as DTMF on the transferer; with no sound files installed
        // Asterisk cannot prompt for the target ("Unable to acquire target extension"), so the DTMF is what shows
        for (String digit : List.of("*", "2", "1", "0")) {
            DTMFEndEvent dtmf = events.await(DTMFEndEvent.class,
                    e -> call.otherId().equals(e.uniqueid()) && digit.equals(e.digit()));
            assertThat(dtmf.channel()).isEqualTo(call.otherChannel());
        }
    }

    @Test
    @DisplayName("MixMonitor and StopMixMonitor: MixMonitorStart and MixMonitorStop on the channel")
    void mixMonitor() throws Exception {
        Call call = originate("200", "Wait", "20");
        ami.send(MixMonitorAction.builder().channel(call.otherChannel()).file("amisdk-" + call.id() + ".wav").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(events.await(MixMonitorStartEvent.class, e -> call.otherId().equals(e.uniqueid())).channel())
                .isEqualTo(call.otherChannel());
        ami.send(StopMixMonitorAction.builder().channel(call.otherChannel()).build()).get(10, TimeUnit.SECONDS);
        assertThat(events.await(MixMonitorStopEvent.class, e -> call.otherId().equals(e.uniqueid())).channel())
                .isEqualTo(call.otherChannel());
    }

    @Test
    @DisplayName("ExtensionState while the hint of 200 changes: ExtensionStatus events and the action's answer")
    void extensionStateFollowsTheHint() throws Exception {
        ExtensionStateResponse before = ami.send(ExtensionStateAction.builder().exten("200").context("test").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(before.hint()).isEqualTo("Custom:ext200,CustomPresence:ext200");
        try {
            ami.send(SetvarAction.builder().variable("DEVICE_STATE(Custom:ext200)").value("INUSE").build()).get(10, TimeUnit.SECONDS);
            ExtensionStatusEvent inUse = events.await(ExtensionStatusEvent.class,
                    e -> "200".equals(e.exten()) && e.status().equals(Optional.of(ExtensionStatusEvent.Status.IN_USE)));
            assertThat(inUse.context()).isEqualTo("test");
            assertThat(inUse.statusText()).contains(ExtensionStates.IN_USE);
            assertThat(inUse.hint()).isEqualTo("Custom:ext200,CustomPresence:ext200");
            ExtensionStateResponse now = ami.send(ExtensionStateAction.builder().exten("200").context("test").build())
                    .get(10, TimeUnit.SECONDS);
            assertThat(now.statusValue()).hasValue(1);
            assertThat(now.statusText()).contains(ExtensionStates.IN_USE);
        } finally {
            ami.send(SetvarAction.builder().variable("DEVICE_STATE(Custom:ext200)").value("NOT_INUSE").build()).get(10, TimeUnit.SECONDS);
        }
        assertThat(events.await(ExtensionStatusEvent.class, e -> "200".equals(e.exten()) && e.status().equals(Optional.of(ExtensionStatusEvent.Status.IDLE))).statusText())
                .contains(ExtensionStates.IDLE);
    }

    @Test
    @DisplayName("DBPut, DBGet (a DBGetResponse item), DBDel, then DBGet refused")
    void database() throws Exception {
        ami.send(DBPutAction.builder().family("amisdk").key("scenario").val("42").build()).get(10, TimeUnit.SECONDS);
        List<DBGetResponseEvent> got = ami.sendList(DBGetAction.builder().family("amisdk").key("scenario").build())
                .get(10, TimeUnit.SECONDS).items();
        assertThat(got).singleElement().satisfies(e -> {
            assertThat(e.family()).isEqualTo("amisdk");
            assertThat(e.key()).isEqualTo("scenario");
            assertThat(e.val()).isEqualTo("42");
        });
        ami.send(DBDelAction.builder().family("amisdk").key("scenario").build()).get(10, TimeUnit.SECONDS);
        assertThat(FaultsTest.refusal(ami.sendList(DBGetAction.builder().family("amisdk").key("scenario").build())
                .thenApply(AmiListResponse::response)).message()).isEqualTo("Database entry not found");
    }

    @Test
    @DisplayName("mailbox counts: 100 has one new message, 101 none; VoicemailUsersList items")
    void mailboxes() throws Exception {
        MailboxCountResponse count100 = ami.send(MailboxCountAction.builder().mailbox("100@default").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(count100.newMessages()).hasValue(1);
        assertThat(count100.oldMessages()).hasValue(0);
        MailboxCountResponse count101 = ami.send(MailboxCountAction.builder().mailbox("101@default").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(count101.newMessages()).hasValue(0);
        MailboxStatusResponse status = ami.send(MailboxStatusAction.builder().mailbox("100@default").build())
                .get(10, TimeUnit.SECONDS);
        assertThat(status.waiting()).hasValue(1);

        List<VoicemailUserEntryEvent> users = ami.sendList(VoicemailUsersListAction.builder().build())
                .get(10, TimeUnit.SECONDS).items();
        assertThat(users).extracting(VoicemailUserEntryEvent::voiceMailbox).containsExactlyInAnyOrder("100", "101");
        assertThat(users).filteredOn(u -> "100".equals(u.voiceMailbox())).singleElement().satisfies(u -> {
            assertThat(u.vmContext()).isEqualTo("default");
            assertThat(u.fullname()).isEqualTo("Test User One");
            assertThat(u.newMessageCount()).hasValue(1);
        });
    }

    @Test
    @DisplayName("UserEvent: a UserEvent event with its name and header")
    void userEvent() throws Exception {
        ami.send(UserEventAction.builder().userEvent("AmisdkScenario").header("Header1", "x").build())
                .get(10, TimeUnit.SECONDS);
        UserEventEvent e = events.await(UserEventEvent.class, u -> "AmisdkScenario".equals(u.userEvent()));
        assertThat(e.headers().get("Header1")).isEqualTo("x");
    }

    private static List<CoreShowChannelEvent> channels() {
        try {
            return ami.sendList(CoreShowChannelsAction.builder().build()).get(10, TimeUnit.SECONDS).items();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static <E extends AmiEvent> List<E> items(AmiListResponse<? extends AmiEvent> list, Class<E> type) {
        return list.items().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
