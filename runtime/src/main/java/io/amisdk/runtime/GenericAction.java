package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An action built by hand: a name and headers in order, repeated names kept
 * ({@code GenericAction.of("Originate").header("Variable", "A=1").header("Variable", "B=2")}).
 * Headers are checked as they are added, so a bad one fails where it is written.
 */
public final class GenericAction implements AmiListAction<AmiEvent> {
    private final String actionName;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private String actionId;
    private String completionEventName;

    private GenericAction(String actionName) {
        ActionSerializer.check("Action", actionName);
        this.actionName = actionName;
    }

    /** Starts an action with this name, e.g. {@code Ping}. */
    public static GenericAction of(String actionName) {
        return new GenericAction(actionName);
    }

    /** Appends a header; the same name again adds another line. {@code Action} and {@code ActionID} are refused here. */
    public GenericAction header(String name, String value) {
        ActionSerializer.check(name, value);
        if (name.equalsIgnoreCase("Action")) {
            throw new IllegalArgumentException("header Action: the action name is given to GenericAction.of");
        }
        if (name.equalsIgnoreCase("ActionID")) {
            throw new IllegalArgumentException("header ActionID: use actionId(String)");
        }
        headers.add(Map.entry(name, value));
        return this;
    }

    /** Sets the ActionID to send instead of a generated one. */
    public GenericAction actionId(String id) {
        ActionSerializer.check("ActionID", id);
        this.actionId = id;
        return this;
    }

    /** Names the event that completes this action's list (otherwise {@code EventList: Complete} or a name ending in Complete). */
    public GenericAction completionEvent(String eventName) {
        this.completionEventName = eventName;
        return this;
    }

    @Override
    public String actionName() {
        return actionName;
    }

    @Override
    public void writeHeaders(AmiHeaderWriter out) {
        for (Map.Entry<String, String> h : headers) {
            out.header(h.getKey(), h.getValue());
        }
    }

    @Override
    public String actionId() {
        return actionId;
    }

    @Override
    public Class<AmiEvent> itemType() {
        return AmiEvent.class;
    }

    @Override
    public String completionEventName() {
        return completionEventName;
    }

    /** Returns null for every item: the client's event decoders type them (any {@link AmiEvent} is an item). */
    @Override
    public AmiEvent decodeItem(AmiMessage message) {
        return null;
    }

    /** The headers added so far, in order. */
    public List<Map.Entry<String, String>> headers() {
        return List.copyOf(headers);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("GenericAction{").append(actionName);
        if (actionId != null) {
            sb.append(", ActionID=").append(actionId);
        }
        for (Map.Entry<String, String> h : headers) {
            sb.append(", ").append(h.getKey()).append('=')
                    .append(Secrets.isSecret(h.getKey()) ? Secrets.MASK : h.getValue());
        }
        return sb.append('}').toString();
    }
}
