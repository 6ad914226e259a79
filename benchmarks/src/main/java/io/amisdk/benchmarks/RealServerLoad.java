package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.GetVarAction;
import org.asteriskjava.manager.response.GetVarResponse;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * The real-server load of the server-tests suite, for amisdk and asterisk-java 3.42.2 in the same run:
 * pipelined Getvar of a name unique to each action (Asterisk echoes it in {@code Variable:}, so a
 * misrouted answer is caught), over one connection and over 8 at once, against a running test
 * Asterisk built by ../shared/asterisk-server/setup.sh. Not JMH: the server, not the JIT, is what is
 * measured, so each figure is the median of a few rounds after a warm-up. It waits for the
 * server-tests suite's lock and holds it while it runs, so that no suite shares the server with it;
 * given the scripts' folder ({@code -Damisdk.asterisk.server.dir=../shared/asterisk-server}) it runs
 * start.sh before and stop.sh after, as the suite does.
 *
 * <pre>java -Damisdk.asterisk.server.dir=../shared/asterisk-server -cp benchmarks/target/benchmarks.jar io.amisdk.benchmarks.RealServerLoad [actions] [rounds]</pre>
 */
public final class RealServerLoad {
    static final String HOST = "127.0.0.1";
    static final int PORT = 5038;
    static final int CONNECTIONS = 8;
    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "amisdk-asterisk-22.lock");

    private RealServerLoad() {
    }

    /** One way to pipeline n actions over one connection and check every answer. */
    interface Connection extends AutoCloseable {
        void pipeline(String tag, int n) throws Exception;

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        int actions = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock(); // released when the channel closes
            for (int waited = 0; lock == null && waited < 600; waited++) {
                if (waited % 30 == 0) {
                    System.out.println("waiting for " + LOCK + ": a real-server suite is using the test Asterisk");
                }
                Thread.sleep(1000);
                lock = channel.tryLock();
            }
            if (lock == null) {
                System.err.println("a real-server suite held " + LOCK + " for 10 minutes; giving up");
                System.exit(1);
            }
            String scripts = System.getProperty("amisdk.asterisk.server.dir", "");
            if (!scripts.isBlank()) {
                script(scripts, "start.sh");
            }
            try {
                run(actions, rounds);
            } finally {
                if (!scripts.isBlank()) {
                    script(scripts, "stop.sh");
                }
            }
        }
    }

    private static void script(String dir, String name) throws Exception {
        Process p = new ProcessBuilder("bash", Path.of(dir, name).toString()).inheritIO().start();
        if (!p.waitFor(3, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(name + " failed");
        }
    }

    private static void run(int actions, int rounds) throws Exception {
        double amisdkOne = median(rounds, () -> oneConnection(RealServerLoad::amisdk, "a", actions));
        double ajOne = median(rounds, () -> oneConnection(RealServerLoad::asteriskJava, "j", actions));
        double amisdkEight = median(rounds, () -> eightConnections(RealServerLoad::amisdk, "a", actions));
        double ajEight = median(rounds, () -> eightConnections(RealServerLoad::asteriskJava, "j", actions));
        System.out.printf("%nReal Asterisk on %s:%d, pipelined Getvar, median of %d rounds (actions/s):%n", HOST, PORT, rounds);
        System.out.printf("  1 connection,  %,6d actions:        amisdk %,9.0f   asterisk-java %,9.0f   ratio %.2fx%n",
                actions, amisdkOne, ajOne, amisdkOne / ajOne);
        System.out.printf("  %d connections, %,6d actions each:  amisdk %,9.0f   asterisk-java %,9.0f   ratio %.2fx%n",
                CONNECTIONS, actions, amisdkEight, ajEight, amisdkEight / ajEight);
    }

    interface Opener {
        Connection open() throws Exception;
    }

    interface Round {
        double run() throws Exception;
    }

    static double median(int rounds, Round round) throws Exception {
        round.run(); // warm-up
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            rates[i] = round.run();
        }
        Arrays.sort(rates);
        return rates[rounds / 2];
    }

    static double oneConnection(Opener opener, String tag, int actions) throws Exception {
        try (Connection c = opener.open()) {
            long t0 = System.nanoTime();
            c.pipeline(tag, actions);
            return actions / ((System.nanoTime() - t0) / 1e9);
        }
    }

    static double eightConnections(Opener opener, String tag, int actions) throws Exception {
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            for (int i = 0; i < CONNECTIONS; i++) {
                connections.add(opener.open());
            }
            long t0 = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < CONNECTIONS; i++) {
                Connection c = connections.get(i);
                String t = tag + i;
                runs.add(pool.submit(() -> {
                    c.pipeline(t, actions);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(300, TimeUnit.SECONDS);
            }
            return CONNECTIONS * actions / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdownNow();
            connections.forEach(Connection::close);
        }
    }

    static String variable(String tag, int i) {
        return "AMISDK_LOAD_" + tag + "_" + i;
    }

    static Connection amisdk() {
        AmiClient ami = AmiClient.connect(AmiClientConfig.builder().host(HOST).port(PORT).credentials("admin", "amp111")
                .eventMask("off").limits(l -> l.maxActionsInFlight(1_000_000).maxQueuedBytes(256L * 1024 * 1024))
                .timeouts(t -> t.actionTimeout(Duration.ofSeconds(120))).build());
        return new Connection() {
            @Override
            public void pipeline(String tag, int n) throws Exception {
                List<CompletableFuture<AmiResponse>> answers = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    answers.add(ami.send(GenericAction.of("Getvar").header("Variable", variable(tag, i))));
                }
                CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
                for (int i = 0; i < n; i++) {
                    String got = answers.get(i).join().get("Variable");
                    if (!variable(tag, i).equals(got)) {
                        throw new IllegalStateException("amisdk: answer " + i + " of " + tag + " names " + got);
                    }
                }
            }

            @Override
            public void close() {
                ami.close();
            }
        };
    }

    static Connection asteriskJava() throws Exception {
        ManagerConnection connection = new ManagerConnectionFactory(HOST, PORT, "admin", "amp111").createManagerConnection();
        connection.login("off");
        return new Connection() {
            @Override
            public void pipeline(String tag, int n) throws Exception {
                CountDownLatch done = new CountDownLatch(n);
                AtomicInteger wrong = new AtomicInteger();
                for (int i = 0; i < n; i++) {
                    String name = variable(tag, i);
                    connection.sendAction(new GetVarAction(name), (ManagerResponse r) -> {
                        String got = r instanceof GetVarResponse g ? g.getVariable() : r.getAttribute("variable");
                        if (!name.equals(got)) {
                            wrong.incrementAndGet();
                        }
                        done.countDown();
                    });
                }
                if (!done.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("asterisk-java: " + done.getCount() + " of " + n + " unanswered");
                }
                if (wrong.get() > 0) {
                    throw new IllegalStateException("asterisk-java: " + wrong.get() + " answers misrouted");
                }
            }

            @Override
            public void close() {
                connection.logoff();
            }
        };
    }
}
