package io.amisdk.testkit;

/** Answers one kind of action on a {@link FakeAsterisk}. */
@FunctionalInterface
public interface ActionHandler {
    /** Handles an action received on this session (reply, emit events, drop, stall, or nothing). */
    void handle(ReceivedAction action, FakeSession session);
}
