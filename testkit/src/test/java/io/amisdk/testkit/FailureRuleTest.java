package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiInvalidActionException;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiOutcomeEvent;
import io.amisdk.runtime.AmiOutcomeFailedException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiTimeoutException;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.HeaderValues;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one failure rule: no send method throws for a bad action; outcome events that report failure fail the wait. */
class FailureRuleTest {
    private static Throwable failure(CompletableFuture<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the future did not fail in time", e);
        }
        throw new AssertionError("the future succeeded with " + future.join());
    }

    /** An action whose own code writes a value with CR LF, as a hand-written or stale generated action might. */
    private static AmiAction<AmiResponse> writing(String name, String value) {
        return new AmiAction<>() {
            @Override
            public String actionName() {
                return "UserEvent";
            }

            @Override
            public void writeHeaders(AmiHeaderWriter out) {
                out.header(name, value);
            }

            @Override
            public AmiResponse decodeResponse(AmiResponse response) {
                return response;
            }
        };
    }

    @Test
    @DisplayName("a CR/LF/NUL value is refused where it is set, naming the header and not showing the value")
    void refusedWhereSet() {
        assertThatThrownBy(() -> HeaderValues.requireValid("Secret", "s3cret\r\nAction: Logoff"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Secret")
                .hasMessageContaining("CR").hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> GenericAction.of("Setvar").header("Value", "a\0b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Value").hasMessageContaining("NUL");
        assertThat(HeaderValues.requireValid("Variable", "A=1")).isEqualTo("A=1");
    }

    @Test
    @DisplayName("every send method fails the future for a bad action, connected or not, and sends nothing")
    void sendNeverThrows() {
        AmiAction<AmiResponse> evil = writing("Body", "x\r\nAction: Hangup");
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            assertThat(failure(client.send(evil))).isInstanceOf(AmiInvalidActionException.class).hasMessageContaining("header Body");
            assertThat(failure(client.sendList(evil))).isInstanceOf(AmiInvalidActionException.class);
            assertThat(failure(client.sendAndAwaitEvent(evil, "UserEvent"))).isInstanceOf(AmiInvalidActionException.class);
            assertThat(failure(client.sendAndAwaitEvent(GenericAction.of("Ping"), NotAnEvent.class)))
                    .isInstanceOf(AmiInvalidActionException.class).hasMessageContaining("NotAnEvent");
            assertThat(failure(client.setEventMask("system,nonsense"))).isInstanceOf(AmiInvalidActionException.class)
                    .hasMessageContaining("nonsense");
            assertThatThrownBy(() -> client.call(evil)).isInstanceOf(AmiInvalidActionException.class);
            client.send(GenericAction.of("Ping")).join();
            assertThat(ami.history()).extracting(ReceivedAction::name).containsExactly("Challenge", "Login", "Ping");
        }
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            AmiClient notStarted = AmiClient.create(Clients.config(ami).build());
            assertThat(failure(notStarted.send(evil))).isInstanceOf(AmiInvalidActionException.class);
            notStarted.close();
        }
    }

    /** A class that names no event: sendAndAwaitEvent cannot know what to wait for. */
    record NotAnEvent(AmiMessage headers) implements AmiEvent {
    }

    @Test
    @DisplayName("OriginateResponse with Response: Failure fails sendAndAwaitEvent with the event and its reason, typed or not")
    void failedOutcome() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.expect("Originate").reply("Response", "Success", "Message", "Originate successfully queued")
                    .event("OriginateResponse", "Response", "Failure", "Channel", "PJSIP/busy", "Reason", "5");
            Throwable failed = failure(client.sendAndAwaitEvent(
                    GenericAction.of("Originate").header("Channel", "PJSIP/busy").header("Async", "true"), "OriginateResponse"));
            assertThat(failed).isInstanceOf(AmiOutcomeFailedException.class)
                    .hasMessageContaining("Originate").hasMessageContaining("Reason 5 (busy)");
            AmiOutcomeFailedException outcome = (AmiOutcomeFailedException) failed;
            assertThat(outcome.reason()).isEqualTo("Reason 5 (busy)");
            assertThat(outcome.event().headers().get("Channel")).isEqualTo("PJSIP/busy");

            ami.expect("Originate").reply("Response", "Success")
                    .event("OriginateResponse", "Response", "Success", "Channel", "PJSIP/100-1");
            AmiEvent ok = client.sendAndAwaitEvent(GenericAction.of("Originate"), "OriginateResponse").join();
            assertThat(ok.headers().get("Channel")).isEqualTo("PJSIP/100-1");
        }
    }

    /** What a generated outcome event looks like: it implements AmiOutcomeEvent and says failure its own way. */
    record QueueCallResult(AmiMessage headers) implements AmiOutcomeEvent {
        @Override
        public boolean outcomeFailed() {
            return "no".equals(headers.get("Joined"));
        }

        @Override
        public String failureReason() {
            return "not joined: " + headers.get("Why");
        }
    }

    @Test
    @DisplayName("an event class implementing AmiOutcomeEvent decides failure itself; its reason is carried")
    void typedOutcome() {
        EventDecoders decoders = EventDecoders.empty().register("QueueCallResult", QueueCallResult.class, QueueCallResult::new);
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).eventDecoders(decoders).build())) {
            ami.expect("QueueCall").reply("Response", "Success").event("QueueCallResult", "Joined", "no", "Why", "full");
            assertThatThrownBy(() -> client.callAndAwaitEvent(GenericAction.of("QueueCall"), QueueCallResult.class))
                    .isInstanceOf(AmiOutcomeFailedException.class)
                    .satisfies(e -> assertThat(((AmiOutcomeFailedException) e).reason()).isEqualTo("not joined: full"));
            ami.expect("QueueCall").reply("Response", "Success").event("QueueCallResult", "Joined", "yes");
            assertThat(client.callAndAwaitEvent(GenericAction.of("QueueCall"), QueueCallResult.class).headers().get("Joined"))
                    .isEqualTo("yes");
        }
    }

    @Test
    @DisplayName("call() returns the answer, throws the error answer, and gives up after the action timeout")
    void blockingCall() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build());
                // only the Wait runs on this client: its short action timeout is the one thing under test, no answer races it
                AmiClient quick = AmiClient.connect(Clients.config(ami)
                        .timeouts(t -> t.actionTimeout(Duration.ofMillis(500))).build())) {
            assertThat(client.call(GenericAction.of("Ping")).get("Ping")).isEqualTo("Pong");
            ami.expect("Getvar").reply("Response", "Error", "Message", "No such channel");
            assertThatThrownBy(() -> client.call(GenericAction.of("Getvar").header("Variable", "X")))
                    .isInstanceOf(AmiActionFailedException.class).hasMessageContaining("No such channel");
            ami.handle("Wait", (a, s) -> { });
            assertThatThrownBy(() -> quick.call(GenericAction.of("Wait")))
                    .isInstanceOf(AmiTimeoutException.class).hasMessageContaining("Wait").hasMessageContaining("500 ms");
        }
    }
}
