package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiOverloadException;
import io.amisdk.runtime.AmiResources;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReconnectTest {
    /** Ends a failed test; never a budget: it outlasts the 10 s keepalive timeouts below. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ReconnectPolicy FAST = ReconnectPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(20)).build();

    @Test
    @DisplayName("after a drop: pending futures fail, states go DISCONNECTED → RECONNECTING → … → LOGGED_IN, login and event mask are restored")
    void reconnectsAndRestores() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).reconnectPolicy(FAST)
                        .eventMask("system,call").timeouts(t -> t.actionTimeout(Duration.ofSeconds(60))).build())) {
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            client.onStateChange(states::add);
            List<String> events = new CopyOnWriteArrayList<>();
            client.onEvent("Hangup", e -> events.add(e.headers().get("Channel")));
            client.start();
            ami.handle("Wait", (a, s) -> { });
            CompletableFuture<AmiResponse> pending = client.send(GenericAction.of("Wait"));
            ami.takeAction("Wait", WAIT);

            // when
            ami.sessions().get(0).drop();

            // then
            try {
                pending.get(10, TimeUnit.SECONDS);
                throw new AssertionError("the pending action survived the loss");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(AmiConnectionLostException.class);
            }
            ami.awaitLoggedIn(1, WAIT);
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN
                    && states.lastIndexOf(ConnectionState.LOGGED_IN) > states.indexOf(ConnectionState.DISCONNECTED));
            assertThat(client.reconnectCount()).isEqualTo(1);
            assertThat(states).containsSubsequence(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                    ConnectionState.LOGGED_IN, ConnectionState.DISCONNECTED, ConnectionState.RECONNECTING,
                    ConnectionState.CONNECTING, ConnectionState.CONNECTED, ConnectionState.LOGGED_IN);
            assertThat(ami.history("Login")).extracting(l -> l.get("Events")).containsExactly("system,call", "system,call");
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");

            // a mask changed at run time is the one the next reconnect logs in with
            ami.handle("Events", (a, s) -> s.reply(a, "Response", "Success", "Events", "On"));
            assertThat(client.setEventMask("call").get(10, TimeUnit.SECONDS).get("Events")).isEqualTo("On");
            assertThat(ami.takeAction("Events", WAIT).get("EventMask")).isEqualTo("call");
            ami.sessions().get(1).drop();
            ami.awaitLoggedIn(2, WAIT);
            assertThat(ami.history("Login")).extracting(l -> l.get("Events")).containsExactly("system,call", "system,call", "call");
            Clients.await("LOGGED_IN a third time", WAIT, () -> client.state() == ConnectionState.LOGGED_IN
                    && client.reconnectCount() == 2);
            ami.emit("Hangup", "Channel", "PJSIP/after-reconnect");
            Clients.await("an event on the new connection", WAIT, () -> events.contains("PJSIP/after-reconnect"));
        }
    }

    @Test
    @DisplayName("an idle connection is pinged; when the Ping goes unanswered the client reconnects")
    void keepalive() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(FAST)
                        .timeouts(t -> t.keepaliveInterval(Duration.ofMillis(100)).keepaliveTimeout(Duration.ofSeconds(10))).build())) {
            // a 10 s keepalive timeout: the answered Pings (the first here, every one on the next connection) have a
            // generous bound, so a loaded machine answering late is no second loss; the stalled Ping is found after it
            ami.expect("Ping").reply("Response", "Success", "Ping", "Pong"); // the first keepalive is answered
            ami.expect("Ping").stall();                                     // the second is not
            ami.awaitLoggedIn(1, WAIT);
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
            assertThat(client.reconnectCount()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a server that stops reading never blocks send(); keepalive or the write timeout notices and the client reconnects")
    void stalledServer() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(FAST)
                        // Either may end the stall, each after 10 s: keepalive when its Ping got into the queue, the
                        // write timeout (the default) when the full queue refused the Ping, which keepalive does not count
                        .timeouts(t -> t.keepaliveInterval(Duration.ofMillis(500)).keepaliveTimeout(Duration.ofSeconds(10))
                        .actionTimeout(Duration.ofSeconds(60))).build())) {
            ami.expect("Stall").stall();
            client.send(GenericAction.of("Stall"));
            ami.takeAction("Stall", WAIT);
            String filler = "x".repeat(900);
            List<CompletableFuture<AmiResponse>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 20_000; i++) { // ~19 MB: far more than the socket buffers hold
                futures.add(client.send(GenericAction.of("UserEvent").header("UserEvent", "Fill").header("Data", filler)));
            }
            // Shown by order, not by a clock: the loop ended with the stalled connection still the client's one. A send
            // that waited for the server would have waited until keepalive or the write timeout (10 s each) ended the stall.
            assertThat(ami.connectionCount()).as("sending never waited for the server").isEqualTo(1);
            assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_IN);
            assertThat(client.reconnectCount()).isZero();
            ami.awaitLoggedIn(1, WAIT);
            // Every future completes: refused by a bound (at once), lost with the stalled connection, or answered.
            int lost = 0;
            int refused = 0;
            for (CompletableFuture<AmiResponse> f : futures) {
                try {
                    f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    // answered: the fake answers UserEvent "Invalid/unknown command", an error answer by the one rule
                    assertThat(e.getCause()).isInstanceOfAny(AmiConnectionLostException.class, AmiOverloadException.class,
                            io.amisdk.runtime.AmiActionFailedException.class);
                    if (e.getCause() instanceof io.amisdk.runtime.AmiActionFailedException failed) {
                        assertThat(failed.response().message()).isEqualTo("Invalid/unknown command");
                    } else if (e.getCause() instanceof AmiOverloadException) {
                        refused++;
                    } else {
                        lost++;
                    }
                } catch (Exception e) {
                    throw new AssertionError("a future did not complete", e);
                }
            }
            assertThat(lost).isPositive();
            assertThat(refused).as("19 MB is more than maxQueuedBytes and 20 000 more than maxActionsInFlight").isPositive();
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
        }
    }

    @Test
    @DisplayName("when reconnecting gives up, the client ends CLOSED")
    void givesUp() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami)
                        .reconnectPolicy(FAST.toBuilder().maxAttempts(3).build()).build())) {
            List<ConnectionState> states = new CopyOnWriteArrayList<>();
            client.onStateChange(states::add);
            // every new login is dropped, on a port the test keeps: a closed server's port can be taken by another
            // process's server meanwhile (a loaded machine runs many), and the client would log in there
            for (int i = 0; i < 10; i++) {
                ami.expect("Login").drop();
            }
            ami.dropAll();
            Clients.await("CLOSED", WAIT, () -> client.state() == ConnectionState.CLOSED);
            Clients.await("CLOSED delivered", WAIT, () -> states.contains(ConnectionState.CLOSED));
            assertThat(states.stream().filter(s -> s == ConnectionState.RECONNECTING).count()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("100 drop/reconnect cycles leave no thread and no socket behind")
    void noLeaks() {
        Clients.await("no reader left by earlier tests", WAIT, () -> Clients.threads("amisdk-reader-") == 0);
        long socketsBefore = Clients.openSockets();
        // Platform threads even on Java 21+: virtual readers cannot be listed, and leaks are counted by thread here.
        AmiResources resources = AmiResources.builder().callbackThreads(1).listenerThreads(1).connectThreads(1)
                .virtualThreads(false).build();
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            AmiClient client = AmiClient.connect(Clients.config(ami).reconnectPolicy(FAST).resources(resources)
                    .timeouts(t -> t.keepaliveInterval(Duration.ofSeconds(30))).build());
            for (int cycle = 0; cycle < 100; cycle++) {
                FakeSession session = ami.awaitLoggedIn(cycle, WAIT);
                Clients.await("logged in, cycle " + cycle, WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
                session.drop();
                Clients.await("the loss seen, cycle " + cycle, WAIT, () -> client.state() != ConnectionState.LOGGED_IN
                        || ami.connectionCount() > session.index() + 1);
            }
            ami.awaitLoggedIn(100, WAIT);
            Clients.await("logged in after 100 cycles", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
            assertThat(client.reconnectCount()).isEqualTo(100);
            Clients.await("one reader left, the current one", WAIT, () -> Clients.threads("amisdk-reader-") == 1);
            assertThat(resources.liveThreadCount()).as("timer, one callback, listener and connect thread, and I/O threads only while writing")
                    .isLessThanOrEqualTo(7);
            client.close();
        }
        resources.close();
        Clients.await("amisdk threads gone", WAIT, () -> Clients.threads("amisdk-reader-") == 0 && resources.liveThreadCount() == 0);
        if (socketsBefore >= 0) {
            Clients.await("sockets closed (before: " + socketsBefore + ", now: " + Clients.openSockets() + ")", WAIT,
                    () -> Clients.openSockets() <= socketsBefore);
        }
    }
}
