package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a lost connection: exponential backoff from {@code initialDelay} (default 0.5 s),
 * times {@code multiplier} (2) per attempt, capped at {@code maxDelay} (30 s), each delay spread by
 * ±{@code jitter} (0.2, a fraction 0–1) so that many clients do not return at once; {@code maxAttempts}
 * per loss, 0 (the default) meaning no limit.
 *
 * <pre>{@code
 * ReconnectPolicy.builder().initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofMinutes(1)).maxAttempts(10).build()
 * }</pre>
 */
public final class ReconnectPolicy {
    private static final ReconnectPolicy DEFAULTS = builder().build();
    private static final ReconnectPolicy DISABLED = new ReconnectPolicy(false, Duration.ZERO, Duration.ZERO, 1, 0, 0);

    private final boolean enabled;
    private final Duration initialDelay;
    private final Duration maxDelay;
    private final double multiplier;
    private final double jitter;
    private final int maxAttempts;

    private ReconnectPolicy(boolean enabled, Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
            int maxAttempts) {
        this.enabled = enabled;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.multiplier = multiplier;
        this.jitter = jitter;
        this.maxAttempts = maxAttempts;
    }

    /** 0.5 s doubling up to 30 s, ±20 %, forever. */
    public static ReconnectPolicy defaults() {
        return DEFAULTS;
    }

    /** Never reconnect: a lost connection closes the client. */
    public static ReconnectPolicy disabled() {
        return DISABLED;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this policy (enabled). */
    public Builder toBuilder() {
        Builder b = new Builder();
        if (enabled) {
            b.initialDelay = initialDelay;
            b.maxDelay = maxDelay;
            b.multiplier = multiplier;
            b.jitter = jitter;
            b.maxAttempts = maxAttempts;
        }
        return b;
    }

    /** Whether the client reconnects at all. */
    public boolean enabled() { return enabled; }

    /** The delay before the first attempt after a loss (before jitter). */
    public Duration initialDelay() { return initialDelay; }

    /** The longest delay between attempts. */
    public Duration maxDelay() { return maxDelay; }

    /** How much each delay grows over the one before. */
    public double multiplier() { return multiplier; }

    /** The fraction each delay is spread by, up or down. */
    public double jitter() { return jitter; }

    /** Attempts per loss before the client gives up and closes; 0 means no limit. */
    public int maxAttempts() { return maxAttempts; }

    /** The delay before attempt number {@code attempt} (0 for the first), jittered and never above maxDelay. */
    public Duration delay(int attempt) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, Math.min(attempt, 62));
        double capped = Math.min(base, maxDelay.toNanos());
        double spread = jitter == 0 ? 0 : ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        long nanos = (long) Math.min(capped * (1 + spread), maxDelay.toNanos());
        return Duration.ofNanos(Math.max(0, nanos));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReconnectPolicy p && enabled == p.enabled && initialDelay.equals(p.initialDelay)
                && maxDelay.equals(p.maxDelay) && multiplier == p.multiplier && jitter == p.jitter
                && maxAttempts == p.maxAttempts;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enabled, initialDelay, maxDelay, multiplier, jitter, maxAttempts);
    }

    @Override
    public String toString() {
        return enabled ? "ReconnectPolicy{" + initialDelay + ".." + maxDelay + " x" + multiplier + " ±" + jitter
                + (maxAttempts == 0 ? "" : ", " + maxAttempts + " attempts") + '}' : "ReconnectPolicy{disabled}";
    }

    /** Collects a policy; {@link #build()} checks that the bounds fit together. */
    public static final class Builder {
        private Duration initialDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private double multiplier = 2.0;
        private double jitter = 0.2;
        private int maxAttempts;

        private Builder() {
        }

        /** The delay before the first attempt; zero or more (default 0.5 s). */
        public Builder initialDelay(Duration delay) { this.initialDelay = AmiTimeouts.Builder.notNegative(delay, "initialDelay"); return this; }

        /** The longest delay; at least initialDelay (default 30 s). */
        public Builder maxDelay(Duration delay) { this.maxDelay = AmiTimeouts.Builder.notNegative(delay, "maxDelay"); return this; }

        /** Growth per attempt; at least 1 (default 2). */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1)) {
                throw new IllegalArgumentException("multiplier must be at least 1 (was " + multiplier + ")");
            }
            this.multiplier = multiplier;
            return this;
        }

        /** Spread of each delay, a fraction from 0 to 1 (default 0.2). */
        public Builder jitter(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("jitter must be between 0 and 1 (was " + fraction + ")");
            }
            this.jitter = fraction;
            return this;
        }

        /** Attempts per loss; 0 (the default) means no limit. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 0) {
                throw new IllegalArgumentException("maxAttempts must not be negative (was " + attempts + ")");
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** @throws IllegalArgumentException when maxDelay is below initialDelay */
        public ReconnectPolicy build() {
            if (maxDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must be at least initialDelay ("
                        + initialDelay + ")");
            }
            return new ReconnectPolicy(true, initialDelay, maxDelay, multiplier, jitter, maxAttempts);
        }
    }
}
