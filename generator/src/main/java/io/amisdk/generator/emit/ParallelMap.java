package io.amisdk.generator.emit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on every core, the calling thread included, each thread taking the next item as it finishes one.
 *
 * <p>Why not a parallel stream: it splits the list up front into a few runs of neighbouring items, and the SDK's
 * files differ in cost by a factor of a hundred (an event with three channel snapshots against a small enum). On
 * two cores one thread was left rendering a quarter of the files alone for the last seconds of a cold run. Taking
 * items one at a time leaves at most one file's work to a single core.
 */
final class ParallelMap {
    private ParallelMap() {
    }

    /**
     * The results of {@code f} for each item, in the items' order. The first exception thrown by {@code f} is
     * rethrown here (a checked one wrapped in a {@link RuntimeException}), after every thread has stopped.
     */
    static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = f.apply(items.get(i));
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    next.set(results.length); // the others stop after their current item
                    return;
                }
            }
        };
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), results.length - 1);
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinPool.commonPool().submit(work));
        }
        work.run();
        // join() runs a task no pool thread has started yet here; it then finds no item left
        tasks.forEach(ForkJoinTask::join);
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        } else if (t instanceof Error e) {
            throw e;
        } else if (t != null) {
            throw new RuntimeException(t);
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
