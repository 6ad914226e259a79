package io.amisdk.servertests;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real Asterisk 22.10.1 of this suite, driven through {@code ../shared/asterisk-server}'s scripts:
 * once per test JVM it takes the machine-wide lock (other checkouts' suites use the same server on
 * 5038, so suites run one after another), runs {@code setup.sh} (a build the first time on a machine,
 * seconds afterwards), {@code start.sh}, and at the end {@code stop.sh}, which stops it by its pid.
 * Nothing here knows a machine path: the scripts' folder comes from the build
 * ({@code amisdk.asterisk.server.dir}), the install prefix is the scripts' own default unless
 * {@code amisdk.asterisk.prefix} says otherwise.
 */
final class AsteriskServer implements AutoCloseable {
    static final String VERSION = "22.10.1";
    static final String HOST = "127.0.0.1";
    static final int PORT = 5038;
    static final int TLS_PORT = 5039;
    static final String ADMIN = "admin";
    static final String ADMIN_SECRET = "amp111";
    static final String LIMITED = "limited";
    static final String LIMITED_SECRET = "lim123";

    private static final Path LOCK_FILE = Path.of(System.getProperty("java.io.tmpdir"), "amisdk-asterisk-22.lock");
    private static final Pattern DEFAULT_PREFIX = Pattern.compile("(?m)^PREFIX=\\$\\{PREFIX:-([^}]+)}\\s*$");
    private static final Pattern PID = Pattern.compile("pid (\\d+)");

    private final Path scripts;
    private final Path prefix;
    private final Map<String, String> env = new HashMap<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile long pid;

    private AsteriskServer(Path scripts, Path prefix, FileChannel lockChannel, FileLock lock) {
        this.scripts = scripts;
        this.prefix = prefix;
        this.lockChannel = lockChannel;
        this.lock = lock;
        env.put("PREFIX", prefix.toString());
    }

    /** Locks, builds (or finds the build), configures and starts the server; throws with a clear message if it can't. */
    static AsteriskServer start() {
        String dir = System.getProperty("amisdk.asterisk.server.dir", "");
        if (dir.isBlank()) {
            throw new IllegalStateException("system property amisdk.asterisk.server.dir is not set: run the suite "
                    + "through Maven (mvn -B -ntp verify), which points it at ${amisdk.shared.dir}/asterisk-server");
        }
        Path scripts = Path.of(dir).toAbsolutePath().normalize();
        for (String script : new String[] {"setup.sh", "start.sh", "stop.sh"}) {
            if (!Files.isRegularFile(scripts.resolve(script))) {
                throw new IllegalStateException("the real-server suite needs " + scripts.resolve(script)
                        + " (../shared/asterisk-server beside the checkout, or -Damisdk.shared.dir=...)");
            }
        }
        Path prefix = prefix(scripts);
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(LOCK_FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = awaitLock(channel);
            AsteriskServer server = new AsteriskServer(scripts, prefix, channel, lock);
            server.setupAndStart();
            return server;
        } catch (RuntimeException | IOException e) {
            release(channel, lock);
            throw e instanceof RuntimeException re ? re
                    : new IllegalStateException("cannot use the lock file " + LOCK_FILE + ": " + e.getMessage(), e);
        }
    }

    private static Path prefix(Path scripts) {
        String given = System.getProperty("amisdk.asterisk.prefix", "");
        if (!given.isBlank()) {
            return Path.of(given);
        }
        try {
            Matcher m = DEFAULT_PREFIX.matcher(Files.readString(scripts.resolve("setup.sh"), StandardCharsets.UTF_8));
            if (m.find()) {
                return Path.of(m.group(1));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + scripts.resolve("setup.sh") + ": " + e.getMessage(), e);
        }
        throw new IllegalStateException("no default PREFIX in " + scripts.resolve("setup.sh")
                + "; pass -Damisdk.asterisk.prefix=...");
    }

