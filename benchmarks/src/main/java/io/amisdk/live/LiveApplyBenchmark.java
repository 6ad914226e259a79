package io.amisdk.live;

import io.amisdk.benchmarks.RecordedSession;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiMessageParser;
import io.amisdk.runtime.EventDecoders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Events per second the live layer applies, against plain typed decoding of the same recorded events, in one run:
 * {@code decode} is what every listener pays (EventDecoders, the SDK's typed classes when installed);
 * {@code decodeAndApply} adds reading the typed event by header and applying it to the live state (a fresh state per
 * pass over the recording, so that every pass applies the same calls). It lives in the live package to reach its
 * package-private applier; the live thread's hand-off is not measured (a queue put, as for any listener).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LiveApplyBenchmark {
    @Param({"full_event_mix.txt", "event_stream_20_calls.txt"})
    public String transcript;

    private List<AmiMessage> events;
    private EventDecoders decoders;
    private final LiveConfig config = LiveConfig.defaults();
    private final Instant now = Instant.parse("2026-12-06T00:00:00Z");

    /** Events per second, reported beside ops/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        public long events;

        @Setup(Level.Iteration)
        public void clear() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        byte[] stream = RecordedSession.load(transcript).serverBytes();
        List<AmiMessage> all = new ArrayList<>();
        new AmiMessageParser(AmiLimits.defaults(), true).feed(stream, 0, stream.length, new AmiMessageParser.Handler() {
            @Override
            public void greeting(String line) {
            }

            @Override
            public void message(AmiMessage message) {
                if (message.get("Event") != null && message.get("ActionID") == null) {
                    all.add(message);
                }
            }
        });
        events = List.copyOf(all);
        decoders = EventDecoders.installed();
        System.out.printf("%n[live-bench] %s: %d events; %s%n", transcript, events.size(),
                decoders.size() == 0 ? "no typed events installed (GenericEvent)" : decoders.size() + " typed event classes");
    }

    @Benchmark
    public void decode(Rates rates, Blackhole bh) {
        for (AmiMessage m : events) {
            bh.consume(decoders.decode(m));
        }
        rates.events += events.size();
    }

    @Benchmark
    public void decodeAndApply(Rates rates, Blackhole bh) {
        LiveStore store = new LiveStore(config, new AtomicLong());
        ApplyCounters stats = ApplyCounters.quiet();
        for (AmiMessage m : events) {
            AmiEvent e = decoders.decode(m);
            bh.consume(EventApplier.apply(store, RuntimeLink.msg(e), stats, now));
        }
        bh.consume(store);
        rates.events += events.size();
    }
}
