package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiOverloadException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.EventOverflowPolicy;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every bound is a config value; reaching one fails the new action at once, naming the bound. */
@Timeout(120)
class BoundsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static Throwable failure(CompletableFuture<?> f) {
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("did not complete", e);
        }
        throw new AssertionError("completed normally");
    }

    /** Whether the thread is inside the runtime's send (parked there waiting for room). */
    private static boolean inSend(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("io.amisdk.runtime.AmiConnection") && frame.getMethodName().equals("send")) {
                return true;
            }
        }
        return false;
    }

    @Test
    @DisplayName("actions in flight: the one over maxActionsInFlight fails at once, naming the bound; room comes back")
    void inFlight() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                // the held actions must still be pending when checked: a 60 s action timeout, not the 10 s default
                AmiClient client = AmiClient.connect(Clients.config(ami).limits(l -> l.maxActionsInFlight(5))
                        .timeouts(t -> t.actionTimeout(Duration.ofSeconds(60))).build())) {
            ami.handle("Hold", (a, s) -> { });
            List<CompletableFuture<AmiResponse>> held = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                held.add(client.send(GenericAction.of("Hold")));
            }
            CompletableFuture<AmiResponse> sixth = client.send(GenericAction.of("Ping"));
            assertThat(sixth).isCompletedExceptionally(); // failed before send returned: "at once", without a clock
            assertThat(failure(sixth)).isInstanceOf(AmiOverloadException.class)
                    .hasMessageContaining("Ping was not sent").hasMessageContaining("maxActionsInFlight 5");
            assertThat(client.inFlightActionCount()).isEqualTo(5);
            assertThat(held).allMatch(f -> !f.isDone());
        }
    }

    @Test
    @DisplayName("fullQueueWait: a send waits for room up to the bound instead of failing")
    void waitsForRoom() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                // 20 s: a bound that only ends a failure; the Slow is answered as soon as the Ping's send waits
                AmiClient client = AmiClient.connect(Clients.config(ami).limits(l -> l.maxActionsInFlight(1))
                        .timeouts(t -> t.fullQueueWait(Duration.ofSeconds(20))).build())) {
            Thread sender = Thread.currentThread();
            List<String> order = new CopyOnWriteArrayList<>();
            ami.handle("Slow", (a, s) -> new Thread(() -> {
                // answered only once the sender is parked in send() for room: waiting is shown by order, not a sleep
                Clients.await("the Ping's send waiting for room", WAIT, () -> sender.getState() == Thread.State.TIMED_WAITING
                        && inSend(sender));
                order.add("Slow answered");
                s.success(a, "late");
            }).start());
            CompletableFuture<AmiResponse> first = client.send(GenericAction.of("Slow"));
            CompletableFuture<AmiResponse> second = client.send(GenericAction.of("Ping")); // waits until Slow is answered
            order.add("Ping send returned");
            assertThat(order).containsExactly("Slow answered", "Ping send returned");
            assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS).message()).isEqualTo("late");
            assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("bytes queued for writing: over maxQueuedBytes (the server stopped reading) fails at once, naming the bound")
    void queuedBytes() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                // a 60 s write timeout: the stalled connection must outlast the loop, or the refusal is a loss
                AmiClient client = AmiClient.connect(Clients.config(ami).limits(l -> l.maxQueuedBytes(256 * 1024)
                        .maxActionsInFlight(100_000)).timeouts(t -> t.writeTimeout(Duration.ofSeconds(60))).build())) {
            ami.expect("Stall").stall();
            client.send(GenericAction.of("Stall"));
            ami.takeAction("Stall", WAIT);
            String filler = "x".repeat(900);
            Throwable refused = null;
            for (int i = 0; i < 60_000 && refused == null; i++) { // 54 MB at most: the socket buffers fill first
                CompletableFuture<AmiResponse> f = client.send(GenericAction.of("UserEvent").header("Data", filler));
                if (f.isCompletedExceptionally()) {
                    refused = failure(f);
                }
            }
            // refused is set only from a future already failed when send returned: the bound fails at once
            assertThat(refused).isInstanceOf(AmiOverloadException.class).hasMessageContaining("maxQueuedBytes 262144");
        }
    }

    @Test
    @DisplayName("a list longer than maxListItems fails naming the bound; the connection goes on")
    void listBound() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).limits(l -> l.maxListItems(100)).build())) {
            ami.handle("Big", (a, s) -> {
                StringBuilder b = new StringBuilder(FakeSession.formatReply(a, "Response", "Success", "EventList", "start"));
                for (int i = 0; i < 150; i++) {
                    b.append(FakeSession.formatEvent("Item", "ActionID", a.actionId(), "N", Integer.toString(i)));
                }
                b.append(FakeSession.formatEvent("BigComplete", "ActionID", a.actionId(), "EventList", "Complete"));
                s.raw(b.toString());
            });
            Throwable e = failure(client.sendList(GenericAction.of("Big")));
            assertThat(e).isInstanceOf(AmiOverloadException.class).hasMessageContaining("150 items")
                    .hasMessageContaining("maxListItems 100");
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("a 10 000-item list during 2 000 live events: every live event reaches the listener, no item does, none dropped")
    void bigListDuringLiveEvents() throws Exception {
        int items = 10_000;
        int live = 2_000;
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).limits(l -> l.eventQueueCapacity(3_000)
                        .eventOverflowPolicy(EventOverflowPolicy.DROP_OLDEST)).build())) {
            List<String> seen = new CopyOnWriteArrayList<>();
            AtomicInteger hangups = new AtomicInteger();
            client.onAnyEvent(e -> {
                seen.add(e.eventName());
                if (e.eventName().equals("Hangup")) {
                    hangups.incrementAndGet();
                }
            });
            client.start();
            ami.handle("CoreShowChannels", (a, s) -> {
                StringBuilder b = new StringBuilder(FakeSession.formatReply(a, "Response", "Success", "EventList", "start"));
                int h = 0;
                for (int i = 0; i < items; i++) {
                    b.append(FakeSession.formatEvent("CoreShowChannel", "ActionID", a.actionId(),
                            "Channel", "PJSIP/" + i));
                    if (i % 5 == 0 && h < live) {
                        b.append(FakeSession.formatEvent("Hangup", "Channel", "PJSIP/live-" + h++));
                    }
                    if (b.length() > 32_000) {
                        s.raw(b.toString().getBytes(StandardCharsets.UTF_8));
                        b.setLength(0);
                    }
                }
                b.append(FakeSession.formatEvent("CoreShowChannelsComplete", "ActionID", a.actionId(),
                        "EventList", "Complete", "ListItems", Integer.toString(items)));
                s.raw(b.toString());
            });
            AmiListResponse<AmiEvent> list = client.sendList(GenericAction.of("CoreShowChannels")).get(30, TimeUnit.SECONDS);
            assertThat(list.items()).hasSize(items);
            assertThat(list.announcedItems()).isEqualTo(items);
            Clients.await(live + " hangups", WAIT, () -> hangups.get() == live);
            assertThat(seen).doesNotContain("CoreShowChannel", "CoreShowChannelsComplete");
            assertThat(client.droppedEventCount()).isZero();
        }
    }

    @Test
    @DisplayName("while reconnecting: fail fast by default; with disconnectedWait the action waits for the new login, or fails after it")
    void disconnected() throws Exception {
        ReconnectPolicy slow = ReconnectPolicy.builder().initialDelay(Duration.ofMillis(300)).maxDelay(Duration.ofMillis(300)).multiplier(1.0).jitter(0).build();
        // failFast must still be disconnected when it sends, however late the test thread runs: it waits 10 minutes
        ReconnectPolicy later = ReconnectPolicy.builder().initialDelay(Duration.ofMinutes(10)).maxDelay(Duration.ofMinutes(10))
                .multiplier(1.0).jitter(0).build();
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient failFast = AmiClient.connect(Clients.config(ami).reconnectPolicy(later).build());
                // 20 s: a bound that only ends a failure; the new login comes after about 300 ms
                AmiClient waits = AmiClient.connect(Clients.config(ami).reconnectPolicy(slow)
                        .timeouts(t -> t.disconnectedWait(Duration.ofSeconds(20))).build())) {
            ami.dropAll();
            Clients.await("both see the loss", WAIT, () -> failFast.state() != ConnectionState.LOGGED_IN
                    && waits.state() != ConnectionState.LOGGED_IN);
            CompletableFuture<AmiResponse> fast = failFast.send(GenericAction.of("Ping"));
            assertThat(fast).isCompletedExceptionally();
            assertThat(failure(fast)).isInstanceOf(AmiConnectionLostException.class).hasMessageContaining("not connected");
            CompletableFuture<AmiResponse> waited = waits.send(GenericAction.of("Ping"));
            assertThat(waited.get(30, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient waits = AmiClient.connect(Clients.config(ami).reconnectPolicy(slow)
                        .timeouts(t -> t.disconnectedWait(Duration.ofMillis(100))).build())) {
            for (int i = 0; i < 100; i++) {
                ami.expect("Login").drop(); // nobody to log in to, on a port no other process can take meanwhile
            }
            ami.dropAll();
            Clients.await("the loss seen", WAIT, () -> waits.state() != ConnectionState.LOGGED_IN);
            Throwable e = failure(waits.send(GenericAction.of("Ping")));
            assertThat(e).isInstanceOf(AmiConnectionLostException.class).hasMessageContaining("disconnectedWait")
                    .hasMessageContaining("100 ms");
        }
    }
}
