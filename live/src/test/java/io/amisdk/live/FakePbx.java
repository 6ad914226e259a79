package io.amisdk.live;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.ReconnectPolicy;
import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.FakeSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A FakeAsterisk that answers the live layer's list actions from a scripted server state. */
final class FakePbx implements AutoCloseable {
    final FakeAsterisk ami = FakeAsterisk.builder().credentials("admin", "secret").keepHistory(false).start();
    /** The items each list action answers with: event name then header pairs. */
    final Map<String, List<String[]>> lists = new ConcurrentHashMap<>();
    /** Run before a list's answer is written (to send events "during" the list). */
    final Map<String, Consumer<FakeSession>> during = new ConcurrentHashMap<>();

    FakePbx() {
        for (String action : List.of("CoreShowChannels", "BridgeList", "QueueStatus", "ParkedCalls", "DeviceStateList",
                "ExtensionStateList", "PresenceStateList", "ConfbridgeListRooms", "ConfbridgeList")) {
            lists.put(action, new CopyOnWriteArrayList<>());
            ami.handle(action, (a, session) -> {
                Consumer<FakeSession> hook = during.get(action);
                if (hook != null) {
                    hook.accept(session);
                }
                List<String[]> items = new ArrayList<>(lists.get(action));
                if (action.equals("ConfbridgeList")) {
                    items.removeIf(i -> !a.get("Conference").equals(value(i, "Conference")));
                }
                if (items.isEmpty() && action.startsWith("Confbridge")) {
                    session.error(a, action.equals("ConfbridgeListRooms") ? "No active conferences." : "No Conference by that name found.");
                    return;
                }
                session.reply(a, "Response", "Success", "EventList", "start", "Message", "will follow");
                for (String[] item : items) {
                    String[] pairs = new String[item.length + 1];
                    pairs[0] = "ActionID";
                    pairs[1] = a.actionId();
                    System.arraycopy(item, 1, pairs, 2, item.length - 1);
                    session.event(item[0], pairs);
                }
                session.event(action.equals("ConfbridgeListRooms") ? "ConfbridgeListRoomsComplete" : action + "Complete",
                        "ActionID", a.actionId(), "EventList", "Complete", "ListItems", Integer.toString(items.size()));
            });
        }
    }

    private static String value(String[] item, String header) {
        for (int i = 1; i + 1 < item.length; i += 2) {
            if (item[i].equals(header)) {
                return item[i + 1];
            }
        }
        return null;
    }

    /** A list item: the event name, then header pairs. */
    void item(String action, String event, String... pairs) {
        String[] item = new String[pairs.length + 1];
        item[0] = event;
        System.arraycopy(pairs, 0, item, 1, pairs.length);
        lists.get(action).add(item);
    }

    AmiClient client() {
        return AmiClient.connect(AmiClientConfig.builder().host(ami.host()).port(ami.port()).credentials("admin", "secret")
                .reconnectPolicy(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(200)).build())
                .limits(l -> l.eventQueueCapacity(200_000)).build());
    }

    /** A channel's snapshot headers plus more pairs. */
    static String[] channel(String uid, String name, int state, String... more) {
        String[] base = {"Channel", name, "ChannelState", Integer.toString(state), "ChannelStateDesc", ChannelState.of(state).text(),
            "CallerIDNum", "100", "CallerIDName", "Desk", "ConnectedLineNum", "<unknown>", "ConnectedLineName", "<unknown>",
            "Language", "en", "AccountCode", "", "Context", "test", "Exten", "200", "Priority", "1", "Uniqueid", uid,
            "Linkedid", uid};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static String[] bridge(String id, String... more) {
        String[] base = {"BridgeUniqueid", id, "BridgeType", "basic", "BridgeTechnology", "simple_bridge",
            "BridgeCreator", "<unknown>", "BridgeName", "<unknown>", "BridgeNumChannels", "0"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    void emit(String event, String... pairs) {
        ami.emit(event, pairs);
    }

    @Override
    public void close() {
        ami.close();
    }
}
