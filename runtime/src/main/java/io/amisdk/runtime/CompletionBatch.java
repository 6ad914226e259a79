package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Settled actions whose futures complete together, in the order they were settled, in one task on
 * the callback executor. The reader fills one batch per socket read, so a read that carried a
 * thousand pipelined answers costs one thread hand-off, not a thousand; user code (the futures'
 * dependent stages) still never runs on the reader thread.
 */
final class CompletionBatch implements Runnable {
    private final List<PendingAction<?>> settled = new ArrayList<>();

    void add(PendingAction<?> p) {
        settled.add(p);
    }

    boolean isEmpty() {
        return settled.isEmpty();
    }

    /** Hands the batch to the executor, or runs it here when the executor is shut down. */
    void submitTo(Executor callbacks) {
        try {
            callbacks.execute(this);
        } catch (RejectedExecutionException e) {
            run();
        }
    }

    @Override
    public void run() {
        for (PendingAction<?> p : settled) {
            p.deliver();
        }
    }
}
