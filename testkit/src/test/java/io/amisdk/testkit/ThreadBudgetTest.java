package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResources;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Threads scale with servers, not with clients: 100 clients share a handful of threads beside their readers. */
@Timeout(120)
class ThreadBudgetTest {
    @Test
    @DisplayName("100 clients, each sending and receiving: one reader each, at most 9 shared threads once settled; threads and heap printed")
    void hundredClients() throws Exception {
        int clients = 100;
        AmiResources resources = AmiResources.builder().callbackThreads(2).listenerThreads(2).build();
        Runtime memory = Runtime.getRuntime();
        try (FakeAsterisk ami = FakeAsterisk.builder().keepHistory(false).start()) {
            // Earlier tests' readers may still be ending: count only the readers that are new.
            Set<Thread> readersBefore = Clients.liveThreads("amisdk-reader-");
            int platformBefore = Thread.getAllStackTraces().size();
            System.gc();
            long heapBefore = (memory.totalMemory() - memory.freeMemory());
            List<AmiClient> all = new ArrayList<>();
            try {
                List<CompletableFuture<AmiClient>> starting = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    starting.add(AmiClient.create(Clients.config(ami).resources(resources)
                            .timeouts(t -> t.keepaliveInterval(Duration.ofSeconds(30))).build()).startAsync());
                }
                for (CompletableFuture<AmiClient> f : starting) {
                    all.add(f.get(30, TimeUnit.SECONDS));
                }
                List<CompletableFuture<?>> pongs = new ArrayList<>();
                for (AmiClient c : all) {
                    c.onAnyEvent(e -> { });
                    pongs.add(c.send(GenericAction.of("Ping")));
                }
                ami.emit("Tick", "N", "1");
                CompletableFuture.allOf(pongs.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
                System.gc();
                long heapAfter = (memory.totalMemory() - memory.freeMemory());
                Set<Thread> ours = Clients.liveThreads("amisdk-reader-");
                ours.removeAll(readersBefore);
                long readers = ours.size();
                int shared = resources.liveThreadCount();
                System.out.printf("[thread budget] %d clients: %d reader threads, %d shared threads (%s); "
                        + "heap ~%d KiB per client%n", clients, readers, shared, resources,
                        (heapAfter - heapBefore) / clients / 1024);
                if (resources.usesVirtualThreads()) {
                    // Java 21+: readers are virtual (not in getAllStackTraces); the platform threads stay few
                    int platformGrowth = Thread.getAllStackTraces().size()
                            - platformBefore;
                    System.out.printf("[thread budget] virtual readers: %d more platform threads for %d clients "
                            + "(the fake server's %d session threads included)%n", platformGrowth, clients, clients);
                    assertThat(readers).isZero();
                    assertThat(platformGrowth).isLessThanOrEqualTo(clients + 9 + 4); // the server's own, the shared pools, carriers
                } else {
                    assertThat(readers).isEqualTo(clients);
                }
                // timer 1, callbacks 2, listeners 2, connects 4, and I/O threads only while writes run (and 5 s
                // after): at most one per client writing at that moment, however the writes overlap
                assertThat(shared).isLessThanOrEqualTo(9 + clients);
                Clients.await("idle I/O threads gone", Duration.ofSeconds(20), () -> resources.liveThreadCount() <= 9);
                System.out.printf("[thread budget] settled: %d shared threads for %d clients%n", resources.liveThreadCount(), clients);
            } finally {
                all.forEach(AmiClient::close);
                resources.close();
            }
        }
    }
}
