package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiMessageParser;
import io.amisdk.runtime.GenericAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.response.ManagerError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pipelined {@code Ping} round trips per second on loopback: each invocation sends {@value #IN_FLIGHT}
 * Pings without waiting, then waits for every answer. Both libraries log in with Challenge/MD5 to the
 * same kind of server ({@link PingServer}: the testkit's FakeAsterisk, or the lean LoopbackAmiServer)
 * and use their asynchronous send.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelinedPingBenchmark {
    /** Actions in flight at once. */
    public static final int IN_FLIGHT = 1000;
    static final String USER = PingServer.USER;
    static final String SECRET = PingServer.SECRET;
    private static final long ANSWER_TIMEOUT_SECONDS = 30;

    /** An amisdk AmiClient logged in to its own loopback server. */
    @State(Scope.Thread)
    public static class AmisdkSession {
        /** Which fake Asterisk answers: testkit (FakeAsterisk) or lean (LoopbackAmiServer). */
        @Param({"testkit", "lean"})
        public String server;

        PingServer asterisk;
        AmiClient client;

        @Setup(Level.Trial)
        public void connect() throws IOException {
            asterisk = PingServer.start(server);
            client = AmiClient.connect(AmiClientConfig.builder()
                    .host(asterisk.host()).port(asterisk.port())
                    .credentials(USER, SECRET)
                    .eventMask("off")
                    .timeouts(t -> t.keepaliveInterval(Duration.ZERO)
                    .actionTimeout(Duration.ofSeconds(ANSWER_TIMEOUT_SECONDS)))
                    .build());
        }

        @TearDown(Level.Iteration)
        public void forgetReceived() {
            asterisk.forgetReceived();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            asterisk.retireThreads();
            client.close();
            System.out.printf("%n[amisdk-bench] amisdk: %s%n", asterisk.summary());
            asterisk.close();
        }
    }

    /** An asterisk-java ManagerConnection logged in (Challenge/MD5, its default) to its own loopback server. */
    @State(Scope.Thread)
    public static class AsteriskJavaSession {
        /** Which fake Asterisk answers: testkit (FakeAsterisk) or lean (LoopbackAmiServer). */
        @Param({"testkit", "lean"})
        public String server;

        PingServer asterisk;
        ManagerConnection connection;

        @Setup(Level.Trial)
        public void connect() throws Exception {
            asterisk = PingServer.start(server);
            connection = new ManagerConnectionFactory(asterisk.host(), asterisk.port(), USER, SECRET)
                    .createManagerConnection();
            connection.login("off");
        }

        @TearDown(Level.Iteration)
        public void forgetReceived() {
            asterisk.forgetReceived();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            asterisk.retireThreads();
            connection.logoff();
            System.out.printf("%n[amisdk-bench] asterisk-java: %s%n", asterisk.summary());
            asterisk.close();
        }
    }

    /**
     * The ceiling the loopback server allows: one thread writes {@value #IN_FLIGHT} pre-serialized
     * Pings in one write and parses the answers with the runtime's parser. No futures, timeouts or
     * thread hand-offs; a client library can only approach it.
     */
    @State(Scope.Thread)
    public static class RawSocketSession {
        /** Which fake Asterisk answers: testkit (FakeAsterisk) or lean (LoopbackAmiServer). */
        @Param({"testkit", "lean"})
        public String server;

        PingServer asterisk;
        Socket socket;
        InputStream in;
        OutputStream out;
        byte[] pings;
        final byte[] buffer = new byte[64 * 1024];
        AmiMessageParser parser;

        @Setup(Level.Trial)
        public void connect() throws IOException {
            asterisk = PingServer.start(server);
            socket = new Socket(asterisk.host(), asterisk.port());
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
            parser = new AmiMessageParser(AmiLimits.defaults(), true);
            out.write(("Action: Login\r\nActionID: login\r\nUsername: " + USER + "\r\nSecret: " + SECRET
                    + "\r\nEvents: off\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AmiMessage login = readMessages(1);
            if (!"Success".equals(login.get("Response"))) {
                throw new IllegalStateException("raw login failed: " + login);
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < IN_FLIGHT; i++) {
                sb.append("Action: Ping\r\nActionID: raw-").append(i).append("\r\n\r\n");
            }
            pings = sb.toString().getBytes(StandardCharsets.US_ASCII);
        }

        /** Reads until {@code count} messages arrived; returns the last one. */
        AmiMessage readMessages(int count) throws IOException {
            AmiMessage[] last = new AmiMessage[1];
            int[] seen = {0};
            AmiMessageParser.Handler handler = new AmiMessageParser.Handler() {
                @Override
                public void greeting(String line) {
                }

                @Override
                public void message(AmiMessage message) {
                    last[0] = message;
                    seen[0]++;
                }
            };
            while (seen[0] < count) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("the loopback server closed the connection");
                }
                parser.feed(buffer, 0, n, handler);
            }
            return last[0];
        }

        @TearDown(Level.Iteration)
        public void forgetReceived() {
            asterisk.forgetReceived();
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            asterisk.retireThreads();
            socket.close();
            System.out.printf("%n[amisdk-bench] raw socket: %s%n", asterisk.summary());
            asterisk.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public AmiMessage rawSocketCeiling(RawSocketSession session) throws IOException {
        session.out.write(session.pings);
        session.out.flush();
        return session.readMessages(IN_FLIGHT);
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public void amisdk(AmisdkSession session) throws InterruptedException {
        // A callback per answer and one latch, as asterisk-java's SendActionCallback below: joining
        // 1000 futures in turn would instead wake this thread once per answer.
        CountDownLatch answered = new CountDownLatch(IN_FLIGHT);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Object> firstError = new AtomicReference<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            session.client.send(GenericAction.of("Ping")).whenComplete((response, failure) -> {
                if (failure != null || !response.isSuccess()) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, failure != null ? failure : response.message());
                }
                answered.countDown();
            });
        }
        awaitAll(answered, errors, firstError, "amisdk");
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public void asteriskJava(AsteriskJavaSession session) throws Exception {
        CountDownLatch answered = new CountDownLatch(IN_FLIGHT);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Object> firstError = new AtomicReference<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            session.connection.sendAction(new PingAction(), response -> {
                if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, response);
                }
                answered.countDown();
            });
        }
        awaitAll(answered, errors, firstError, "asterisk-java");
    }

    private static void awaitAll(CountDownLatch answered, AtomicInteger errors, AtomicReference<?> firstError,
            String library) throws InterruptedException {
        if (!answered.await(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException(library + ": " + answered.getCount() + " Pings unanswered after "
                    + ANSWER_TIMEOUT_SECONDS + " s");
        }
        if (errors.get() > 0) {
            throw new IllegalStateException(library + ": " + errors.get() + " Pings failed, first: " + firstError.get());
        }
    }
}
