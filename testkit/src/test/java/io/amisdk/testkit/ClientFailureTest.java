package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiInvalidActionException;
import io.amisdk.runtime.AmiLimits;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiProtocolException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiTimeoutException;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the client behaves when the server misbehaves, and when the caller does. */
class ClientFailureTest {
    /** Ends a failed test; never a budget: a timeout under test is the client's 10 s, which WAIT outlasts. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not fail in time", e);
        }
        throw new AssertionError("the future succeeded");
    }

    @Test
    @DisplayName("wrong secret, plain and MD5: an authentication failure with Asterisk's message")
    void authenticationFailure() {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            for (AuthType auth : List.of(AuthType.PLAIN, AuthType.MD5)) {
                assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).authType(auth).secret("wrong-one").build()))
                        .isInstanceOf(AmiAuthenticationException.class)
                        .hasMessageContaining("Authentication failed").hasMessageNotContaining("wrong-one");
            }
        }
    }

    @Test
    @DisplayName("the server closes in the middle of a response: the future fails as connection lost")
    void closeMidMessage() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Ping").then((a, s) -> {
                s.raw("Response: Success\r\nActionID: " + a.actionId() + "\r\nPing: Po");
                s.drop();
            });
            Throwable e = failure(client.send(GenericAction.of("Ping")));
            assertThat(e).isInstanceOf(AmiConnectionLostException.class).hasMessageContaining("middle of a message");
            Clients.await("CLOSED", WAIT, () -> client.state() == ConnectionState.CLOSED);
        }
    }

    @Test
    @DisplayName("the server closes in the middle of a list: the list future fails as connection lost")
    void closeMidList() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("CoreShowChannels").reply("Response", "Success", "EventList", "start", "Message", "Channels will follow")
                    .event("CoreShowChannel", "Channel", "Local/100@test-00000001;1").drop();
            assertThat(failure(client.sendList(GenericAction.of("CoreShowChannels"))))
                    .isInstanceOf(AmiConnectionLostException.class);
        }
    }

    @Test
    @DisplayName("the server closes in the middle of the login: a connection error, not an authentication failure")
    void closeMidLogin() {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            ami.expect("Challenge").raw("Response: Success\r\nChall").drop();
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).build()))
                    .isInstanceOf(AmiConnectionLostException.class)
                    .isNotInstanceOf(AmiAuthenticationException.class);
            ami.expect("Login").drop();
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).authType(AuthType.PLAIN).build()))
                    .isInstanceOf(AmiConnectionLostException.class);
        }
    }

    @Test
    @DisplayName("garbage instead of a greeting is a protocol error")
    void garbageGreeting() {
        try (FakeAsterisk ami = FakeAsterisk.builder().greeting("\u0000\u0001\u0002 binary").start()) {
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).build()))
                    .isInstanceOf(AmiProtocolException.class).hasMessageContaining("not an AMI greeting");
        }
    }

    @Test
    @DisplayName("text instead of an answer is read, not fatal: the action times out, the connection stays usable")
    void garbageMessage() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                // the 10 s action timeout (Clients.config) both times out the garbled Ping and bounds the next one's answer
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Ping").raw("<html>not AMI at all</html>\r\n\r\n");
            Throwable e = failure(client.send(GenericAction.of("Ping")));
            assertThat(e).isInstanceOf(AmiTimeoutException.class);
            assertThat(client.send(GenericAction.of("Ping")).join().get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("oversized input: an endless line, too many headers, a huge message → protocol errors, bounded memory")
    void oversized() {
        AmiLimits limits = AmiLimits.builder().maxLineLength(1024).maxHeadersPerMessage(50).maxMessageBytes(16 * 1024).build();
        String endlessLine = "Event: X\r\nData: " + "z".repeat(1_000_000);
        String manyHeaders = "Event: X\r\n" + "H: v\r\n".repeat(60) + "\r\n";
        String hugeMessage = "Event: X\r\n" + ("Data: " + "q".repeat(1000) + "\r\n").repeat(40) + "\r\n";
        for (String input : List.of(endlessLine, manyHeaders, hugeMessage)) {
            try (FakeAsterisk ami = FakeAsterisk.start();
                    AmiClient client = AmiClient.connect(Clients.config(ami).limits(limits).build())) {
                ami.expect("Ping").raw(input);
                Throwable e = failure(client.send(GenericAction.of("Ping")));
                assertThat(e.getCause()).isInstanceOf(AmiProtocolException.class);
            }
        }
    }

    @Test
    @DisplayName("header injection is refused before anything is written: the server never sees the smuggled action")
    void headerInjection() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            AmiAction<AmiResponse> evil = new AmiAction<>() {
                @Override
                public AmiResponse decodeResponse(AmiResponse response) {
                    return response;
                }

                @Override
                public String actionName() {
                    return "UserEvent";
                }

                @Override
                public void writeHeaders(AmiHeaderWriter out) {
                    out.header("UserEvent", "x").header("Body", "a\r\n\r\nAction: Originate\r\nChannel: Local/666@evil");
                }
            };
            assertThat(failure(client.send(evil))).isInstanceOf(AmiInvalidActionException.class)
                    .hasMessageContaining("UserEvent was not sent").hasMessageContaining("header Body")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GenericAction.of("UserEvent").header("UserEvent", "a\nAction: Hangup"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header UserEvent");
            client.send(GenericAction.of("Ping")).join();
            List<String> seen = new ArrayList<>();
            ReceivedAction a;
            do {
                a = ami.takeAction(WAIT);
                seen.add(a.name());
            } while (!"Ping".equals(a.name()));
            assertThat(seen).containsExactly("Challenge", "Login", "Ping");
        }
    }

    @Test
    @DisplayName("an unanswered action times out; a late answer is ignored")
    void timeout() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                // 10 s (Clients.config): the Wait times out after it, and the Ping that follows is answered within it
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.handle("Wait", (a, s) -> { });
            assertThat(failure(client.send(GenericAction.of("Wait")))).isInstanceOf(AmiTimeoutException.class)
                    .hasMessageContaining("Wait").hasMessageContaining("10000 ms");
            assertThat(client.send(GenericAction.of("Ping")).join().get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("on loss every pending future fails at once, and close() stops everything")
    void lossFailsAllPending() {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            AmiClient client = AmiClient.connect(Clients.config(ami).timeouts(t -> t.actionTimeout(Duration.ofSeconds(60))).build());
            java.util.concurrent.atomic.AtomicInteger waits = new java.util.concurrent.atomic.AtomicInteger();
            ami.handle("Wait", (a, s) -> waits.incrementAndGet());
            List<CompletableFuture<AmiResponse>> pending = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                pending.add(client.send(GenericAction.of("Wait")));
            }
            Clients.await("50 actions received", WAIT, () -> waits.get() == 50);
            ami.dropAll();
            for (CompletableFuture<AmiResponse> f : pending) {
                // lost, not timed out: the action timeout is 60 s, failure() waits 30 s at most
                assertThat(failure(f)).isInstanceOf(AmiConnectionLostException.class);
            }
            client.close();
            assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
            assertThat(failure(client.send(GenericAction.of("Ping")))).isInstanceOf(AmiConnectionLostException.class);
        }
    }

    @Test
    @DisplayName("legacy Command framing (Response: Follows … --END COMMAND--) gives output() lines")
    void legacyCommand() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Command").then((a, s) -> s.raw("Response: Follows\r\nPrivilege: Command\r\nActionID: "
                    + a.actionId() + "\r\nChannel              Location\nNo: channels\n\n1 active call\n--END COMMAND--\r\n\r\n"));
            AmiResponse r = client.send(GenericAction.of("Command").header("Command", "core show channels")).join();
            assertThat(r.status()).isEqualTo(AmiResponse.Status.FOLLOWS);
            assertThat(r.get("Privilege")).isEqualTo("Command");
            assertThat(r.output()).containsExactly("Channel              Location", "No: channels", "", "1 active call");
        }
    }

    @Test
    @DisplayName("the older list form: 'will follow' and a …Complete event without EventList")
    void olderListForm() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Status").reply("Response", "Success", "Message", "Channel status will follow")
                    .event("Status", "Channel", "SIP/1").event("Status", "Channel", "SIP/2").event("StatusComplete", "Items", "2");
            AmiListResponse<AmiEvent> list = client.sendList(GenericAction.of("Status")).join();
            assertThat(list.items()).extracting(e -> e.headers().get("Channel")).containsExactly("SIP/1", "SIP/2");
            assertThat(list.completion().eventName()).isEqualTo("StatusComplete");
        }
    }

    @Test
    @DisplayName("an error answer fails send, sendList and sendAndAwaitEvent alike, naming the action and carrying the response")
    void errorRule() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("QueueStatus").reply("Response", "Error", "Message", "No such queue");
            ami.expect("Getvar").reply("Response", "Error", "Message", "No such channel");
            ami.expect("Originate").reply("Response", "Error", "Message", "Channel not specified");
            List<CompletableFuture<?>> futures = List.of(
                    client.sendList(GenericAction.of("QueueStatus").actionId("q1")),
                    client.send(GenericAction.of("Getvar").actionId("g1")),
                    client.sendAndAwaitEvent(GenericAction.of("Originate").actionId("o1"), "OriginateResponse"));
            List<String> expected = List.of("QueueStatus (ActionID q1) failed: No such queue",
                    "Getvar (ActionID g1) failed: No such channel", "Originate (ActionID o1) failed: Channel not specified");
            for (int i = 0; i < futures.size(); i++) {
                Throwable e = failure(futures.get(i));
                assertThat(e).isInstanceOf(AmiActionFailedException.class).hasMessage(expected.get(i));
                AmiResponse response = ((AmiActionFailedException) e).response();
                assertThat(response.actionId()).isEqualTo(List.of("q1", "g1", "o1").get(i));
                assertThat(response.actionName()).isEqualTo(expected.get(i).substring(0, expected.get(i).indexOf(' ')));
                assertThatThrownBy(response::orThrow).hasMessage(expected.get(i));
            }
        }
    }

    @Test
    @DisplayName("Originate Async completes with its OriginateResponse, matched by ActionID; an error fails it")
    void originateAsync() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            List<String> seen = new ArrayList<>();
            client.onEvent("OriginateResponse", e -> seen.add(e.actionId()));
            ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
                    .then((a, s) -> s.event("OriginateResponse", "ActionID", "someone-else", "Response", "Failure"))
                    .event("OriginateResponse", "Response", "Success", "Channel", "Local/100@test-00000001;1");
            AmiEvent done = client.sendAndAwaitEvent(GenericAction.of("Originate").header("Channel", "Local/100@test")
                    .header("Async", "true"), "OriginateResponse").join();
            assertThat(done.headers().get("Response")).isEqualTo("Success");
            assertThat(done.headers().get("Channel")).isEqualTo("Local/100@test-00000001;1");
            Clients.await("both events delivered to listeners", WAIT, () -> seen.size() == 2);

            ami.expect("Originate").reply("Response", "Error", "Message", "Channel not specified");
            assertThat(failure(client.sendAndAwaitEvent(GenericAction.of("Originate"), "OriginateResponse")))
                    .isInstanceOf(AmiActionFailedException.class).hasMessageContaining("Channel not specified");
        }
    }

    @Test
    @DisplayName("a user-supplied ActionID is sent as given; reusing one still in flight is refused")
    void userActionId() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.handle("Wait", (a, s) -> { });
            AmiResponse r = client.send(GenericAction.of("Ping").actionId("mine-1")).join();
            assertThat(r.actionId()).isEqualTo("mine-1");
            client.send(GenericAction.of("Wait").actionId("busy"));
            assertThat(failure(client.send(GenericAction.of("Wait").actionId("busy"))))
                    .isInstanceOf(AmiInvalidActionException.class).hasMessageContaining("busy");
        }
    }
}
