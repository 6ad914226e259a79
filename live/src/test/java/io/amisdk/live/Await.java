package io.amisdk.live;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition the live thread makes true (events, not the clock, decide; the bound only ends a failure). */
final class Await {
    private Await() {
    }

    static void until(BooleanSupplier condition, String what) {
        until(condition, Duration.ofSeconds(20), () -> what);
    }

    static void until(BooleanSupplier condition, Duration bound, Supplier<String> what) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + bound.toSeconds() + " s: " + what.get());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
