package io.amisdk.benchmarks;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResources;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.EventMask;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import io.amisdk.testkit.FakeAsterisk;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Many clients from one JVM, by hand (not JMH): {@code server [events/s]} runs a FakeAsterisk that sends
 * every logged-in session a Tick event at that rate and prints its port; {@code clients <host> <port> <n> [user secret]} connects n
 * clients (startAsync through the shared connect pool), waits for events to reach all of them, and prints the
 * platform threads, the heap per client and the time to connect all. Run the two in separate JVMs (each side
 * needs a file descriptor per connection). Against the real Asterisk: {@code clients 127.0.0.1 5038 1000} with
 * {@code -Dconnect.threads=8}.
 */
public final class ManyClients {
    private ManyClients() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("server")) {
            server(args.length > 1 ? Integer.parseInt(args[1]) : 2);
        } else if (args.length >= 4 && args[0].equals("clients")) {
            clients(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    args.length > 5 ? args[4] : "admin", args.length > 5 ? args[5] : "amp111");
        } else {
            System.err.println("usage: ManyClients server [events/s] | clients <host> <port> <n> [user secret]");
            System.exit(2);
        }
    }

    private static void server(int perSecond) throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().keepHistory(false).start()) {
            System.out.println("fake asterisk on " + ami.port());
            System.out.flush();
            long n = 0;
            while (true) {
                Thread.sleep(1000 / Math.max(1, perSecond));
                ami.emit("Tick", "N", Long.toString(++n));
            }
        }
    }

    private static void clients(String host, int port, int n, String user, String secret) throws Exception {
        // a real Asterisk accepts few logins at once (listen backlog 10, authlimit 50): -Dconnect.threads=8 for it
        AmiResources resources = AmiResources.builder().connectThreads(Integer.getInteger("connect.threads", 64)).build();
        AmiClientConfig config = AmiClientConfig.builder().host(host).port(port).credentials(user, secret)
                .eventMask(EventMask.ON).eventDecoders(EventDecoders.empty()).resources(resources)
                .timeouts(t -> t.connectTimeout(Duration.ofSeconds(60)).actionTimeout(Duration.ofSeconds(60))
                        .keepaliveInterval(Duration.ZERO))
                .reconnectPolicy(ReconnectPolicy.disabled()).build();
        System.gc();
        long heapBefore = usedHeap();
        LongAdder events = new LongAdder();
        long began = System.nanoTime();
        List<CompletableFuture<AmiClient>> starting = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AmiClient client = AmiClient.create(config);
            client.onAnyEvent(e -> events.increment());
            starting.add(client.startAsync());
        }
        List<AmiClient> clients = new ArrayList<>(n);
        for (CompletableFuture<AmiClient> f : starting) {
            clients.add(f.get(5, TimeUnit.MINUTES));
        }
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        long seen = events.sum();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (events.sum() < seen + 2L * n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long flowing = events.sum() - seen;
        for (AmiClient c : clients.subList(0, Math.min(100, n))) {
            c.call(GenericAction.of("Ping"));
        }
        System.gc();
        long heapAfter = usedHeap();
        int platform = ManagementFactory.getThreadMXBean().getThreadCount();
        System.out.printf("java %s, %d clients logged in in %d ms; events flowing (%d delivered in the last wait); "
                        + "platform threads %d (virtual readers: %s); heap %.1f KiB per client (%d MiB for all)%n",
                Runtime.version(), n, connectMillis, flowing, platform, resources.usesVirtualThreads(),
                (heapAfter - heapBefore) / 1024.0 / n, (heapAfter - heapBefore) >> 20);
        for (AmiClient c : clients) {
            c.close();
        }
        resources.close();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
