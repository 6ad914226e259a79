package io.amisdk.live;

import java.util.Map;
import java.util.Optional;

/**
 * The live state at one moment, immutable and consistent (taken between two events).
 *
 * @param channels    channels up, by unique ID (hung-up ones are not here)
 * @param bridges     bridges by ID
 * @param queues      queues by name
 * @param conferences ConfBridge conferences by name
 * @param parkedCalls parked calls by the parked channel's unique ID
 * @param devices     device states by device
 * @param extensions  extension states by {@code exten@context}
 * @param presences   presence states by presentity
 */
public record LiveSnapshot(Map<String, LiveChannel> channels, Map<String, LiveBridge> bridges,
        Map<String, LiveQueue> queues, Map<String, Conference> conferences, Map<String, ParkedCall> parkedCalls,
        Map<String, DeviceState> devices, Map<String, ExtensionState> extensions, Map<String, PresenceState> presences) {

    /** A channel by name. */
    public Optional<LiveChannel> channelByName(String name) {
        return channels.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
