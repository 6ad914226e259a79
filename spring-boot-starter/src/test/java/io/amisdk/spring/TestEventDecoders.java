package io.amisdk.spring;

import io.amisdk.runtime.EventDecoderProvider;
import io.amisdk.runtime.EventDecoders;

/** Stands in for a generated SDK on the class path: Newchannel decodes to {@link TestNewchannelEvent}. */
public final class TestEventDecoders implements EventDecoderProvider {
    @Override
    public void registerDecoders(EventDecoders decoders) {
        decoders.register("Newchannel", TestNewchannelEvent.class, TestNewchannelEvent::new);
    }
}
