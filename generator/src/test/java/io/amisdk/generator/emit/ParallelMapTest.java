package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
    @Test
    @DisplayName("every item is mapped once, the results in the items' order")
    void mapsInOrder() {
        List<Integer> items = IntStream.range(0, 1000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<String> out = ParallelMap.map(items, i -> {
            calls.incrementAndGet();
            return "#" + i;
        });
        assertThat(out).isEqualTo(items.stream().map(i -> "#" + i).toList());
        assertThat(calls).hasValue(1000);
        assertThat(ParallelMap.map(List.<Integer>of(), i -> i)).isEmpty();
        assertThat(ParallelMap.map(List.of(7), i -> i * 2)).containsExactly(14);
    }

    @Test
    @DisplayName("the calling thread works too, and a pool thread when the pool has one")
    void usesTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ParallelMap.map(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            return i;
        });
        assertThat(threads).isNotEmpty().allSatisfy(t -> assertThat(
                t == Thread.currentThread() || t.getName().startsWith("ForkJoinPool.commonPool")).isTrue());
    }

    @Test
    @DisplayName("an item's exception is rethrown as itself")
    void rethrowsTheFailure() {
        IllegalArgumentException boom = new IllegalArgumentException("bad name: Foo");
        assertThatThrownBy(() -> ParallelMap.map(IntStream.range(0, 100).boxed().toList(), i -> {
            if (i == 42) {
                throw boom;
            }
            return i;
        })).isSameAs(boom);
    }
}
