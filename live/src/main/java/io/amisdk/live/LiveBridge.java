package io.amisdk.live;

import java.util.Set;

/**
 * A bridge, keyed by its {@code BridgeUniqueid}.
 *
 * @param id         {@code BridgeUniqueid}
 * @param type       {@code BridgeType} (basic, base, ...)
 * @param technology {@code BridgeTechnology} (simple_bridge, softmix, holding_bridge, ...)
 * @param creator    {@code BridgeCreator}, null when unknown
 * @param name       {@code BridgeName}, null when unknown
 * @param members    the unique IDs of the channels in it
 */
public record LiveBridge(String id, String type, String technology, String creator, String name, Set<String> members) {
    public LiveBridge {
        members = Set.copyOf(members);
    }

    LiveBridge withMembers(Set<String> newMembers) {
        return new LiveBridge(id, type, technology, creator, name, newMembers);
    }

    Object comparable() {
        return java.util.List.of(id, new java.util.TreeSet<>(members));
    }
}
