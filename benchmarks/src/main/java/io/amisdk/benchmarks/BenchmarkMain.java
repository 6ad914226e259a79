package io.amisdk.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's usual command line ({@code -f}, {@code -wi}, {@code -i}, {@code -prof},
 * a name filter, ...) and then prints amisdk against asterisk-java side by side, with the ratios
 * and the goals of issue 3 (≥10× on decoding, ≥5× on pipelined actions).
 */
public final class BenchmarkMain {
    static final double DECODING_GOAL = 10;
    static final double PIPELINING_GOAL = 5;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args); // JMH's own answers to -h, -l, -lp, -lprof, -lrf
            return;
        }
        Collection<RunResult> results;
        try {
            // A benchmark that throws (missing transcripts, a failed login, a lost Pong) fails the run.
            // CPU time per operation is added to every run: on a loaded machine it is steadier than throughput.
            Options withDefaults = new OptionsBuilder().parent(options)
                    .shouldFailOnError(options.shouldFailOnError().orElse(true))
                    .addProfiler(CpuTimeProfiler.class)
                    .build();
            results = new Runner(withDefaults).run();
        } catch (RunnerException e) {
            System.err.println("Benchmark run failed:");
            e.printStackTrace();
            System.exit(1);
            return;
        }
        printComparison(results, System.out);
    }

    /** Prints each measured pair and its ratio; a benchmark left out by a filter is shown as "not run". */
    static void printComparison(Collection<RunResult> results, PrintStream out) {
        Map<String, RunResult> decoding = new TreeMap<>();
        Map<String, RunResult> pings = new TreeMap<>();
        List<String> transcripts = new ArrayList<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (benchmark.contains(EventDecodingBenchmark.class.getSimpleName())) {
                String transcript = r.getParams().getParam("transcript");
                decoding.put(transcript + " " + method, r);
                if (!transcripts.contains(transcript)) {
                    transcripts.add(transcript);
                }
            } else if (benchmark.contains(PipelinedPingBenchmark.class.getSimpleName())) {
                String callbacks = r.getParams().getParam("callbacks");
                pings.put(r.getParams().getParam("server") + " "
                        + (callbacks == null || callbacks.equals("default") ? method : method + " callbacks=" + callbacks), r);
            }
        }
        out.println();
        out.println("amisdk vs asterisk-java 3.42.2 (same JVM, same run). CPU = process CPU time per event or round trip;");
        out.println("on a busy machine it is steadier than the rates. Error bars are 99.9% intervals (blank with < 2 iterations).");
        out.println("Event decoding: recorded server stream -> framed messages -> decoded events");
        out.printf(Locale.ROOT, "  %-27s %-14s %20s %8s %12s%n", "transcript", "library", "events/s", "MB/s", "CPU us/event");
        for (String t : transcripts) {
            RunResult ours = decoding.get(t + " amisdk");
            RunResult theirs = decoding.get(t + " asteriskJava");
            out.printf(Locale.ROOT, "  %-27s %-14s %20s %8s %12s%n", t, "amisdk", rate(secondary(ours, "events")),
                    megabytes(secondary(ours, "bytes")), cpuPerEvent(ours));
            out.printf(Locale.ROOT, "  %-27s %-14s %20s %8s %12s%n", "", "asterisk-java", rate(secondary(theirs, "events")),
                    megabytes(secondary(theirs, "bytes")), cpuPerEvent(theirs));
            out.printf(Locale.ROOT, "  %-27s %-14s %20s %8s %12s   (goal >= %.0fx)%n", "", "amisdk ratio",
                    ratio(score(secondary(ours, "events")), score(secondary(theirs, "events"))), "",
                    ratio(cpuMicrosPerEvent(theirs), cpuMicrosPerEvent(ours)), DECODING_GOAL);
        }
        List<String> servers = new ArrayList<>();
        for (String key : pings.keySet()) {
            String server = key.substring(0, key.indexOf(' '));
            if (!servers.contains(server)) {
                servers.add(server);
            }
        }
        for (String server : servers) {
            out.printf(Locale.ROOT, "Pipelined Ping, %d in flight, loopback, MD5 login; server: %s%n", PipelinedPingBenchmark.IN_FLIGHT,
                    server.equals("testkit") ? "testkit FakeAsterisk" : server.equals("lean") ? "lean LoopbackAmiServer" : server);
            out.printf(Locale.ROOT, "  %-42s %20s %14s %14s%n", "library", "round trips/s", "CPU us/trip", "(server part)");
            List<String> rows = new ArrayList<>(List.of("amisdk", "asteriskJava", "rawSocketCeiling"));
            pings.keySet().stream().filter(k -> k.startsWith(server + " ")).map(k -> k.substring(server.length() + 1))
                    .filter(k -> !rows.contains(k)).forEach(rows::add); // experiments, e.g. callbacks=direct
            for (String row : rows) {
                RunResult r = pings.get(server + " " + row);
                String label = switch (row) {
                    case "asteriskJava" -> "asterisk-java";
                    case "rawSocketCeiling" -> "ceiling: raw socket, one write, no futures";
                    default -> row;
                };
                out.printf(Locale.ROOT, "  %-42s %20s %14s %14s%n", label, rate(r == null ? null : r.getPrimaryResult()),
                        micros(secondary(r, "cpu.process")), micros(secondary(r, "cpu.server")));
            }
            RunResult ours = pings.get(server + " amisdk");
            RunResult theirs = pings.get(server + " asteriskJava");
            out.printf(Locale.ROOT, "  %-42s %20s %14s %14s   (goal >= %.0fx)%n", "amisdk ratio",
                    ratio(score(ours == null ? null : ours.getPrimaryResult()), score(theirs == null ? null : theirs.getPrimaryResult())),
                    ratio(clientCpu(theirs), clientCpu(ours)), "(client only)", PIPELINING_GOAL);
        }
    }

    private static Result<?> secondary(RunResult r, String name) {
        return r == null ? null : r.getSecondaryResults().get(name);
    }

    private static double score(Result<?> r) {
        return r == null ? Double.NaN : r.getScore();
    }

    /** Process CPU per event: CPU per pass divided by the events in one pass. */
    private static double cpuMicrosPerEvent(RunResult r) {
        double eventsPerPass = score(secondary(r, "events")) / score(r == null ? null : r.getPrimaryResult());
        return score(secondary(r, "cpu.process")) / eventsPerPass / 1000;
    }

    private static String cpuPerEvent(RunResult r) {
        double us = cpuMicrosPerEvent(r);
        return Double.isNaN(us) ? "-" : String.format(Locale.ROOT, "%.2f", us);
    }

    /** The client's CPU per round trip: the process's minus the loopback server's. */
    private static double clientCpu(RunResult r) {
        return score(secondary(r, "cpu.process")) - score(secondary(r, "cpu.server"));
    }

    private static String micros(Result<?> nanos) {
        return nanos == null ? "-" : String.format(Locale.ROOT, "%.2f", nanos.getScore() / 1000);
    }

    private static String rate(Result<?> r) {
        if (r == null) {
            return "not run";
        }
        double error = r.getScoreError();
        return Double.isNaN(error) ? String.format(Locale.ROOT, "%,.0f", r.getScore())
                : String.format(Locale.ROOT, "%,.0f ±%.0f%%", r.getScore(), 100 * error / r.getScore());
    }

    private static String megabytes(Result<?> bytes) {
        return bytes == null ? "-" : String.format(Locale.ROOT, "%.1f", bytes.getScore() / 1e6);
    }

    private static String ratio(double ours, double theirs) {
        double r = ours / theirs;
        return Double.isNaN(r) || Double.isInfinite(r) ? "-" : String.format(Locale.ROOT, "%.1fx", r);
    }
}
