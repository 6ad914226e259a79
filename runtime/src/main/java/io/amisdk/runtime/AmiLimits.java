package io.amisdk.runtime;

/**
 * Every bound the client keeps, in one place ({@link AmiClientConfig#limits()}), so that nothing a server or a
 * caller does makes it use unbounded memory. A bound the server breaks (line, headers, message size) is a
 * protocol error that closes the connection; a bound the caller reaches (actions in flight, bytes queued, list
 * items) fails that action at once with {@link AmiOverloadException} naming the bound; a full event queue
 * drops events by {@link #eventOverflowPolicy()}, counted in {@link AmiClient#droppedEventCount()}.
 *
 * <pre>{@code
 * AmiLimits.builder().maxActionsInFlight(1_000).eventQueueCapacity(50_000).build()
 * }</pre>
 */
public final class AmiLimits {
    private static final AmiLimits DEFAULTS = builder().build();

    private final int maxLineLength;
    private final int maxHeadersPerMessage;
    private final int maxMessageBytes;
    private final int maxActionsInFlight;
    private final long maxQueuedBytes;
    private final int maxListItems;
    private final int eventQueueCapacity;
    private final EventOverflowPolicy eventOverflowPolicy;

    private AmiLimits(Builder b) {
        this.maxLineLength = b.maxLineLength;
        this.maxHeadersPerMessage = b.maxHeadersPerMessage;
        this.maxMessageBytes = b.maxMessageBytes;
        this.maxActionsInFlight = b.maxActionsInFlight;
        this.maxQueuedBytes = b.maxQueuedBytes;
        this.maxListItems = b.maxListItems;
        this.eventQueueCapacity = b.eventQueueCapacity;
        this.eventOverflowPolicy = b.eventOverflowPolicy;
    }

    /** The defaults each accessor names. */
    public static AmiLimits defaults() {
        return DEFAULTS;
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these limits. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxLineLength = maxLineLength;
        b.maxHeadersPerMessage = maxHeadersPerMessage;
        b.maxMessageBytes = maxMessageBytes;
        b.maxActionsInFlight = maxActionsInFlight;
        b.maxQueuedBytes = maxQueuedBytes;
        b.maxListItems = maxListItems;
        b.eventQueueCapacity = eventQueueCapacity;
        b.eventOverflowPolicy = eventOverflowPolicy;
        return b;
    }

    /** Longest line read, in bytes without its line ending; default 64 KiB. */
    public int maxLineLength() { return maxLineLength; }

    /** Most header lines (and legacy Command output lines) in one message; default 100 000. */
    public int maxHeadersPerMessage() { return maxHeadersPerMessage; }

    /** Most bytes in one message, line endings included; default 16 MiB (ListCommands and long Command output fit). */
    public int maxMessageBytes() { return maxMessageBytes; }

    /** Most actions awaiting their answer at once (and waiting for a login); one more fails; default 10 000. */
    public int maxActionsInFlight() { return maxActionsInFlight; }

    /** Most bytes queued for writing and not yet written; an action that does not fit fails; default 8 MiB. */
    public long maxQueuedBytes() { return maxQueuedBytes; }

    /** Most items held for one list; a longer list fails with {@link AmiOverloadException}; default 100 000. */
    public int maxListItems() { return maxListItems; }

    /** Most events queued for slow listeners (and per Flow subscriber); default 10 000. */
    public int eventQueueCapacity() { return eventQueueCapacity; }

    /** Which event a full queue drops; default {@link EventOverflowPolicy#DROP_OLDEST}. */
    public EventOverflowPolicy eventOverflowPolicy() { return eventOverflowPolicy; }

    @Override
    public String toString() {
        return "AmiLimits{line=" + maxLineLength + ", headers=" + maxHeadersPerMessage + ", message=" + maxMessageBytes
                + ", inFlight=" + maxActionsInFlight + ", queuedBytes=" + maxQueuedBytes + ", listItems=" + maxListItems
                + ", eventQueue=" + eventQueueCapacity + '/' + eventOverflowPolicy + '}';
    }

    /** Collects the limits; each setter refuses a value out of range, naming it. */
    public static final class Builder {
        private int maxLineLength = 64 * 1024;
        private int maxHeadersPerMessage = 100_000;
        private int maxMessageBytes = 16 * 1024 * 1024;
        private int maxActionsInFlight = 10_000;
        private long maxQueuedBytes = 8L * 1024 * 1024;
        private int maxListItems = 100_000;
        private int eventQueueCapacity = 10_000;
        private EventOverflowPolicy eventOverflowPolicy = EventOverflowPolicy.DROP_OLDEST;

        private Builder() {
        }

        /** See {@link AmiLimits#maxLineLength()}; at least 64. */
        public Builder maxLineLength(int bytes) {
            if (bytes < 64) {
                throw new IllegalArgumentException("maxLineLength must be at least 64 (was " + bytes + ")");
            }
            this.maxLineLength = bytes;
            return this;
        }

        /** See {@link AmiLimits#maxHeadersPerMessage()}; at least 1. */
        public Builder maxHeadersPerMessage(int headers) { this.maxHeadersPerMessage = atLeastOne(headers, "maxHeadersPerMessage"); return this; }

        /** See {@link AmiLimits#maxMessageBytes()}; at least maxLineLength (checked by build). */
        public Builder maxMessageBytes(int bytes) { this.maxMessageBytes = atLeastOne(bytes, "maxMessageBytes"); return this; }

        /** See {@link AmiLimits#maxActionsInFlight()}; at least 1. */
        public Builder maxActionsInFlight(int max) { this.maxActionsInFlight = atLeastOne(max, "maxActionsInFlight"); return this; }

        /** See {@link AmiLimits#maxQueuedBytes()}; at least 1024. */
        public Builder maxQueuedBytes(long max) {
            if (max < 1024) {
                throw new IllegalArgumentException("maxQueuedBytes must be at least 1024 (was " + max + ")");
            }
            this.maxQueuedBytes = max;
            return this;
        }

        /** See {@link AmiLimits#maxListItems()}; at least 1. */
        public Builder maxListItems(int max) { this.maxListItems = atLeastOne(max, "maxListItems"); return this; }

        /** See {@link AmiLimits#eventQueueCapacity()}; at least 1. */
        public Builder eventQueueCapacity(int capacity) { this.eventQueueCapacity = atLeastOne(capacity, "eventQueueCapacity"); return this; }

        /** See {@link AmiLimits#eventOverflowPolicy()}. */
        public Builder eventOverflowPolicy(EventOverflowPolicy policy) {
            this.eventOverflowPolicy = java.util.Objects.requireNonNull(policy, "eventOverflowPolicy");
            return this;
        }

        /** @throws IllegalArgumentException when maxMessageBytes is below maxLineLength */
        public AmiLimits build() {
            if (maxMessageBytes < maxLineLength) {
                throw new IllegalArgumentException("maxMessageBytes (" + maxMessageBytes
                        + ") must be at least maxLineLength (" + maxLineLength + ")");
            }
            return new AmiLimits(this);
        }
    }

    /** A count a setting gives (queue sizes, bounds, threads): at least 1, or IllegalArgumentException naming it. */
    static int atLeastOne(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1 (was " + n + ")");
        }
        return n;
    }
}
