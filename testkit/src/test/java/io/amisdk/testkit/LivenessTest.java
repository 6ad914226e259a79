package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientHooks;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A connection that no longer works is found out, whatever else still arrives, and replaced. */
@Timeout(120)
class LivenessTest {
    /** Ends a failed test; never a budget: it outlasts the 10 s keepalive and write timeouts below. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ReconnectPolicy FAST = ReconnectPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(20)).build();

    @Test
    @DisplayName("a server that answers nothing but keeps sending events: keepalive declares it lost, the client reconnects")
    void eventsButNoAnswers() throws Exception {
        List<String> hooks = new CopyOnWriteArrayList<>();
        AmiClientHooks listener = new AmiClientHooks() {
            @Override
            public void keepaliveLost(Duration timeout) {
                hooks.add("keepaliveLost " + timeout.toMillis());
            }

            @Override
            public void connectionLost(Throwable cause) {
                hooks.add("connectionLost " + cause.getMessage());
            }
        };
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(FAST).hooks(listener)
                        .timeouts(t -> t.keepaliveInterval(Duration.ofMillis(200)).keepaliveTimeout(Duration.ofSeconds(10))).build())) {
            // a 10 s keepalive timeout: a generous bound for the next connection's Pings, so a loaded machine answering
            // late is no second loss; the first session's unanswered Ping is found after it
            FakeSession first = ami.awaitLoggedIn(0, WAIT);
            ami.expect("Ping").then((a, s) -> { }); // the first session's Ping is never answered
            AtomicBoolean flooding = new AtomicBoolean(true);
            Thread events = new Thread(() -> {
                while (flooding.get() && first.isOpen()) {
                    first.event("Newexten", "Channel", "PJSIP/busy");
                    Clients.sleep(10);
                }
            });
            events.setDaemon(true);
            events.start();
            try {
                ami.awaitLoggedIn(1, WAIT);
            } finally {
                flooding.set(false);
            }
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
            assertThat(client.reconnectCount()).isEqualTo(1);
            assertThat(hooks).first().isEqualTo("keepaliveLost 10000");
            assertThat(hooks.get(1)).startsWith("connectionLost keepalive Ping unanswered within 10000 ms");
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("a keepalive Ping refused locally (a bound is full) is a miss: the connection is declared lost, not only by the write timeout")
    void refusedPingIsAMiss() throws Exception {
        CountDownLatch lost = new CountDownLatch(1);
        List<String> hooks = new CopyOnWriteArrayList<>();
        AmiClientHooks listener = new AmiClientHooks() {
            @Override
            public void keepaliveLost(Duration timeout) {
                hooks.add("keepaliveLost " + timeout.toMillis());
            }

            @Override
            public void connectionLost(Throwable cause) {
                hooks.add("connectionLost " + cause.getMessage());
                lost.countDown();
            }
        };
        try (FakeAsterisk ami = FakeAsterisk.start();
                // one action in flight at most, and the action and write timeouts far beyond the wait below: only
                // the keepalive can find the stalled server out in time
                AmiClient client = AmiClient.connect(Clients.config(ami).hooks(listener)
                        .limits(l -> l.maxActionsInFlight(1))
                        .timeouts(t -> t.actionTimeout(Duration.ofSeconds(120)).writeTimeout(Duration.ofSeconds(120))
                                .keepaliveInterval(Duration.ofMillis(100)).keepaliveTimeout(Duration.ofMillis(300)))
                        .build())) {
            ami.expect("Stall").stall(); // the server stops reading and answers nothing
            CompletableFuture<AmiResponse> stalled = client.send(GenericAction.of("Stall"));
            ami.takeAction("Stall", WAIT);
            assertThat(lost.await(10, TimeUnit.SECONDS)).as("connection declared lost").isTrue();
            assertThat(hooks).first().isEqualTo("keepaliveLost 300");
            assertThat(hooks.get(1)).startsWith("connectionLost keepalive Ping not sent within 300 ms")
                    .contains("maxActionsInFlight 1");
            assertThatThrownBy(() -> stalled.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(AmiConnectionLostException.class);
        }
    }

    @Test
    @DisplayName("a server that stops reading: the blocked write times out, pending actions fail with the cause, the client reconnects")
    void stopsReading() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(FAST)
                        // 10 s: the blocked write times out after it, and the next connection's writes have it to finish
                        .timeouts(t -> t.writeTimeout(Duration.ofSeconds(10))).limits(l -> l.maxQueuedBytes(64L * 1024 * 1024)
                        .maxActionsInFlight(100_000)).timeouts(t -> t.actionTimeout(Duration.ofSeconds(60))).build())) {
            ami.expect("Stall").stall();
            client.send(GenericAction.of("Stall"));
            ami.takeAction("Stall", WAIT);
            String filler = "x".repeat(900);
            List<CompletableFuture<AmiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 40_000; i++) { // 36 MB: far more than the socket buffers hold
                futures.add(client.send(GenericAction.of("UserEvent").header("Data", filler)));
            }
            ami.awaitLoggedIn(1, WAIT);
            Throwable cause = null;
            for (CompletableFuture<AmiResponse> f : futures) {
                try {
                    f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    cause = e.getCause();
                    break;
                }
            }
            assertThat(cause).isInstanceOf(AmiConnectionLostException.class)
                    .hasMessageContaining("within 10000 ms (writeTimeout)");
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }
}
