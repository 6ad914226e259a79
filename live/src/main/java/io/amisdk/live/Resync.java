package io.amisdk.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the server's lists (the list actions of every table, sent together) and builds a store from them. Lists
 * Asterisk answers with an error when empty or absent (ConfbridgeListRooms "No active conferences.", an unloaded
 * module) count as empty.
 */
final class Resync {
    /**
     * The list actions, in the order their items are applied. ExtensionStateList's items carry no presence: each of
     * PresenceStateList's, applied after them, gives its state to the hints whose presence provider it is.
     */
    static final List<String> LISTS = List.of("CoreShowChannels", "BridgeList", "QueueStatus", "ParkedCalls",
            "DeviceStateList", "ExtensionStateList", "PresenceStateList");

    private Resync() {
    }

    /** Every list's items, in {@link #LISTS} order, then each conference's participants. */
    static CompletableFuture<List<ServerEvent>> fetch(AmiLink link) {
        List<CompletableFuture<AmiLink.ListResult>> lists = new ArrayList<>();
        for (String action : LISTS) {
            lists.add(link.list(action, Map.of()));
        }
        CompletableFuture<List<ServerEvent>> conferences = link.list("ConfbridgeListRooms", Map.of()).thenCompose(rooms -> {
            List<CompletableFuture<AmiLink.ListResult>> each = new ArrayList<>();
            for (ServerEvent room : rooms.items()) {
                each.add(link.list("ConfbridgeList", Map.of("Conference", room.text("Conference"))));
            }
            return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<ServerEvent> items = new ArrayList<>(rooms.items());
                each.forEach(f -> items.addAll(f.join().items()));
                return items;
            });
        });
        return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new)).thenCombine(conferences, (done, conf) -> {
            List<ServerEvent> items = new ArrayList<>();
            lists.forEach(f -> items.addAll(f.join().items()));
            items.addAll(conf);
            return items;
        });
    }

    /** Applies the list items to the (scratch) store, then gives the listed bridges their members. */
    static void load(LiveStore store, List<ServerEvent> items, Instant now) {
        ApplyCounters quiet = ApplyCounters.quiet();
        for (ServerEvent item : items) {
            if ("CoreShowChannel".equalsIgnoreCase(item.name()) && store.isHungUp(item.get("Uniqueid"))) {
                continue; // its Hangup was applied already: the list raced it
            }
            EventApplier.apply(store, item, quiet, now);
        }
        Map<String, Set<String>> members = new java.util.HashMap<>();
        for (LiveChannel c : List.copyOf(store.channels.map().values())) {
            if (c.bridgeId() == null) {
                continue;
            }
            if (store.bridges.has(c.bridgeId())) {
                members.computeIfAbsent(c.bridgeId(), b -> new HashSet<>()).add(c.uniqueId());
            } else {
                store.putChannel(c.withBridge(null)); // the bridge was gone when BridgeList ran
            }
        }
        members.forEach((id, uids) -> store.bridges.put(id, store.bridges.get(id).withMembers(uids)));
    }
}
