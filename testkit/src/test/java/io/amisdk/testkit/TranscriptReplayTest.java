package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every recorded session replayed through the testkit to a real {@link AmiClient}; what the client
 * parsed is compared with what {@link ReplayScenario} worked out from the recorded bytes.
 */
class TranscriptReplayTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    static Stream<Transcript> transcripts() {
        return RecordedSessions.all().stream();
    }

    @Test
    @DisplayName("all 56 recorded sessions are there")
    void allThere() {
        assertThat(RecordedSessions.all()).hasSize(RecordedSessions.EXPECTED_COUNT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    @DisplayName("the client parses every recorded session as recorded (recorded segmentation)")
    void replay(Transcript transcript) throws Exception {
        replayAndCheck(transcript, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transcripts")
    @DisplayName("the client parses every recorded session delivered one byte per write")
    void replayOneByteWrites(Transcript transcript) throws Exception {
        replayAndCheck(transcript, true);
    }

    @Test
    @DisplayName("MD5 login over the replay sends the recorded Key: md5hex(recorded challenge + amp111)")
    void md5KeyMatchesRecording() throws Exception {
        Transcript t = RecordedSessions.named("login_md5_success");
        ReplayScenario scenario = new ReplayScenario(t);
        try (TranscriptReplay replay = TranscriptReplay.start(t);
                AmiClient client = AmiClient.connect(config(replay, scenario).build())) {
            client.send(GenericAction.of("Logoff")).get(10, TimeUnit.SECONDS);
            replay.awaitFinished(WAIT);
            AmiMessage sentLogin = replay.received().get(1);
            assertThat(sentLogin.get("Key")).isEqualTo(scenario.loginAction.get("Key"));
            assertThat(replay.actionIdMap()).hasSize(3);
        }
    }

    @Test
    @DisplayName("the recordings exercise every kind of answer: lists, awaited OriginateResponses, Command output, errors")
    void coverage() {
        int lists = 0;
        int items = 0;
        int awaited = 0;
        int outputs = 0;
        int errors = 0;
        int unanswered = 0;
        int events = 0;
        for (Transcript t : RecordedSessions.all()) {
            ReplayScenario s = new ReplayScenario(t);
            events += s.totalEvents();
            for (ReplayScenario.Step step : s.steps) {
                switch (step.mode()) {
                    case LIST -> {
                        lists++;
                        items += step.items().size();
                    }
                    case AWAIT_ORIGINATE_RESPONSE -> awaited++;
                    case RESPONSE -> { }
                }
                if (step.response() == null) {
                    unanswered++;
                } else {
                    outputs += step.response().getAll("Output").size();
                    errors += "Error".equals(step.response().get("Response")) ? 1 : 0;
                }
            }
        }
        System.out.printf("transcripts: %d; list actions %d with %d items; awaited OriginateResponses %d; "
                + "Output lines %d; error responses %d; unanswered actions %d; events %d%n",
                RecordedSessions.all().size(), lists, items, awaited, outputs, errors, unanswered, events);
        assertThat(lists).isPositive();
        assertThat(items).isPositive();
        assertThat(awaited).isPositive();
        assertThat(outputs).isPositive();
        assertThat(errors).isPositive();
        assertThat(events).isPositive();
    }

    static AmiClientConfig.Builder config(TranscriptReplay replay, ReplayScenario scenario) {
        AmiClientConfig.Builder b = AmiClientConfig.builder().host(replay.host()).port(replay.port())
                .timeouts(t -> t.keepaliveInterval(Duration.ZERO)).reconnectPolicy(ReconnectPolicy.disabled())
                .timeouts(t -> t.actionTimeout(Duration.ofSeconds(30))).eventDecoders(EventDecoders.empty())
                .limits(l -> l.eventQueueCapacity(100_000))
                // as recorded: every event, list items too, reaches the listeners
                .listItemsToListeners(true);
        switch (scenario.login) {
            case NONE -> b.authType(AuthType.NONE);
            case PLAIN -> b.authType(AuthType.PLAIN).username(scenario.loginAction.get("Username"))
                    .secret(scenario.loginAction.get("Secret"));
            // The recording's secret is amp111 when the login succeeded; for the wrong-key session any other will do.
            case MD5 -> b.authType(AuthType.MD5).username(scenario.loginAction.get("Username"))
                    .secret("Success".equals(scenario.loginResponse.get("Response")) ? "amp111" : "not-the-secret");
        }
        String events = scenario.loginAction == null ? null : scenario.loginAction.get("Events");
        if (events != null) {
            b.eventMask(events);
        }
        return b;
    }

    private static void replayAndCheck(Transcript transcript, boolean oneByteWrites) throws Exception {
        ReplayScenario scenario = new ReplayScenario(transcript);
        TranscriptReplay.Builder builder = TranscriptReplay.builder(transcript);
        if (oneByteWrites) {
            builder.oneByteWrites();
        }
        try (TranscriptReplay replay = builder.start()) {
            AmiClient client = AmiClient.create(config(replay, scenario).build());
            List<String> events = Collections.synchronizedList(new ArrayList<>());
            client.onAnyEvent(e -> events.add(e.eventName()));
            try {
                if (scenario.login != ReplayScenario.Login.NONE
                        && "Error".equals(scenario.loginResponse.get("Response"))) {
                    assertThatThrownBy(client::start).isInstanceOf(AmiAuthenticationException.class)
                            .satisfies(e -> assertThat(((AmiAuthenticationException) e).serverMessage())
                                    .isEqualTo(scenario.loginResponse.get("Message")));
                    replay.awaitFinished(WAIT);
                    return;
                }
                client.start();
                assertThat(client.greeting()).isEqualTo(scenario.greeting);

                List<CompletableFuture<?>> futures = new ArrayList<>();
                for (ReplayScenario.Step step : scenario.steps) {
                    futures.add(send(client, step));
                }
                replay.awaitServerDone(WAIT);
                for (int i = 0; i < futures.size(); i++) {
                    ReplayScenario.Step step = scenario.steps.get(i);
                    boolean answered = step.response() != null
                            && (step.mode() != ReplayScenario.Mode.LIST || step.completion() != null);
                    if (answered) {
                        check(step, outcome(futures.get(i)), transcript.name());
                    }
                }
                awaitEvents(events, scenario.totalEvents());
                assertThat(countByName(events)).as("%s: events by name", transcript.name())
                        .isEqualTo(new TreeMap<>(scenario.eventCounts));
                client.close();
                replay.awaitFinished(WAIT);
                for (int i = 0; i < futures.size(); i++) {
                    ReplayScenario.Step step = scenario.steps.get(i);
                    if (step.response() == null) {
                        // e.g. IAXnetstats: Asterisk never answered; the future must still complete.
                        CompletableFuture<?> f = futures.get(i);
                        assertThatThrownBy(() -> f.get(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                                .isInstanceOf(ExecutionException.class)
                                .hasCauseInstanceOf(AmiConnectionLostException.class);
                    }
                }
            } finally {
                client.close();
            }
        }
    }

    /** The future's value; for an error answer (which fails the future, the one rule) the response it carries. */
    private static Object outcome(CompletableFuture<?> future) throws Exception {
        try {
            return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AmiActionFailedException failed) {
                // an AmiActionFailedException carries an error answer by construction: check what the message names
                assertThat(failed).hasMessageContaining(failed.response().actionName() + " (ActionID "
                        + failed.response().actionId() + ")");
                return failed.response();
            }
            throw e;
        }
    }

    private static CompletableFuture<?> send(AmiClient client, ReplayScenario.Step step) {
        AmiMessage recorded = step.action();
        // A recorded message without Action cannot be made by the client; any action keeps the replay in step.
        String name = recorded.get("Action") == null ? "MissingAction" : recorded.get("Action");
        GenericAction action = GenericAction.of(name);
        for (Map.Entry<String, String> h : recorded.headers()) {
            if (!h.getKey().equalsIgnoreCase("Action") && !h.getKey().equalsIgnoreCase("ActionID")) {
                action = action.header(h.getKey(), h.getValue());
            }
        }
        return switch (step.mode()) {
            case RESPONSE -> client.send(action);
            case LIST -> client.sendList(action);
            case AWAIT_ORIGINATE_RESPONSE -> client.sendAndAwaitEvent(action, "OriginateResponse", Duration.ofSeconds(30));
        };
    }

    private static void check(ReplayScenario.Step step, Object result, String transcript) {
        String what = transcript + ": " + step.action().get("Action") + " " + step.action().get("ActionID");
        switch (step.mode()) {
            case RESPONSE -> checkResponse((AmiResponse) result, step.response(), what);
            case LIST -> {
                if (result instanceof AmiResponse error) {
                    checkResponse(error, step.response(), what);
                    return;
                }
                AmiListResponse<?> list = (AmiListResponse<?>) result;
                checkResponse(list.response(), step.response(), what);
                assertThat(list.items()).as(what + " list items").hasSize(step.items().size());
                for (int i = 0; i < list.items().size(); i++) {
                    assertThat(list.items().get(i).eventName()).as(what + " item " + i).isEqualTo(step.items().get(i).get("Event"));
                }
                assertThat(list.completion().eventName()).as(what + " completion").isEqualTo(step.completion().get("Event"));
                String announced = step.completion().get("ListItems");
                if (announced != null) {
                    assertThat(list.announcedItems()).as(what + " ListItems").isEqualTo(Integer.parseInt(announced));
                }
            }
            case AWAIT_ORIGINATE_RESPONSE -> {
                AmiEvent event = (AmiEvent) result;
                assertThat(event.eventName()).isEqualTo("OriginateResponse");
                assertThat(event.headers().get("Response")).as(what).isEqualTo(step.awaitedEvent().get("Response"));
                assertThat(event.headers().get("Channel")).as(what).isEqualTo(step.awaitedEvent().get("Channel"));
            }
        }
    }

    private static void checkResponse(AmiResponse actual, AmiMessage expected, String what) {
        assertThat(actual.get("Response")).as(what + " Response").isEqualTo(expected.get("Response"));
        assertThat(actual.message()).as(what + " Message").isEqualTo(expected.get("Message"));
        assertThat(actual.output()).as(what + " Output").isEqualTo(expected.getAll("Output"));
        List<String> expectedNames = new ArrayList<>();
        expected.headers().forEach(h -> expectedNames.add(h.getKey()));
        List<String> actualNames = new ArrayList<>();
        actual.headers().headers().forEach(h -> actualNames.add(h.getKey()));
        assertThat(actualNames).as(what + " header names").isEqualTo(expectedNames);
    }

    private static void awaitEvents(List<String> events, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        if (events.size() < expected) {
            fail("only " + events.size() + " of " + expected + " events arrived");
        }
    }

    private static Map<String, Integer> countByName(List<String> names) {
        Map<String, Integer> counts = new TreeMap<>();
        synchronized (names) {
            names.forEach(n -> counts.merge(n, 1, Integer::sum));
        }
        return counts;
    }
}
