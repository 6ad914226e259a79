package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiResources;
import io.amisdk.runtime.EventOverflowPolicy;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.GenericEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Events as a java.util.concurrent.Flow.Publisher with back-pressure. */
@Timeout(120)
class FlowTest {
    /**
     * Pools of its own: the counts here depend on the listener pool draining promptly, which work left on the
     * shared pools by earlier tests' stalled servers and sleeping listeners must not delay.
     */
    private static final AmiResources RESOURCES = AmiResources.builder().build();

    @org.junit.jupiter.api.AfterAll
    static void closeResources() {
        RESOURCES.close();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Writes {@code count} Tick events numbered from 1, in 64 KiB writes. */
    private static void ticks(FakeSession s, int count) {
        ticks(s, 1, count);
    }

    /** Writes Tick events numbered {@code first} to {@code last}, in 64 KiB writes. */
    private static void ticks(FakeSession s, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            b.append("Event: Tick\r\nN: ").append(i).append("\r\n\r\n");
            if (b.length() > 64 * 1024) {
                s.raw(b.toString().getBytes(StandardCharsets.UTF_8));
                b.setLength(0);
            }
        }
        s.raw(b.toString());
    }

    private static int n(AmiEvent e) {
        return Integer.parseInt(e.headers().get("N"));
    }

    @Test
    @DisplayName("a subscriber requesting 1 at a time gets 100 000 events, all, in order, never more than requested")
    void oneAtATime() {
        int count = 100_000;
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).resources(RESOURCES).eventMask("off")
                        .limits(l -> l.eventQueueCapacity(count)).build())) {
            // Not a CopyOnWriteArrayList: 100 000 adds would copy 5·10⁹ elements, minutes on a loaded machine.
            List<Integer> got = java.util.Collections.synchronizedList(new java.util.ArrayList<>(count));
            AtomicBoolean overDelivered = new AtomicBoolean();
            AtomicBoolean completed = new AtomicBoolean();
            client.events(GenericEvent.class).subscribe(new Flow.Subscriber<GenericEvent>() {
                private Flow.Subscription subscription;
                private long outstanding;

                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription = s;
                    outstanding = 1;
                    s.request(1);
                }

                @Override
                public void onNext(GenericEvent item) {
                    if (--outstanding < 0) {
                        overDelivered.set(true);
                    }
                    if (item.eventName().equals("Tick")) {
                        got.add(n(item));
                    }
                    outstanding++;
                    subscription.request(1);
                }

                @Override
                public void onError(Throwable t) {
                    overDelivered.set(true);
                }

                @Override
                public void onComplete() {
                    completed.set(true);
                }
            });
            ticks(ami.awaitLoggedIn(0, WAIT), count);
            Clients.await(count + " events", WAIT, () -> got.size() == count);
            synchronized (got) {
                assertThat(got).isEqualTo(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
            }
            assertThat(overDelivered).isFalse();
            assertThat(client.droppedEventCount()).isZero();
            client.close();
            Clients.await("onComplete after close", WAIT, completed::get);
        }
    }

    @Test
    @DisplayName("a subscriber that stops requesting: its buffer holds eventQueueCapacity, the overflow policy drops the rest, counted")
    void slowSubscriber() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).resources(RESOURCES).eventMask("off").limits(l -> l.eventQueueCapacity(1_000)
                        .eventOverflowPolicy(EventOverflowPolicy.DROP_NEWEST)).build())) {
            List<Integer> got = new CopyOnWriteArrayList<>();
            AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
            client.events().subscribe(new Flow.Subscriber<AmiEvent>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    subscription.set(s);
                    s.request(10);
                }

                @Override
                public void onNext(AmiEvent item) {
                    got.add(n(item));
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onComplete() {
                }
            });
            // The first 10 are taken before the flood: otherwise how many of them leave the buffer
            // before it fills depends on when the drain task runs, and so does the drop count.
            FakeSession session = ami.awaitLoggedIn(0, WAIT);
            ticks(session, 1, 10);
            Clients.await("the 10 requested", WAIT, () -> got.size() == 10);
            ticks(session, 11, 5_000);
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
            Clients.await("all 5 000 accounted for", WAIT, () -> client.droppedEventCount() == 5_000 - 10 - 1_000);
            assertThat(got).hasSize(10);
            subscription.get().request(Long.MAX_VALUE);
            Clients.await("the buffered 1 000", WAIT, () -> got.size() == 1_010);
            assertThat(got).isSorted().doesNotHaveDuplicates();
            assertThat(got.subList(0, 10)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }
    }

    @Test
    @DisplayName("request(0) is an error (Flow rule 3.9); a subscriber whose onNext throws is counted, not dropped")
    void rules() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).resources(RESOURCES).eventMask("off").build())) {
            AtomicReference<Throwable> error = new AtomicReference<>();
            client.events().subscribe(new Flow.Subscriber<AmiEvent>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(0);
                }

                @Override
                public void onNext(AmiEvent item) {
                }

                @Override
                public void onError(Throwable t) {
                    error.set(t);
                }

                @Override
                public void onComplete() {
                }
            });
            Clients.await("onError", WAIT, () -> error.get() != null);
            assertThat(error.get()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");

            List<Integer> got = new CopyOnWriteArrayList<>();
            client.events().subscribe(new Flow.Subscriber<AmiEvent>() {
                @Override
                public void onSubscribe(Flow.Subscription s) {
                    s.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(AmiEvent item) {
                    got.add(n(item));
                    throw new AssertionError("in onNext");
                }

                @Override
                public void onError(Throwable t) {
                }

                @Override
                public void onComplete() {
                }
            });
            ticks(ami.awaitLoggedIn(0, WAIT), 20);
            Clients.await("20 events", WAIT, () -> got.size() == 20);
            assertThat(client.listenerFailureCount()).isEqualTo(20);
        }
    }
}
