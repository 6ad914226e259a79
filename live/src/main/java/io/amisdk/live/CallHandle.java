package io.amisdk.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A call started with {@link LivePbx#originate}, followed through its phases. The originated channel's unique ID is
 * chosen by this layer and sent as the Originate's {@code ChannelId}, so the events of this call are recognised from
 * the first one; the Originate's own ActionID ties its {@code OriginateResponse} to it.
 *
 * <p>{@link #answered()} completes when the channel goes Up (or OriginateResponse says Success), and fails with a
 * {@link CallFailure} only when it was never answered: an answered call is never reported as a failure.
 * {@link #ended()} completes with the hung-up channel (its {@code hangupCause}) once it is gone.
 */
public final class CallHandle {
    /** Where a followed call is. */
    public enum Phase { DIALING, RINGING, ANSWERED, BRIDGED, HUNG_UP, FAILED }

    private final String uniqueId;
    private final String actionId;
    private final CompletableFuture<LiveChannel> answered = new CompletableFuture<>();
    private final CompletableFuture<LiveChannel> ended = new CompletableFuture<>();
    private final CopyOnWriteArrayList<Consumer<Phase>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable onListenerFailure;
    private volatile Phase phase = Phase.DIALING;
    private volatile LiveChannel channel;

    CallHandle(String uniqueId, String actionId, Runnable onListenerFailure) {
        this.uniqueId = uniqueId;
        this.actionId = actionId;
        this.onListenerFailure = onListenerFailure;
    }

    /** The unique ID of the originated channel (sent as ChannelId). */
    public String uniqueId() {
        return uniqueId;
    }

    /** The Originate's ActionID. */
    public String actionId() {
        return actionId;
    }

    /** The phase now. */
    public Phase phase() {
        return phase;
    }

    /** The channel as last seen, or null before its first event. */
    public LiveChannel channel() {
        return channel;
    }

    /** Completes with the channel once answered; fails with {@link CallFailure} when it never was. */
    public CompletableFuture<LiveChannel> answered() {
        return answered.copy();
    }

    /** Completes with the hung-up channel (cause in {@link LiveChannel#hangupCause()}); fails like {@link #answered()}. */
    public CompletableFuture<LiveChannel> ended() {
        return ended.copy();
    }

    /** Tells the listener each new phase (on the live thread; whatever it throws is caught and counted). */
    public CallHandle onPhase(Consumer<Phase> listener) {
        listeners.add(listener);
        return this;
    }

    boolean isDone() {
        return ended.isDone();
    }

    boolean isAnswered() {
        return answered.isDone() && !answered.isCompletedExceptionally();
    }

    void seen(LiveChannel c) {
        channel = c;
        if (c.state() == ChannelState.UP) {
            answer(c);
        } else if ((c.state() == ChannelState.RINGING || c.state() == ChannelState.RING) && phase == Phase.DIALING) {
            move(Phase.RINGING);
        }
        if (c.bridgeId() != null && isAnswered() && phase != Phase.BRIDGED) {
            move(Phase.BRIDGED);
        }
    }

    void answer(LiveChannel c) {
        if (c != null) {
            channel = c;
        }
        if (!answered.isDone()) {
            move(Phase.ANSWERED); // first: whoever the future wakes sees the phase, and the listeners had it
            answered.complete(channel);
        }
        if (channel != null && channel.isHungUp() && !ended.isDone()) { // its Hangup came before the OriginateResponse
            move(Phase.HUNG_UP);
            ended.complete(channel);
        }
    }

    void fail(CallFailure failure) {
        if (isAnswered() || ended.isDone()) {
            return;
        }
        move(Phase.FAILED);
        answered.completeExceptionally(failure);
        ended.completeExceptionally(failure);
    }

    /** The channel is gone: ended if it was answered; otherwise the OriginateResponse (or the timeout) decides. */
    void hungUp(LiveChannel dead) {
        channel = dead;
        if (isAnswered() && !ended.isDone()) {
            move(Phase.HUNG_UP);
            ended.complete(dead);
        }
    }

    private void move(Phase next) {
        phase = next;
        for (Consumer<Phase> l : listeners) {
            try {
                l.accept(next);
            } catch (Throwable t) { // a listener's Error included: never breaks the live thread
                onListenerFailure.run();
            }
        }
    }

    @Override
    public String toString() {
        return "CallHandle[" + uniqueId + " " + phase + "]";
    }
}
