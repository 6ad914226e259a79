package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.EventOverflowPolicy;
import io.amisdk.runtime.GenericAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A listener that sleeps while 100 000 events arrive: the reader keeps draining the socket (the
 * flood and a Ping answer both get through), and the overflow policy decides exactly which events survive.
 */
class BackPressureTest {
    private static final int EVENTS = 100_000;
    private static final int CAPACITY = 1_000;

    @ParameterizedTest
    @EnumSource(EventOverflowPolicy.class)
    void sleepingListener(EventOverflowPolicy policy) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.create(Clients.config(ami).eventMask("off")
                        .limits(l -> l.eventQueueCapacity(CAPACITY).eventOverflowPolicy(policy)).build())) {
            CountDownLatch inListener = new CountDownLatch(1);
            CountDownLatch wake = new CountDownLatch(1);
            List<Integer> delivered = new CopyOnWriteArrayList<>();
            client.onEvent("Flood", e -> {
                delivered.add(Integer.parseInt(e.headers().get("Seq")));
                inListener.countDown();
                try {
                    wake.await(); // sleeps until the test wakes it
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            });
            client.start();
            AtomicBoolean floodWritten = new AtomicBoolean();
            ami.handle("Flood", (a, s) -> {
                s.success(a, "flooding");
                StringBuilder batch = new StringBuilder();
                for (int i = 1; i <= EVENTS; i++) {
                    batch.append("Event: Flood\r\nPrivilege: user,all\r\nSeq: ").append(i).append("\r\n\r\n");
                    if (i % 1000 == 0) {
                        s.raw(batch.toString().getBytes(StandardCharsets.UTF_8));
                        batch.setLength(0);
                    }
                }
                floodWritten.set(true);
            });

            // given: the listener is asleep in event 0
            ami.emit("Flood", "Seq", "0");
            assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();

            // when: 100 000 events arrive, then a Ping
            client.send(GenericAction.of("Flood")).get(10, TimeUnit.SECONDS);
            AmiResponse pong = client.send(GenericAction.of("Ping")).get(30, TimeUnit.SECONDS);

            // then: the reader never stalled, though the listener is still asleep
            assertThat(pong.get("Ping")).isEqualTo("Pong");
            assertThat(floodWritten).isTrue();
            assertThat(delivered).containsExactly(0);
            assertThat(client.droppedEventCount()).isEqualTo(EVENTS - CAPACITY);

            wake.countDown();
            Clients.await("queued events delivered", Duration.ofSeconds(10), () -> client.deliveredEventCount() == 1 + CAPACITY);
            List<Integer> expectedTail = policy == EventOverflowPolicy.DROP_NEWEST
                    ? IntStream.rangeClosed(1, CAPACITY).boxed().toList()
                    : IntStream.rangeClosed(EVENTS - CAPACITY + 1, EVENTS).boxed().toList();
            assertThat(delivered.subList(1, delivered.size())).isEqualTo(expectedTail);
            assertThat(client.droppedEventCount() + client.deliveredEventCount()).isEqualTo(EVENTS + 1);
        }
    }
}
