package io.amisdk.servertests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the asterisk-server scripts with a time bound, streaming every line it prints to the
 * console as it comes (a first build of Asterisk is minutes of output CI should show), and keeping
 * the output for the caller and for the failure message.
 */
final class Script {
    private static final int TAIL_LINES = 40;

    /** What a script printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    private Script() {
    }

    /** Runs {@code bash script args…} with these extra environment variables; fails when it fails or overruns. */
    static Result run(Path script, Map<String, String> env, Duration timeout, String... args) {
        List<String> command = new java.util.ArrayList<>();
        command.add("bash");
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        String name = script.getFileName().toString();
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        }
        StringBuilder all = new StringBuilder();
        // Not inheritIO: surefire's forked JVM talks to Maven over its stdout, so lines go through System.out.
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println("[asterisk-server " + name + "] " + line);
                    synchronized (all) {
                        all.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the process went away; its exit code tells the rest
            }
        }, "script-" + name);
        pump.setDaemon(true);
        pump.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within " + timeout.toMinutes()
                        + " min (bound: -Damisdk.asterisk.setup.timeout.minutes); its last lines:\n" + lastLines(all));
            }
            pump.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + script, e);
        }
        int code = process.exitValue();
        synchronized (all) {
            return new Result(code, all.toString());
        }
    }

    /** As {@link #run}, and fails with the script's last lines unless it exited 0. */
    static Result runOrFail(Path script, Map<String, String> env, Duration timeout, String what, String... args) {
        Result result = run(script, env, timeout, args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(what + ": " + script + " exited " + result.exitCode()
                    + "; its last lines:\n" + lastLines(result.output()));
        }
        return result;
    }

    /** The last lines of what the pump has read so far. */
    private static String lastLines(StringBuilder all) {
        synchronized (all) {
            return lastLines(all.toString());
        }
    }

    private static String lastLines(String output) {
        String[] lines = output.split("\n");
        int from = Math.max(0, lines.length - TAIL_LINES);
        return String.join("\n", java.util.Arrays.asList(lines).subList(from, lines.length));
    }
}
