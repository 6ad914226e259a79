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
            results = new Runner(options).run();
        } catch (RunnerException e) {
            System.err.println("Benchmark run failed: " + e.getMessage());
            System.exit(1);
            return;
        }
        printComparison(results, System.out);
    }

    /** Prints each measured pair and its ratio; a benchmark left out by a filter is shown as missing. */
    static void printComparison(Collection<RunResult> results, PrintStream out) {
        Map<String, Result<?>> decodeEvents = new TreeMap<>();
        Map<String, Result<?>> decodeBytes = new TreeMap<>();
        Map<String, Result<?>> pings = new TreeMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            if (benchmark.contains(EventDecodingBenchmark.class.getSimpleName())) {
                String key = r.getParams().getParam("transcript") + " " + method;
                decodeEvents.put(key, r.getSecondaryResults().get("events"));
                decodeBytes.put(key, r.getSecondaryResults().get("bytes"));
            } else if (benchmark.contains(PipelinedPingBenchmark.class.getSimpleName())) {
                pings.put(method, r.getPrimaryResult());
            }
        }
        out.println();
        out.println("amisdk vs asterisk-java 3.42.2 (same JVM, same run)");
        out.println("Event decoding: recorded server stream -> framed messages -> decoded events");
        out.printf(Locale.ROOT, "  %-27s %-14s %16s %10s%n", "transcript", "library", "events/s", "MB/s");
        List<String> transcripts = new ArrayList<>();
        for (String key : decodeEvents.keySet()) {
            String t = key.substring(0, key.indexOf(' '));
            if (!transcripts.contains(t)) {
                transcripts.add(t);
            }
        }
        for (String t : transcripts) {
            Result<?> ours = decodeEvents.get(t + " amisdk");
            Result<?> theirs = decodeEvents.get(t + " asteriskJava");
            out.printf(Locale.ROOT, "  %-27s %-14s %16s %10s%n", t, "amisdk", rate(ours), megabytes(decodeBytes.get(t + " amisdk")));
            out.printf(Locale.ROOT, "  %-27s %-14s %16s %10s%n", "", "asterisk-java", rate(theirs),
                    megabytes(decodeBytes.get(t + " asteriskJava")));
            out.printf(Locale.ROOT, "  %-27s %-14s %16s   (goal >= %.0fx)%n", "", "ratio", ratio(ours, theirs), DECODING_GOAL);
        }
        out.printf(Locale.ROOT, "Pipelined Ping, %d in flight, loopback, MD5 login%n", PipelinedPingBenchmark.IN_FLIGHT);
        out.printf(Locale.ROOT, "  %-42s %16s%n", "library", "round trips/s");
        out.printf(Locale.ROOT, "  %-42s %16s%n", "amisdk", rate(pings.get("amisdk")));
        out.printf(Locale.ROOT, "  %-42s %16s%n", "asterisk-java", rate(pings.get("asteriskJava")));
        out.printf(Locale.ROOT, "  %-42s %16s   (goal >= %.0fx)%n", "ratio", ratio(pings.get("amisdk"), pings.get("asteriskJava")),
                PIPELINING_GOAL);
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

    private static String ratio(Result<?> ours, Result<?> theirs) {
        if (ours == null || theirs == null || theirs.getScore() == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1fx", ours.getScore() / theirs.getScore());
    }
}
