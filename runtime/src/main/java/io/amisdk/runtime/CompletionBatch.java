package io.amisdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

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

    void forEach(java.util.function.Consumer<PendingAction<?>> action) {
        settled.forEach(action);
    }

    boolean isEmpty() {
        return settled.isEmpty();
    }

    /** Hands the batch to the executor; a refused batch runs on a fallback thread, never on the caller's. */
    void submitTo(AmiResources resources, Executor callbacks) {
        resources.execute(callbacks, this);
    }

    @Override
    public void run() {
        for (PendingAction<?> p : settled) {
            try {
                p.deliver();
            } catch (Throwable e) {
                // deliver() guards user code itself; nothing may stop the rest of the batch
                System.getLogger(CompletionBatch.class.getName()).log(System.Logger.Level.ERROR,
                        "completing " + p.actionName + " failed", e);
            }
        }
    }
}
