package io.amisdk.live;

import java.time.Instant;

/**
 * A channel as last seen, keyed by its {@code Uniqueid}. Immutable: a change makes a new record.
 *
 * @param uniqueId          Asterisk's {@code Uniqueid}
 * @param name              the channel name ({@code PJSIP/100-00000001}, {@code Local/200@test-00000002;1})
 * @param state             the channel state
 * @param callerIdNum       caller ID number, null when Asterisk says {@code <unknown>}
 * @param callerIdName      caller ID name, null when unknown
 * @param connectedLineNum  connected line number, null when unknown
 * @param connectedLineName connected line name, null when unknown
 * @param context           dialplan context
 * @param exten             dialplan extension
 * @param priority          dialplan priority (0 when not sent)
 * @param linkedId          the {@code Linkedid} shared by the channels of one call
 * @param accountCode       account code, empty when none
 * @param created           when this layer first saw the channel (for a listed channel: now minus its Duration)
 * @param answered          when this layer saw it go {@link ChannelState#UP}, or null
 * @param bridgeId          the bridge it is in, or null
 * @param onHold            whether a Hold was seen without an Unhold after it
 * @param hangupCause       the hangup cause (Q.850) once hung up, else 0
 * @param hungUp            when it was hung up, or null while it is up
 */
public record LiveChannel(String uniqueId, String name, ChannelState state, String callerIdNum, String callerIdName,
        String connectedLineNum, String connectedLineName, String context, String exten, int priority,
        String linkedId, String accountCode, Instant created, Instant answered, String bridgeId, boolean onHold,
        int hangupCause, Instant hungUp) {

    /** Whether it was hung up (then it is only found by lookups, for the retention time). */
    public boolean isHungUp() {
        return hungUp != null;
    }

    LiveChannel withBridge(String bridge) {
        return new LiveChannel(uniqueId, name, state, callerIdNum, callerIdName, connectedLineNum, connectedLineName,
                context, exten, priority, linkedId, accountCode, created, answered, bridge, onHold, hangupCause, hungUp);
    }

    LiveChannel withHold(boolean hold) {
        return new LiveChannel(uniqueId, name, state, callerIdNum, callerIdName, connectedLineNum, connectedLineName,
                context, exten, priority, linkedId, accountCode, created, answered, bridgeId, hold, hangupCause, hungUp);
    }

    LiveChannel hungUp(int cause, Instant at) {
        return new LiveChannel(uniqueId, name, state, callerIdNum, callerIdName, connectedLineNum, connectedLineName,
                context, exten, priority, linkedId, accountCode, created, answered, null, onHold, cause, at);
    }

    /**
     * The fields the server's lists also give: what reconcile() compares. Not the dialplan location: it moves with
     * Newexten, an event of the dialplan class a live client need not receive (every other channel event carries it).
     */
    Object comparable() {
        return java.util.Arrays.asList(uniqueId, name, state, bridgeId, callerIdNum, callerIdName, connectedLineNum,
                connectedLineName, linkedId, accountCode);
    }
}
