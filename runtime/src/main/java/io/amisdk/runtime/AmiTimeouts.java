package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the client waits, each bound in one place ({@link AmiClientConfig#timeouts()}), as lettuce's
 * {@code TimeoutOptions}. Defaults: connect, action and write 10 s; keepalive every 30 s of silence,
 * answered within the action timeout; no wait while disconnected or when a bound is full.
 *
 * <pre>{@code
 * AmiTimeouts.builder().actionTimeout(Duration.ofSeconds(5)).keepaliveInterval(Duration.ZERO).build()
 * }</pre>
 */
public final class AmiTimeouts {
    private static final AmiTimeouts DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration actionTimeout;
    private final Duration writeTimeout;
    private final Duration keepaliveInterval;
    private final Duration keepaliveTimeout;
    private final Duration disconnectedWait;
    private final Duration fullQueueWait;

    private AmiTimeouts(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.actionTimeout = b.actionTimeout;
        this.writeTimeout = b.writeTimeout;
        this.keepaliveInterval = b.keepaliveInterval;
        this.keepaliveTimeout = b.keepaliveTimeout == null ? b.actionTimeout : b.keepaliveTimeout;
        this.disconnectedWait = b.disconnectedWait;
        this.fullQueueWait = b.fullQueueWait;
    }

    /** The defaults listed in the class comment. */
    public static AmiTimeouts defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these timeouts. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.actionTimeout = actionTimeout;
        b.writeTimeout = writeTimeout;
        b.keepaliveInterval = keepaliveInterval;
        b.keepaliveTimeout = keepaliveTimeout;
        b.disconnectedWait = disconnectedWait;
        b.fullQueueWait = fullQueueWait;
        return b;
    }

    /** The TCP connect, TLS handshake, greeting, and each login step (Challenge, Login) within this; default 10 s. */
    public Duration connectTimeout() { return connectTimeout; }

    /** The answer to an action (and a list's end, an awaited event) within this, once logged in; default 10 s. */
    public Duration actionTimeout() { return actionTimeout; }

    /** How long one socket write may block (the server stopped reading) before the connection counts as lost; default 10 s. */
    public Duration writeTimeout() { return writeTimeout; }

    /** How long the connection may go without a response before a keepalive Ping; zero disables keepalive; default 30 s. */
    public Duration keepaliveInterval() { return keepaliveInterval; }

    /** How long a keepalive Ping may go unanswered (or unsent, a bound being full) before the connection counts as lost; default the action timeout. */
    public Duration keepaliveTimeout() { return keepaliveTimeout; }

    /** How long an action sent while not logged in waits for the (re)login; zero (the default) fails it at once. */
    public Duration disconnectedWait() { return disconnectedWait; }

    /** How long a send may wait for room when a limit is reached; zero (the default) fails it at once. */
    public Duration fullQueueWait() { return fullQueueWait; }

    @Override
    public String toString() {
        return "AmiTimeouts{connect=" + connectTimeout + ", action=" + actionTimeout + ", write=" + writeTimeout
                + ", keepalive=" + keepaliveInterval + '/' + keepaliveTimeout + ", disconnectedWait=" + disconnectedWait
                + ", fullQueueWait=" + fullQueueWait + '}';
    }

    /** Collects the timeouts; each setter refuses a value out of range, naming it. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration actionTimeout = Duration.ofSeconds(10);
        private Duration writeTimeout = Duration.ofSeconds(10);
        private Duration keepaliveInterval = Duration.ofSeconds(30);
        private Duration keepaliveTimeout;
        private Duration disconnectedWait = Duration.ZERO;
        private Duration fullQueueWait = Duration.ZERO;

        private Builder() {
        }

        /** See {@link AmiTimeouts#connectTimeout()}; positive. */
        public Builder connectTimeout(Duration timeout) { this.connectTimeout = positive(timeout, "connectTimeout"); return this; }

        /** See {@link AmiTimeouts#actionTimeout()}; positive. */
        public Builder actionTimeout(Duration timeout) { this.actionTimeout = positive(timeout, "actionTimeout"); return this; }

        /** See {@link AmiTimeouts#writeTimeout()}; positive. */
        public Builder writeTimeout(Duration timeout) { this.writeTimeout = positive(timeout, "writeTimeout"); return this; }

        /** See {@link AmiTimeouts#keepaliveInterval()}; {@link Duration#ZERO} disables keepalive. */
        public Builder keepaliveInterval(Duration interval) { this.keepaliveInterval = notNegative(interval, "keepaliveInterval"); return this; }

        /** See {@link AmiTimeouts#keepaliveTimeout()}; positive. */
        public Builder keepaliveTimeout(Duration timeout) { this.keepaliveTimeout = positive(timeout, "keepaliveTimeout"); return this; }

        /** See {@link AmiTimeouts#disconnectedWait()}; zero or more. */
        public Builder disconnectedWait(Duration wait) { this.disconnectedWait = notNegative(wait, "disconnectedWait"); return this; }

        /** See {@link AmiTimeouts#fullQueueWait()}; zero or more. */
        public Builder fullQueueWait(Duration wait) { this.fullQueueWait = notNegative(wait, "fullQueueWait"); return this; }

        public AmiTimeouts build() {
            return new AmiTimeouts(this);
        }

        static Duration notNegative(Duration d, String what) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative (was " + d + ")");
            }
            return d;
        }

        static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive (was " + d + ")");
            }
            return d;
        }
    }
}
