package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a lost connection: exponential backoff from {@code initialDelay},
 * capped at {@code maxDelay}, each delay spread by ±{@code jitter} (a fraction, 0–1) so that many
 * clients do not return at once; {@code maxAttempts} 0 means no limit.
 */
public record ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier,
        double jitter, int maxAttempts) {

    public ReconnectPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0 || multiplier < 1
                || jitter < 0 || jitter > 1 || maxAttempts < 0) {
            throw new IllegalArgumentException("bad reconnect policy: " + initialDelay + ".." + maxDelay
                    + " x" + multiplier + " ±" + jitter + ", attempts " + maxAttempts);
        }
    }

    /** 0.5 s doubling up to 30 s, ±20 %, forever. */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(true, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2, 0);
    }

    /** Never reconnect: a lost connection closes the client. */
    public static ReconnectPolicy disabled() {
        return new ReconnectPolicy(false, Duration.ZERO, Duration.ZERO, 1, 0, 0);
    }

    /** Exponential backoff with these bounds, ±20 % jitter, forever. */
    public static ReconnectPolicy exponential(Duration initialDelay, Duration maxDelay) {
        return new ReconnectPolicy(true, initialDelay, maxDelay, 2.0, 0.2, 0);
    }

    /** The same policy with at most this many attempts per loss (0: no limit). */
    public ReconnectPolicy withMaxAttempts(int attempts) {
        return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, jitter, attempts);
    }

    /** The same policy with this jitter fraction. */
    public ReconnectPolicy withJitter(double fraction) {
        return new ReconnectPolicy(enabled, initialDelay, maxDelay, multiplier, fraction, maxAttempts);
    }

    /** The delay before attempt number {@code attempt} (0 for the first), jittered and never above maxDelay. */
    public Duration delay(int attempt) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.min(attempt, 62));
        double capped = Math.min(base, maxDelay.toNanos());
        double spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        long nanos = (long) Math.min(capped * (1 + spread), maxDelay.toNanos());
        return Duration.ofNanos(Math.max(0, nanos));
    }
}
