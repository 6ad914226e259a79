package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.util.List;

/** An action the fake server received, with every header as sent. */
public record ReceivedAction(AmiMessage message) {
    /** The {@code Action} header, or null for a message without one. */
    public String name() {
        return message.get("Action");
    }

    /** The {@code ActionID} header, or null. */
    public String actionId() {
        return message.get("ActionID");
    }

    /** The first value of the named header (case-insensitive), or null. */
    public String get(String header) {
        return message.get(header);
    }

    /** Every value of the named header. */
    public List<String> getAll(String header) {
        return message.getAll(header);
    }

    @Override
    public String toString() {
        return "ReceivedAction" + message.toString().substring("AmiMessage".length());
    }
}
