package io.amisdk.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap after 10,000 calls applied to the live state (measured, not asserted: the unit test asserts the tables are
 * empty). Each call: two channels, answered, bridged, unbridged, hung up. Prints the heap used after a full GC
 * before, right after (hung-up channels still retained) and once the retention is over.
 * {@code java -cp benchmarks.jar io.amisdk.live.LiveHeapMain [calls]}
 */
public final class LiveHeapMain {
    private LiveHeapMain() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        LiveConfig config = LiveConfig.defaults();
        // a warm-up of 100 calls on a store thrown away: classes, lambdas and string concatenation set up first
        run(new LiveStore(config, new AtomicLong()), ApplyCounters.quiet(), Instant.parse("2026-12-05T00:00:00Z"), 100);
        long baseline = used();
        LiveStore store = new LiveStore(config, new AtomicLong());
        ApplyCounters stats = ApplyCounters.quiet();
        Instant now = run(store, stats, Instant.parse("2026-12-06T00:00:00Z"), calls);
        long retained = used();
        int hungUp = store.hungUpCount();
        store.expire(now.plus(config.hungUpRetention()).plus(Duration.ofSeconds(1)));
        long after = used();
        System.out.printf("[live-heap] %d calls (%d events applied): heap used baseline %.2f MB; after the calls, %d hung-up "
                + "channels retained for lookups: %.2f MB; after the retention: %.2f MB (%+.1f KB vs baseline); tables %d channels, %d bridges, %d hung up%n",
                calls, stats.applied, baseline / 1e6, hungUp, retained / 1e6, after / 1e6, (after - baseline) / 1e3,
                store.channels.size(), store.bridges.size(), store.hungUpCount());
    }

    private static Instant run(LiveStore store, ApplyCounters stats, Instant start, int calls) {
        Instant now = start;
        int maxChannels = 0;
        for (int i = 0; i < calls; i++) {
            String a = "1." + (2 * i);
            String b = "1." + (2 * i + 1);
            String bridge = "bridge-" + i;
            apply(store, stats, now, "Newchannel", channel(a, "PJSIP/a-" + i, 0));
            apply(store, stats, now, "Newchannel", channel(b, "PJSIP/b-" + i, 0));
            apply(store, stats, now, "Newstate", channel(b, "PJSIP/b-" + i, 6));
            apply(store, stats, now, "Newstate", channel(a, "PJSIP/a-" + i, 6));
            apply(store, stats, now, "BridgeCreate", bridge(bridge));
            apply(store, stats, now, "BridgeEnter", both(bridge(bridge), channel(a, "PJSIP/a-" + i, 6)));
            apply(store, stats, now, "BridgeEnter", both(bridge(bridge), channel(b, "PJSIP/b-" + i, 6)));
            maxChannels = Math.max(maxChannels, store.channels.size());
            apply(store, stats, now, "BridgeLeave", both(bridge(bridge), channel(a, "PJSIP/a-" + i, 6)));
            apply(store, stats, now, "BridgeLeave", both(bridge(bridge), channel(b, "PJSIP/b-" + i, 6)));
            apply(store, stats, now, "BridgeDestroy", bridge(bridge));
            apply(store, stats, now, "Hangup", both(channel(a, "PJSIP/a-" + i, 6), new String[] {"Cause", "16"}));
            apply(store, stats, now, "Hangup", both(channel(b, "PJSIP/b-" + i, 6), new String[] {"Cause", "16"}));
            now = now.plusMillis(1);
        }
        if (maxChannels > 2) {
            throw new IllegalStateException("more than one call's channels at once: " + maxChannels);
        }
        return now;
    }

    private static void apply(LiveStore s, ApplyCounters stats, Instant now, String name, String[] pairs) {
        EventApplier.apply(s, ServerEvent.of(name, pairs), stats, now);
    }

    private static String[] channel(String uid, String name, int state) {
        return new String[] {"Channel", name, "ChannelState", Integer.toString(state), "CallerIDNum", "100",
            "CallerIDName", "Desk", "ConnectedLineNum", "<unknown>", "ConnectedLineName", "<unknown>", "Context", "test",
            "Exten", "200", "Priority", "1", "Uniqueid", uid, "Linkedid", uid, "AccountCode", ""};
    }

    private static String[] bridge(String id) {
        return new String[] {"BridgeUniqueid", id, "BridgeType", "basic", "BridgeTechnology", "simple_bridge"};
    }

    private static String[] both(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
