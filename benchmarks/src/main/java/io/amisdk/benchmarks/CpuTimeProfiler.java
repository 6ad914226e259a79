package io.amisdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, which a loaded machine disturbs far less than throughput: the whole
 * process ({@code cpu.process}: benchmark, client threads, GC, JIT) and, within it, the loopback
 * AMI servers' threads ({@code cpu.server}). The client's own cost is the difference.
 * BenchmarkMain adds it to every run; by hand: {@code -prof io.amisdk.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long processStart;
    private long serverStart;

    @Override
    public String getDescription() {
        return "process and loopback-server CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        processStart = os.getProcessCpuTime();
        serverStart = ServerThreads.cpuNanos();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long process = os.getProcessCpuTime() - processStart;
        long server = ServerThreads.cpuNanos() - serverStart;
        // Ops as JMH counts them: already multiplied by @OperationsPerInvocation.
        double ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(
                new ScalarResult("cpu.process", process / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.server", server / ops, "ns/op", AggregationPolicy.AVG));
    }
}
