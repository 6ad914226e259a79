package io.amisdk.live;

/**
 * A queue member, keyed by queue and interface.
 *
 * @param queue          the queue
 * @param iface          its interface ({@code Location} in QueueStatus, {@code Interface} in events)
 * @param name           member name
 * @param stateInterface the interface whose device state counts
 * @param membership     static, dynamic or realtime
 * @param penalty        penalty
 * @param callsTaken     calls taken (as Asterisk counts them)
 * @param lastCall       the last call's end, in seconds since the epoch (0: none)
 * @param inCall         whether it is in a call
 * @param status         the member's device state (its {@code Status} number)
 * @param paused         paused
 * @param pausedReason   the pause reason, empty when none
 */
public record QueueMember(String queue, String iface, String name, String stateInterface, String membership,
        int penalty, int callsTaken, long lastCall, boolean inCall, DeviceStatus status, boolean paused, String pausedReason) {

    Object comparable() {
        return java.util.List.of(queue, iface, name, stateInterface, membership, penalty, callsTaken, inCall, status, paused,
                pausedReason);
    }
}
