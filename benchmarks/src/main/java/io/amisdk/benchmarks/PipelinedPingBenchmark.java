package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.action.PingAction;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pipelined {@code Ping} round trips per second on loopback: each invocation sends {@value #IN_FLIGHT}
 * Pings without waiting, then waits for every answer. Both libraries log in with Challenge/MD5 to the
 * same kind of {@link LoopbackAmiServer} and use their asynchronous send.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PipelinedPingBenchmark {
    /** Actions in flight at once. */
    public static final int IN_FLIGHT = 1000;
    static final String USER = "admin";
    static final String SECRET = "amp111";
    private static final long ANSWER_TIMEOUT_SECONDS = 30;

    /** An amisdk AmiClient logged in to its own loopback server. */
    @State(Scope.Thread)
    public static class AmisdkSession {
        LoopbackAmiServer server;
        AmiClient client;

        @Setup(Level.Trial)
        public void connect() throws IOException {
            server = LoopbackAmiServer.start(USER, SECRET);
            client = AmiClient.connect(AmiClientConfig.builder()
                    .host(server.host()).port(server.port())
                    .credentials(USER, SECRET)
                    .eventMask("off")
                    .keepaliveInterval(Duration.ZERO)
                    .actionTimeout(Duration.ofSeconds(ANSWER_TIMEOUT_SECONDS))
                    .build());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            client.close();
            System.out.printf("%n[amisdk-bench] amisdk: %s%n", server.trafficSummary());
            server.close();
        }
    }

    /** An asterisk-java ManagerConnection logged in (Challenge/MD5, its default) to its own loopback server. */
    @State(Scope.Thread)
    public static class AsteriskJavaSession {
        LoopbackAmiServer server;
        ManagerConnection connection;

        @Setup(Level.Trial)
        public void connect() throws Exception {
            server = LoopbackAmiServer.start(USER, SECRET);
            connection = new ManagerConnectionFactory(server.host(), server.port(), USER, SECRET)
                    .createManagerConnection();
            connection.login("off");
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            connection.logoff();
            System.out.printf("%n[amisdk-bench] asterisk-java: %s%n", server.trafficSummary());
            server.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public void amisdk(AmisdkSession session) {
        @SuppressWarnings("unchecked")
        CompletableFuture<AmiResponse>[] answers = new CompletableFuture[IN_FLIGHT];
        for (int i = 0; i < IN_FLIGHT; i++) {
            answers[i] = session.client.send(GenericAction.of("Ping"));
        }
        for (CompletableFuture<AmiResponse> answer : answers) {
            AmiResponse response = answer.join();
            if (!response.isSuccess()) {
                throw new IllegalStateException("amisdk Ping failed: " + response.message());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public void asteriskJava(AsteriskJavaSession session) throws Exception {
        CountDownLatch answered = new CountDownLatch(IN_FLIGHT);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<ManagerResponse> firstError = new AtomicReference<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            session.connection.sendAction(new PingAction(), response -> {
                if (response instanceof ManagerError || !"Success".equalsIgnoreCase(response.getResponse())) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, response);
                }
                answered.countDown();
            });
        }
        if (!answered.await(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("asterisk-java: " + answered.getCount() + " Pings unanswered after "
                    + ANSWER_TIMEOUT_SECONDS + " s");
        }
        if (errors.get() > 0) {
            throw new IllegalStateException("asterisk-java: " + errors.get() + " Pings failed, first: " + firstError.get());
        }
    }
}