    private static FileLock awaitLock(FileChannel channel) throws IOException {
        long minutes = Long.getLong("amisdk.asterisk.lock.timeout.minutes", 30);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        long nextNotice = 0;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            long now = System.nanoTime();
            if (now - deadline > 0) {
                throw new IllegalStateException("another suite held " + LOCK_FILE + " (the test Asterisk on 127.0.0.1:"
                        + PORT + ") for more than " + minutes + " min (-Damisdk.asterisk.lock.timeout.minutes)");
            }
            if (now - nextNotice > 0) {
                System.out.println("[asterisk-server] waiting for " + LOCK_FILE
                        + ": another checkout's real-server suite is using the test Asterisk");
                nextNotice = now + TimeUnit.SECONDS.toNanos(30);
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private void setupAndStart() {
        long t0 = System.nanoTime();
        // A server left running (a killed earlier run) is stopped first, so every suite starts from setup's state.
        Script.runOrFail(scripts.resolve("stop.sh"), env, Duration.ofMinutes(1), "stopping a leftover test Asterisk");
        Map<String, String> setupEnv = new HashMap<>(env);
        if (installed()) {
            // Debian's packages are needed to build only; a built server skips apt-get (and the network).
            setupEnv.put("SKIP_APT", "1");
        } else {
            System.out.println("[asterisk-server] no Asterisk " + VERSION + " under " + prefix
                    + ": building it (packages, configure, make; a few minutes the first time on a machine)");
        }
        long setupMinutes = Long.getLong("amisdk.asterisk.setup.timeout.minutes", 40);
        Script.runOrFail(scripts.resolve("setup.sh"), setupEnv, Duration.ofMinutes(setupMinutes),
                "building/configuring the test Asterisk failed");
        long t1 = System.nanoTime();
        startServer();
        System.out.printf("[asterisk-server] Asterisk %s up, pid %d (setup %.1f s, start %.1f s)%n", VERSION, pid,
                (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    }

    private boolean installed() {
        Path binary = prefix.resolve("sbin/asterisk");
        if (!Files.isExecutable(binary)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(binary.toString(), "-V").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && out.equals("Asterisk " + VERSION);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void startServer() {
        Script.Result started = Script.runOrFail(scripts.resolve("start.sh"), env, Duration.ofMinutes(3),
                "the test Asterisk did not start");
        Matcher m = PID.matcher(started.output());
        if (!m.find()) {
            throw new IllegalStateException("start.sh printed no pid:\n" + started.output());
        }
        pid = Long.parseLong(m.group(1));
    }

    /** Stops the server by its pid (stop.sh). */
    void stopServer() {
        Script.runOrFail(scripts.resolve("stop.sh"), env, Duration.ofMinutes(1), "stopping the test Asterisk failed");
    }

    /** After a fault test: lets it run again if it is frozen (SIGCONT), starts it if it is gone. */
    void ensureRunning() {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            signal("CONT");
        } else {
            startServer();
        }
    }

    /** Freezes the server process (SIGSTOP): it keeps its sockets open and answers nothing. */
    void freeze() {
        signal("STOP");
        // the stop reaches each of its threads on its own; wait until every one of them is stopped
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!allThreadsStopped()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("pid " + pid + " is not stopped 10 s after SIGSTOP");
            }
            sleep(Duration.ofMillis(20));
        }
    }

    private boolean allThreadsStopped() {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.allMatch(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    // pid (comm) state ...: the state follows the last ')'
                    return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
                } catch (IOException e) {
                    return true; // the thread is gone
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/task: " + e.getMessage(), e);
        }
    }

    /** Kills the server (SIGKILL, by its pid) as a crash would, and waits until it is gone. */
    void crash() {
        signal("KILL");
        ProcessHandle.of(pid).ifPresent(p -> {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("pid " + pid + " still alive 10 s after SIGKILL", e);
            }
        });
    }

    private void signal(String signal) {
        try {
            Process p = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill -" + signal + " " + pid + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The server's TLS certificate, as setup.sh made it (CN and SAN localhost, SAN IP 127.0.0.1). */
    Path certificate() {
        return prefix.resolve("var/lib/asterisk/keys/asterisk.crt");
    }

    /** A config for admin, with bounds fit for tests: quick timeouts, a fast reconnect. */
    static AmiClientConfig.Builder admin() {
        return AmiClientConfig.builder()
                .host(HOST).port(PORT)
                .credentials(ADMIN, ADMIN_SECRET)
                .authType(AuthType.MD5)
                .timeouts(t -> t.connectTimeout(Duration.ofSeconds(5))
                .actionTimeout(Duration.ofSeconds(20)))
                .listItemsToListeners(true) // the suite's event checks see list items too
                .reconnectPolicy(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(200)).maxDelay(Duration.ofSeconds(1)).build());
    }

    /** Connects with this config; every event the client receives is recorded for the suite's event checks. */
    static AmiClient connect(AmiClientConfig config) {
        AmiClient client = AmiClient.create(config);
        client.onAnyEvent(SeenEvents::record);
        return client.start();
    }

    /** Stops the server (stop.sh, by pid) and releases the lock. */
    @Override
    public void close() {
        try {
            stopServer();
        } finally {
            release(lockChannel, lock);
        }
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // closing the channel releases the lock in any case
        }
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
