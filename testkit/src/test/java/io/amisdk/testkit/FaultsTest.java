package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResources;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** User code cannot wedge the client: throwing listeners, close() racing a reconnect, refusing executors. */
@Timeout(120)
class FaultsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @DisplayName("a listener throwing AssertionError and StackOverflowError: counted, and later events still delivered to it and the others")
    void throwingListener() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).build())) {
            List<Integer> seenByThrower = new CopyOnWriteArrayList<>();
            List<Integer> seenByOther = new CopyOnWriteArrayList<>();
            client.onEvent("Tick", e -> {
                int n = Integer.parseInt(e.headers().get("N"));
                seenByThrower.add(n);
                if (n == 1) {
                    throw new AssertionError("a test assertion in a listener");
                }
                if (n == 2) {
                    throw new StackOverflowError("deep");
                }
            });
            client.onEvent("Tick", e -> seenByOther.add(Integer.parseInt(e.headers().get("N"))));
            client.onStateChange(s -> {
                throw new OutOfMemoryError("a state listener gone wrong");
            });
            client.start();
            for (int i = 1; i <= 100; i++) {
                ami.emit("Tick", "N", Integer.toString(i));
            }
            Clients.await("100 ticks to both", WAIT, () -> seenByThrower.size() == 100 && seenByOther.size() == 100);
            assertThat(seenByThrower).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(seenByOther).isEqualTo(seenByThrower);
            assertThat(client.listenerFailureCount()).isGreaterThanOrEqualTo(2 + 3); // 2 events, CONNECTING/CONNECTED/LOGGED_IN
            assertThat(client.send(GenericAction.of("Ping")).join().get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("a future's stage that throws an Error does not disturb the client")
    void throwingCallback() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            for (int i = 0; i < 50; i++) {
                client.send(GenericAction.of("Ping")).thenAccept(r -> {
                    throw new AssertionError("in a callback");
                });
            }
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("close() racing a reconnect, 60 rounds: close wins, the state stays CLOSED, no reader and no login after it")
    void closeRacesReconnect() throws Exception {
        ReconnectPolicy immediate = ReconnectPolicy.builder().initialDelay(Duration.ZERO).maxDelay(Duration.ofMillis(1)).multiplier(1.0).jitter(0).build();
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            for (int round = 0; round < 60; round++) {
                AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(immediate).build());
                int before = ami.connectionCount();
                // given: the connection drops, and the client starts reconnecting at once. Every open session is
                // dropped, not the last one: the previous round's late attempt may be accepted after this client's.
                ami.sessions().stream().filter(FakeSession::isOpen).forEach(FakeSession::drop);
                if (round % 3 == 1) {
                    Clients.await("the loss seen", WAIT, () -> client.state() != ConnectionState.LOGGED_IN
                            || ami.connectionCount() > before);
                } else if (round % 3 == 2) {
                    Thread.sleep(round % 5); // somewhere in the reconnect
                }
                // when
                client.close();
                // then
                assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
                int after = ami.connectionCount();
                Clients.await("every session closed, round " + round, WAIT,
                        () -> ami.sessions().stream().noneMatch(FakeSession::isOpen));
                assertThat(client.state()).as("round %d", round).isEqualTo(ConnectionState.CLOSED);
                // at most the one attempt already under way when close() came, and closed by the client
                assertThat(ami.connectionCount()).as("connections after close(), round %d", round)
                        .isLessThanOrEqualTo(after + 1);
                assertThat(client.send(GenericAction.of("Ping"))).failsWithin(WAIT);
            }
            Clients.await("every reader gone", WAIT, () -> Clients.threads("amisdk-reader-") == 0);
            Clients.await("every server session closed", WAIT,
                    () -> ami.sessions().stream().noneMatch(FakeSession::isOpen));
        }
    }

    @Test
    @DisplayName("executors that refuse every task: futures and listeners still complete, never on the reader thread")
    void refusingExecutors() throws Exception {
        Executor refusing = r -> {
            throw new RejectedExecutionException("full");
        };
        AmiResources resources = AmiResources.builder().callbackExecutor(refusing).listenerExecutor(refusing).build();
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).resources(resources).build())) {
            List<String> listenerThreads = new CopyOnWriteArrayList<>();
            client.onEvent("Tick", e -> listenerThreads.add(Thread.currentThread().getName()));
            client.start();
            CompletableFuture<String> callbackThread = client.send(GenericAction.of("Ping"))
                    .thenApply(r -> Thread.currentThread().getName());
            assertThat(callbackThread.get(10, TimeUnit.SECONDS)).doesNotStartWith("amisdk-reader");
            for (int i = 0; i < 20; i++) {
                ami.emit("Tick", "N", Integer.toString(i));
            }
            Clients.await("20 ticks", WAIT, () -> listenerThreads.size() == 20);
            assertThat(listenerThreads).noneMatch(n -> n.startsWith("amisdk-reader"));
            assertThat(resources.rejectedTaskCount()).isPositive();
        } finally {
            resources.close();
        }
    }

    @Test
    @DisplayName("startAsync starts no thread per call: 30 clients connect through the resources' connect pool")
    void startAsyncThreads() throws Exception {
        AmiResources resources = AmiResources.builder().callbackThreads(1).listenerThreads(1).build();
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            List<CompletableFuture<AmiClient>> started = new java.util.ArrayList<>();
            AtomicInteger most = new AtomicInteger();
            for (int i = 0; i < 30; i++) {
                started.add(AmiClient.create(Clients.config(ami).resources(resources).build()).startAsync());
                most.accumulateAndGet(resources.liveThreadCount(), Math::max);
            }
            for (CompletableFuture<AmiClient> f : started) {
                AmiClient client = f.get(10, TimeUnit.SECONDS);
                AmiResponse pong = client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS);
                assertThat(pong.get("Ping")).isEqualTo("Pong");
                client.close();
            }
            // timer, one callback, one listener, four connect threads, and I/O threads only while a write runs
            assertThat(most.get()).isLessThanOrEqualTo(7 + 5);
        } finally {
            resources.close();
        }
    }
}
