package io.amisdk.spring;

import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiMessage;

/** A typed event as an SDK would generate it, registered by {@link TestEventDecoders} through the ServiceLoader. */
public record TestNewchannelEvent(AmiMessage headers) implements AmiEvent {
    public String channel() {
        return headers.get("Channel");
    }
}
