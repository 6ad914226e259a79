package io.amisdk.runtime;

import java.util.Objects;

/** An event with no registered type: still delivered, with every header. */
public final class GenericEvent implements AmiEvent {
    private final AmiMessage message;

    /** Wraps a received message that carries an {@code Event} header. */
    public GenericEvent(AmiMessage message) {
        this.message = Objects.requireNonNull(message, "message");
    }

    @Override
    public AmiMessage headers() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericEvent other && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return message.hashCode();
    }

    @Override
    public String toString() {
        return "GenericEvent" + message.toString().substring("AmiMessage".length());
    }
}
