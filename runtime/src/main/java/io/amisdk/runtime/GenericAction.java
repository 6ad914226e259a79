package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An action built by hand, immutable: a name and headers in order, repeated names kept
 * ({@code GenericAction.of("Originate").header("Variable", "A=1").header("Variable", "B=2")}); each
 * method returns a new action. Headers are checked as they are added, so a bad one fails where it is
 * written. It says whether it is a list ({@link #isList()}: given a completion event with
 * {@link #completionEvent}, or marked with {@link #list()}), and whether it answers unframed.
 */
public final class GenericAction implements AmiListAction<AmiEvent> {
    private final String actionName;
    private final List<Map.Entry<String, String>> headers;
    private final String actionId;
    private final String completionEventName;
    private final boolean list;
    private final boolean unframed;

    private GenericAction(String actionName, List<Map.Entry<String, String>> headers, String actionId,
            String completionEventName, boolean list, boolean unframed) {
        this.actionName = actionName;
        this.headers = headers;
        this.actionId = actionId;
        this.completionEventName = completionEventName;
        this.list = list;
        this.unframed = unframed;
    }

    /** Starts an action with this name, e.g. {@code Ping}. */
    public static GenericAction of(String actionName) {
        ActionSerializer.check("Action", actionName);
        return new GenericAction(actionName, List.of(), null, null, false, false);
    }

    /** This action with one more header; the same name again adds another line. {@code Action} and {@code ActionID} are refused here. */
    public GenericAction header(String name, String value) {
        HeaderValues.requireValid(name, value);
        if (name.equalsIgnoreCase("Action")) {
            throw new IllegalArgumentException("header Action: the action name is given to GenericAction.of");
        }
        if (name.equalsIgnoreCase("ActionID")) {
            throw new IllegalArgumentException("header ActionID: use actionId(String)");
        }
        List<Map.Entry<String, String>> more = new ArrayList<>(headers.size() + 1);
        more.addAll(headers);
        more.add(Map.entry(name, value));
        return new GenericAction(actionName, List.copyOf(more), actionId, completionEventName, list, unframed);
    }

    /** This action with the ActionID to send instead of a generated one. */
    public GenericAction actionId(String id) {
        ActionSerializer.check("ActionID", id);
        return new GenericAction(actionName, headers, id, completionEventName, list, unframed);
    }

    /**
     * This action as a list that ends with the named event (otherwise {@code EventList: Complete} or a
     * name ending in Complete ends it).
     */
    public GenericAction completionEvent(String eventName) {
        return new GenericAction(actionName, headers, actionId, eventName, true, unframed);
    }

    /** This action marked as a list, ended by {@code EventList: Complete} or an event whose name ends in Complete. */
    public GenericAction list() {
        return new GenericAction(actionName, headers, actionId, completionEventName, true, unframed);
    }

    /** This action marked as answering without a header block (as IAXnetstats does); see {@link AmiAction#answersUnframed()}. */
    public GenericAction unframed() {
        return new GenericAction(actionName, headers, actionId, completionEventName, list, true);
    }

    /** Whether this action was made a list ({@link #list()} or {@link #completionEvent}); any action can still be sent with {@code sendList}. */
    public boolean isList() {
        return list;
    }

    @Override
    public boolean answersUnframed() {
        return unframed;
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

    /** The headers, in order. */
    @Override
    public List<Map.Entry<String, String>> headers() {
        return headers;
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
        if (list) {
            sb.append(", list");
        }
        if (unframed) {
            sb.append(", unframed");
        }
        return sb.append('}').toString();
    }
}
