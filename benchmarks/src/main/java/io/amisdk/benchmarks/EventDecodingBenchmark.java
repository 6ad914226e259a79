package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiMessageParser;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericEvent;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.internal.CountingManagerReader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Bytes → framed messages → decoded events over a recorded Asterisk 22 session, for amisdk and for
 * asterisk-java. One operation is one pass over the whole server stream; the {@code events} and
 * {@code bytes} counters give events/s and bytes/s (every event message in the stream counts, for
 * both libraries, so the rates compare the same work).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class EventDecodingBenchmark {
    /** The reader loop's buffer size in AmiConnection: the parser gets the stream in slices this big. */
    static final int READ_BUFFER_BYTES = 16 * 1024;

    @Param({"event_stream_20_calls.txt", "full_event_mix.txt"})
    public String transcript;

    private byte[] stream;
    private StreamCensus census;
    private EventDecoders decoders;
    private CountingManagerReader asteriskJavaReader;

    /** Per-second rates of the events and bytes decoded, reported beside ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        public long events;
        public long bytes;

        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() throws InterruptedException {
        stream = RecordedSession.load(transcript).serverBytes();
        census = StreamCensus.of(stream);
        decoders = EventDecoders.installed();
        asteriskJavaReader = new CountingManagerReader();
        System.out.printf("%n[amisdk-bench] %s: %d bytes, %d events, %d responses; amisdk decoders: %s%n",
                transcript, stream.length, census.events(), census.responses(),
                decoders.size() == 0 ? "none registered, every event is a GenericEvent"
                        : decoders.size() + " typed events from the generated SDK, " + typedEvents()
                                + " of the stream's events decode to a typed class");
        CountingManagerReader.Pass pass = asteriskJavaReader.readAll(new InMemoryManagerSocket(stream));
        // asterisk-java drops events it has no class for; the rates still count every event in the stream.
        System.out.printf("[amisdk-bench] asterisk-java built %d of the %d events and %d responses%n",
                pass.events(), census.events(), pass.responses());
    }

    private int typedEvents() {
        int[] typed = {0};
        new AmiMessageParser(AmiLimits.defaults(), true).feed(stream, 0, stream.length, new AmiMessageParser.Handler() {
            @Override
            public void greeting(String line) {
            }

            @Override
            public void message(AmiMessage message) {
                if (message.get("Event") != null && !(decoders.decode(message) instanceof GenericEvent)) {
                    typed[0]++;
                }
            }
        });
        return typed[0];
    }

    /** amisdk: the runtime's AmiMessageParser fed as the reader loop feeds it, each event decoded by EventDecoders. */
    @Benchmark
    public void amisdk(Rates rates, Blackhole bh) {
        AmiMessageParser parser = new AmiMessageParser(AmiLimits.defaults(), true);
        DecodingHandler handler = new DecodingHandler(decoders, bh);
        for (int off = 0; off < stream.length; off += READ_BUFFER_BYTES) {
            parser.feed(stream, off, Math.min(READ_BUFFER_BYTES, stream.length - off), handler);
        }
        if (handler.events != census.events()) {
            throw new IllegalStateException("amisdk decoded " + handler.events + " events, the stream has " + census.events());
        }
        rates.events += census.events();
        rates.bytes += stream.length;
    }

    /** asterisk-java 3.42.2: ManagerReaderImpl over its own line scanner, EventBuilderImpl, AsyncEventPump. */
    @Benchmark
    public void asteriskJava(Rates rates, Blackhole bh) throws InterruptedException {
        CountingManagerReader.Pass pass = asteriskJavaReader.readAll(new InMemoryManagerSocket(stream));
        bh.consume(pass);
        rates.events += census.events();
        rates.bytes += stream.length;
    }

    /** Does what AmiConnection.route and EventDispatcher do with each message, minus the queue hand-off. */
    private static final class DecodingHandler implements AmiMessageParser.Handler {
        private final EventDecoders decoders;
        private final Blackhole bh;
        int events;

        DecodingHandler(EventDecoders decoders, Blackhole bh) {
            this.decoders = decoders;
            this.bh = bh;
        }

        @Override
        public void greeting(String line) {
            bh.consume(line);
        }

        @Override
        public void message(AmiMessage message) {
            if (message.get("Event") != null) {
                bh.consume(decoders.decode(message));
                events++;
            } else {
                bh.consume(new AmiResponse(message));
            }
        }
    }
}
