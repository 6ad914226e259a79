package io.amisdk.servertests;

import io.amisdk.runtime.AmiEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Every event one client received, in order, and a bounded wait for the one a scenario expects. */
final class Events {
    private final List<AmiEvent> seen = new CopyOnWriteArrayList<>();

    void add(AmiEvent event) {
        seen.add(event);
    }

    /** The first event of this type matching the predicate, received already or within the timeout. */
    <E extends AmiEvent> E await(Class<E> type, Predicate<? super E> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (AmiEvent e : seen) {
                if (type.isInstance(e) && matching.test(type.cast(e))) {
                    return type.cast(e);
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("no " + type.getSimpleName() + " as expected within " + timeout.toSeconds()
                        + " s; " + seen.size() + " events seen, of them of that type: "
                        + seen.stream().filter(type::isInstance).map(e -> e.headers().toString()).toList());
            }
            AsteriskServer.sleep(Duration.ofMillis(20));
        }
    }

    /** The first event of this type matching the predicate, within 15 s. */
    <E extends AmiEvent> E await(Class<E> type, Predicate<? super E> matching) {
        return await(type, matching, Duration.ofSeconds(15));
    }

    /** Every event of this type matching the predicate, received so far. */
    <E extends AmiEvent> List<E> all(Class<E> type, Predicate<? super E> matching) {
        return seen.stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
    }
}
