package io.amisdk.live;

/**
 * One change of the live state: an entity added, changed or removed, with its value before and after.
 *
 * @param kind   which table changed
 * @param type   added, changed or removed
 * @param key    the entity's key (unique ID, bridge ID, queue name, {@code queue/interface}, ...)
 * @param before the value before (null when added)
 * @param after  the value after (null when removed)
 * @param cause  what made the change: an event, a resync after a (re)connect, or a reconcile that found drift
 * @param <T>    the entity's type ({@link LiveChannel}, {@link LiveBridge}, ...)
 */
public record LiveChange<T>(Kind kind, Type type, String key, T before, T after, Cause cause) {

    /**
     * The tables of the live state, and the type of a change's values: {@link LiveChannel}, {@link LiveBridge},
     * {@link LiveQueue} (its parameters changed; members and callers are their own kinds), {@link QueueMember},
     * {@link QueueCaller}, {@link Conference}, {@link Participant}, {@link ParkedCall}, {@link DeviceState},
     * {@link ExtensionState}, {@link PresenceState}. A presence change is an {@code EXTENSION_STATE} change of every
     * hint whose presence provider it is (its {@link ExtensionState#presence()} before and after) and a
     * {@code PRESENCE_STATE} change of the provider.
     */
    public enum Kind { CHANNEL, BRIDGE, QUEUE, QUEUE_MEMBER, QUEUE_CALLER, CONFERENCE, PARTICIPANT, PARKED_CALL,
        DEVICE_STATE, EXTENSION_STATE, PRESENCE_STATE }

    /** What happened to the entity. */
    public enum Type { ADDED, CHANGED, REMOVED }

    /** Why. */
    public enum Cause {
        /** An AMI event. */
        EVENT,
        /** The list actions after a (re)connect: what changed while the link was down, or the initial state. */
        RESYNC,
        /** {@link LivePbx#reconcile()} found the state differed from the server's lists (drift) and fixed it. */
        RECONCILE
    }

    /** The value after, or before when removed. */
    public T value() {
        return after != null ? after : before;
    }
}
