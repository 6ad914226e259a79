package io.amisdk.testkit;

import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * What the fake server does the next time it receives a given action, step by step:
 * {@code ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
 * .event("OriginateResponse", "Response", "Success", "Channel", "Local/100@test-1;1")}. Events sent by
 * an expectation carry the action's ActionID (as Asterisk's OriginateResponse does).
 */
public final class Expectation {
    private final String actionName;
    private final List<ActionHandler> steps = new ArrayList<>();

    Expectation(String actionName) {
        this.actionName = actionName;
    }

    String actionName() {
        return actionName;
    }

    /** Replies to the action; the first pair is the {@code Response} header. */
    public Expectation reply(String... headerPairs) {
        steps.add((a, s) -> s.reply(a, headerPairs));
        return this;
    }

    /** Sends an event carrying the action's ActionID. */
    public Expectation event(String name, String... headerPairs) {
        steps.add((a, s) -> {
            String[] withId = new String[headerPairs.length + 2];
            withId[0] = "ActionID";
            withId[1] = a.actionId() == null ? "" : a.actionId();
            System.arraycopy(headerPairs, 0, withId, 2, headerPairs.length);
            s.event(name, withId);
        });
        return this;
    }

    /** Replies with a typed response (a generated response, or any {@link AmiResponse}), carrying the action's ActionID. */
    public Expectation reply(AmiResponse response) {
        steps.add((a, s) -> s.reply(a, response));
        return this;
    }

    /** Sends a typed event (a generated event, or any {@link AmiEvent}) carrying the action's ActionID. */
    public Expectation event(AmiEvent event) {
        steps.add((a, s) -> s.event(a, event));
        return this;
    }

    /** Answers as a list: the items, then {@code <Action>Complete} (e.g. {@code DBGetComplete}); see {@link FakeSession#list}. */
    public Expectation list(List<? extends AmiEvent> items) {
        steps.add((a, s) -> s.list(a, a.name() + "Complete", items));
        return this;
    }

    /** Answers as a list ended by the named completion event (e.g. {@code CoreShowChannelsComplete}). */
    public Expectation list(String completionEvent, List<? extends AmiEvent> items) {
        steps.add((a, s) -> s.list(a, completionEvent, items));
        return this;
    }

    /** Writes these raw bytes. */
    public Expectation raw(String text) {
        steps.add((a, s) -> s.raw(text));
        return this;
    }

    /** Runs any handler as a step. */
    public Expectation then(ActionHandler step) {
        steps.add(step);
        return this;
    }

    /** Closes the connection. */
    public Expectation drop() {
        steps.add((a, s) -> s.drop());
        return this;
    }

    /** Stops reading and answering on this session. */
    public Expectation stall() {
        steps.add((a, s) -> s.stall());
        return this;
    }

    void run(ReceivedAction action, FakeSession session) {
        for (ActionHandler step : steps) {
            step.handle(action, session);
        }
    }
}
