package io.amisdk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The live thread's queue under a burst it cannot keep up with. */
class LiveQueueBoundTest {

    /** A link that never logs in and hands the test the event consumer. */
    private static final class ScriptedLink implements AmiLink {
        volatile Consumer<ServerEvent> events;

        @Override
        public void subscribe(Consumer<ServerEvent> events, Consumer<Boolean> loggedIn, Runnable lost) {
            this.events = events;
        }

        @Override
        public boolean loggedIn() {
            return false;
        }

        @Override
        public CompletableFuture<ListResult> list(String action, Map<String, String> headers) {
            return CompletableFuture.failedFuture(new IllegalStateException("not logged in"));
        }

        @Override
        public CompletableFuture<ServerEvent> send(String action, String actionId, Map<String, String> headers) {
            return CompletableFuture.failedFuture(new IllegalStateException("not logged in"));
        }

        @Override
        public void close() {
        }
    }

    @Test
    @DisplayName("events beyond maxBufferedEvents are dropped without queueing a task each: one overflow per burst")
    void burstBeyondTheBoundQueuesNothingPerEvent() throws Exception {
        ScriptedLink link = new ScriptedLink();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        LiveListener hooks = new LiveListener() {
            @Override
            public void badInput(String what, String eventName) {
                blocked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS); // holds the live thread while the burst arrives
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (LivePbx pbx = LivePbx.start(link, LiveConfig.defaults().withMaxBufferedEvents(10), hooks, Clock.systemUTC())) {
            // given: the live thread is busy with a bad event
            link.events.accept(ServerEvent.of("Newstate", "ChannelState", "6"));
            assertThat(blocked.await(30, TimeUnit.SECONDS)).isTrue();

            // when: a burst of 1,000 events arrives meanwhile
            for (int i = 0; i < 1_000; i++) {
                link.events.accept(ServerEvent.of("Newchannel", "Uniqueid", "u" + i, "Channel", "PJSIP/a-" + i,
                        "ChannelState", "0"));
            }
            release.countDown();
            pbx.snapshot(); // runs after every task queued before it

            // then: the events that fit were applied, the rest dropped as one overflow (not 990 queued tasks)
            assertThat(pbx.channels()).hasSize(10);
            assertThat(pbx.counters().overflows()).isEqualTo(1);
        }
    }
}
