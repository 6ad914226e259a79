package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiMessageParser;

/**
 * How many events and responses a recorded server stream holds, counted once with the runtime's
 * parser so that both libraries' rates are per event actually in the stream.
 */
record StreamCensus(int events, int responses) {
    static StreamCensus of(byte[] stream) {
        int[] counts = new int[2];
        new AmiMessageParser(AmiLimits.defaults(), true).feed(stream, 0, stream.length, new AmiMessageParser.Handler() {
            @Override
            public void greeting(String line) {
            }

            @Override
            public void message(AmiMessage message) {
                counts[message.get("Event") != null ? 0 : 1]++;
            }
        });
        return new StreamCensus(counts[0], counts[1]);
    }
}
