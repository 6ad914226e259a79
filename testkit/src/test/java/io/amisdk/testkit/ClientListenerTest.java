package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientHooks;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The okhttp-style hooks fire in order, and one that throws disturbs nothing. */
@Timeout(60)
class ClientListenerTest {
    /** Ends a failed test; never a budget: it outlasts the 10 s action timeout the Hold waits out. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Records every hook as one line. */
    static final class Recorder implements AmiClientHooks {
        final List<String> calls = new CopyOnWriteArrayList<>();
        /** Asserted by the test: an assertion inside a hook would be caught and counted as a hook failure. */
        final List<Duration> latencies = new CopyOnWriteArrayList<>();

        @Override
        public void connectStart(String host, int port) {
            calls.add("connectStart");
        }

        @Override
        public void connectEnd(String host, int port, String greeting, Duration took) {
            calls.add("connectEnd " + greeting);
        }

        @Override
        public void loginEnd(Duration took) {
            calls.add("loginEnd");
        }

        @Override
        public void actionSent(String action, String actionId) {
            calls.add("actionSent " + action);
        }

        @Override
        public void actionAnswered(String action, String actionId, boolean error, Duration latency) {
            calls.add("actionAnswered " + action + (error ? " error" : ""));
            latencies.add(latency);
        }

        @Override
        public void listCompleted(String action, String actionId, int items, Duration latency) {
            calls.add("listCompleted " + action + " " + items);
        }

        @Override
        public void actionFailed(String action, String actionId, Throwable cause) {
            calls.add("actionFailed " + action + " " + cause.getClass().getSimpleName());
        }

        @Override
        public void connectionLost(Throwable cause) {
            calls.add("connectionLost");
        }

        @Override
        public void reconnectScheduled(int attempt, Duration delay) {
            calls.add("reconnectScheduled " + attempt);
        }

        @Override
        public void reconnected(long reconnects) {
            calls.add("reconnected " + reconnects);
        }

        @Override
        public void eventDropped(String eventName) {
            calls.add("eventDropped " + eventName);
        }

        @Override
        public void closed() {
            calls.add("closed");
        }
    }

    @Test
    @DisplayName("connect, login, action sent/answered, list completed, error, timeout, loss, reconnect, close: in order")
    void inOrder() throws Exception {
        Recorder recorder = new Recorder();
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            ami.handle("CoreShowChannels", (a, s) -> s.raw(FakeSession.formatReply(a, "Response", "Success", "EventList", "start")
                    + FakeSession.formatEvent("CoreShowChannel", "ActionID", a.actionId(), "Channel", "PJSIP/1")
                    + FakeSession.formatEvent("CoreShowChannelsComplete", "ActionID", a.actionId(), "EventList", "Complete")));
            ami.handle("Hold", (a, s) -> { });
            // the 10 s action timeout (Clients.config) times out the Hold and bounds the answers the others must get
            AmiClient client = AmiClient.connect(Clients.config(ami).hooks(recorder)
                    .reconnectPolicy(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
                    .build());
            client.send(GenericAction.of("Ping")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.sendList(GenericAction.of("CoreShowChannels")).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.send(GenericAction.of("Nope")).handle((r, e) -> e).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            client.send(GenericAction.of("Hold")).handle((r, e) -> e).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            ami.sessions().get(0).drop();
            ami.awaitLoggedIn(1, WAIT);
            Clients.await("reconnected", WAIT, () -> recorder.calls.contains("reconnected 1"));
            client.close();
            assertThat(recorder.calls).containsSubsequence(
                    "connectStart", "connectEnd Asterisk Call Manager/11.0.0",
                    "actionSent Challenge", "actionAnswered Challenge", "actionSent Login", "actionAnswered Login",
                    "loginEnd",
                    "actionSent Ping", "actionAnswered Ping",
                    "actionSent CoreShowChannels", "listCompleted CoreShowChannels 1",
                    "actionSent Nope", "actionAnswered Nope error",
                    "actionSent Hold", "actionFailed Hold AmiTimeoutException",
                    "connectionLost", "reconnectScheduled 0", "connectStart", "loginEnd", "reconnected 1",
                    "closed");
            // at least Challenge, Login, Ping and Nope were answered (the list and the timed-out Hold have their own hooks)
            assertThat(recorder.latencies).hasSizeGreaterThanOrEqualTo(4).allMatch(latency -> latency.compareTo(Duration.ZERO) > 0);
            assertThat(client.hookFailureCount()).isZero();
        }
    }

    @Test
    @DisplayName("a hook that throws is counted and changes nothing")
    void throwingHook() throws Exception {
        AmiClientHooks bad = new AmiClientHooks() {
            @Override
            public void actionSent(String action, String actionId) {
                throw new StackOverflowError("in a hook");
            }
        };
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).hooks(bad).build())) {
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
            assertThat(client.hookFailureCount()).isGreaterThanOrEqualTo(3); // Challenge, Login, Ping
            assertThat(client.listenerFailureCount()).isZero();
        }
    }
}
