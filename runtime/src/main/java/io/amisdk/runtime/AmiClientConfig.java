package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * Everything an {@link AmiClient} needs to know, built once: {@code AmiClientConfig.builder()
 * .host("pbx").username("admin").secret("…").build()}. Immutable; {@link #toString()} never shows the secret.
 */
public final class AmiClientConfig {
    /** The AMI port of a plain listener. */
    public static final int DEFAULT_PORT = 5038;

    private final String host;
    private final int port;
    private final String username;
    private final String secret;
    private final AuthType authType;
    private final String eventMask;
    private final SSLContext sslContext;
    private final boolean hostnameVerification;
    private final Duration connectTimeout;
    private final Duration actionTimeout;
    private final Duration keepaliveInterval;
    private final Duration keepaliveTimeout;
    private final ReconnectPolicy reconnectPolicy;
    private final AmiLimits limits;
    private final int eventQueueCapacity;
    private final EventOverflowPolicy overflowPolicy;
    private final Executor listenerExecutor;
    private final Executor callbackExecutor;
    private final EventDecoders eventDecoders;
    private final AmiResources resources;
    private final int maxActionsInFlight;
    private final long maxQueuedBytes;
    private final Duration fullQueueWait;
    private final int maxListItems;
    private final boolean listItemsToListeners;
    private final Duration disconnectedWait;
    private final LinePolicy linePolicy;
    private final Duration writeTimeout;
    private final AmiClientListener clientListener;

    private AmiClientConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.username = b.username;
        this.secret = b.secret;
        this.authType = b.authType;
        this.eventMask = b.eventMask;
        this.sslContext = b.sslContext;
        this.hostnameVerification = b.hostnameVerification;
        this.connectTimeout = b.connectTimeout;
        this.actionTimeout = b.actionTimeout;
        this.keepaliveInterval = b.keepaliveInterval;
        this.keepaliveTimeout = b.keepaliveTimeout == null ? b.actionTimeout : b.keepaliveTimeout;
        this.reconnectPolicy = b.reconnectPolicy;
        this.limits = b.limits;
        this.eventQueueCapacity = b.eventQueueCapacity;
        this.overflowPolicy = b.overflowPolicy;
        this.listenerExecutor = b.listenerExecutor;
        this.callbackExecutor = b.callbackExecutor;
        this.eventDecoders = b.eventDecoders;
        this.resources = b.resources;
        this.maxActionsInFlight = b.maxActionsInFlight;
        this.maxQueuedBytes = b.maxQueuedBytes;
        this.fullQueueWait = b.fullQueueWait;
        this.maxListItems = b.maxListItems;
        this.listItemsToListeners = b.listItemsToListeners;
        this.disconnectedWait = b.disconnectedWait;
        this.linePolicy = b.linePolicy;
        this.writeTimeout = b.writeTimeout;
        this.clientListener = b.clientListener;
    }

    /** Returns a builder with the defaults: port 5038, MD5 login, events on, 10 s timeouts, keepalive every 30 s. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.username = username;
        b.secret = secret;
        b.authType = authType;
        b.eventMask = eventMask;
        b.sslContext = sslContext;
        b.hostnameVerification = hostnameVerification;
        b.connectTimeout = connectTimeout;
        b.actionTimeout = actionTimeout;
        b.keepaliveInterval = keepaliveInterval;
        b.keepaliveTimeout = keepaliveTimeout;
        b.reconnectPolicy = reconnectPolicy;
        b.limits = limits;
        b.eventQueueCapacity = eventQueueCapacity;
        b.overflowPolicy = overflowPolicy;
        b.listenerExecutor = listenerExecutor;
        b.callbackExecutor = callbackExecutor;
        b.eventDecoders = eventDecoders;
        b.resources = resources;
        b.maxActionsInFlight = maxActionsInFlight;
        b.maxQueuedBytes = maxQueuedBytes;
        b.fullQueueWait = fullQueueWait;
        b.maxListItems = maxListItems;
        b.listItemsToListeners = listItemsToListeners;
        b.disconnectedWait = disconnectedWait;
        b.linePolicy = linePolicy;
        b.writeTimeout = writeTimeout;
        b.clientListener = clientListener;
        return b;
    }

    public String host() { return host; }

    public int port() { return port; }

    public String username() { return username; }

    /** The secret; only the login code should call this. */
    String secret() { return secret; }

    public AuthType authType() { return authType; }

    /** The {@code Events} header sent at login: {@code on}, {@code off}, or categories such as {@code system,call}. */
    public String eventMask() { return eventMask; }

    /** The TLS context, or null for plain TCP. */
    public SSLContext sslContext() { return sslContext; }

    public boolean hostnameVerification() { return hostnameVerification; }

    public Duration connectTimeout() { return connectTimeout; }

    public Duration actionTimeout() { return actionTimeout; }

    /** How long the connection may be idle before a keepalive Ping; zero disables keepalive. */
    public Duration keepaliveInterval() { return keepaliveInterval; }

    /** How long a keepalive Ping may go unanswered before the connection counts as lost. */
    public Duration keepaliveTimeout() { return keepaliveTimeout; }

    public ReconnectPolicy reconnectPolicy() { return reconnectPolicy; }

    public AmiLimits limits() { return limits; }

    public int eventQueueCapacity() { return eventQueueCapacity; }

    public EventOverflowPolicy overflowPolicy() { return overflowPolicy; }

    /** The executor that runs this client's event and state listeners (serially), or null for the resources' listener pool. */
    public Executor listenerExecutor() { return listenerExecutor; }

    /** The executor that completes this client's futures (and so runs their dependent stages), or null for the resources' callback pool. */
    public Executor callbackExecutor() { return callbackExecutor; }

    public EventDecoders eventDecoders() { return eventDecoders; }

    /** The shared threads: timer, callbacks, listeners, I/O; {@link AmiResources#shared()} unless set. */
    public AmiResources resources() { return resources; }

    /** Most actions awaiting their answer at once; one more fails (or waits, see {@link #fullQueueWait()}). Default 10 000. */
    public int maxActionsInFlight() { return maxActionsInFlight; }

    /** Most bytes queued for writing and not yet written; an action that does not fit fails (or waits). Default 8 MiB. */
    public long maxQueuedBytes() { return maxQueuedBytes; }

    /** How long a send may wait for room when a bound is reached; zero (the default) fails it at once. */
    public Duration fullQueueWait() { return fullQueueWait; }

    /** Most items held for one list; a longer list fails with {@link AmiOverloadException}. Default 100 000. */
    public int maxListItems() { return maxListItems; }

    /** Whether list items (and the completion event) also go to event listeners; by default only to the list's future. */
    public boolean listItemsToListeners() { return listItemsToListeners; }

    /** How long an action sent while not logged in waits for the (re)login; zero (the default) fails it at once. */
    public Duration disconnectedWait() { return disconnectedWait; }

    /** What to do with an action the server's Asterisk line lacks; {@link LinePolicy#IGNORE} by default. */
    public LinePolicy linePolicy() { return linePolicy; }

    /** How long one socket write may block (the server stopped reading) before the connection counts as lost. Default 10 s. */
    public Duration writeTimeout() { return writeTimeout; }

    /** The hooks for metrics and tracing; {@link AmiClientListener#NONE} unless set. */
    public AmiClientListener clientListener() { return clientListener; }

    @Override
    public String toString() {
        return "AmiClientConfig{" + (sslContext == null ? "tcp" : "tls") + "://" + host + ':' + port
                + ", username=" + username + ", secret=" + (secret == null ? null : Secrets.MASK)
                + ", auth=" + authType + ", events=" + eventMask + ", connectTimeout=" + connectTimeout
                + ", actionTimeout=" + actionTimeout + ", keepalive=" + keepaliveInterval
                + ", reconnect=" + reconnectPolicy + ", limits=" + limits + ", queue=" + eventQueueCapacity
                + '/' + overflowPolicy + ", inFlight=" + maxActionsInFlight + ", queuedBytes=" + maxQueuedBytes
                + ", listItems=" + maxListItems + ", writeTimeout=" + writeTimeout + '}';
    }

    /** Collects the options; {@link #build()} checks them. */
    /** A count a setting gives (queue sizes, bounds, threads): at least 1, or IllegalArgumentException naming it. */
    static int atLeastOne(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1");
        }
        return n;
    }

    public static final class Builder {
        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private String username;
        private String secret;
        private AuthType authType = AuthType.MD5;
        private String eventMask = "on";
        private SSLContext sslContext;
        private boolean hostnameVerification = true;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration actionTimeout = Duration.ofSeconds(10);
        private Duration keepaliveInterval = Duration.ofSeconds(30);
        private Duration keepaliveTimeout;
        private ReconnectPolicy reconnectPolicy = ReconnectPolicy.defaults();
        private AmiLimits limits = AmiLimits.defaults();
        private int eventQueueCapacity = 10_000;
        private EventOverflowPolicy overflowPolicy = EventOverflowPolicy.DROP_OLDEST;
        private Executor listenerExecutor;
        private Executor callbackExecutor;
        private EventDecoders eventDecoders;
        private AmiResources resources;
        private int maxActionsInFlight = 10_000;
        private long maxQueuedBytes = 8L * 1024 * 1024;
        private Duration fullQueueWait = Duration.ZERO;
        private int maxListItems = 100_000;
        private boolean listItemsToListeners;
        private Duration disconnectedWait = Duration.ZERO;
        private LinePolicy linePolicy = LinePolicy.IGNORE;
        private Duration writeTimeout = Duration.ofSeconds(10);
        private AmiClientListener clientListener = AmiClientListener.NONE;

        private Builder() {
        }

        /** The shared threads to use; {@link AmiResources#shared()} by default. */
        public Builder resources(AmiResources resources) { this.resources = Objects.requireNonNull(resources, "resources"); return this; }

        /** Most actions awaiting an answer at once (default 10 000). */
        public Builder maxActionsInFlight(int max) { this.maxActionsInFlight = atLeastOne(max, "maxActionsInFlight"); return this; }

        /** Most bytes queued for writing (default 8 MiB). */
        public Builder maxQueuedBytes(long max) {
            if (max < 1024) {
                throw new IllegalArgumentException("maxQueuedBytes must be at least 1024");
            }
            this.maxQueuedBytes = max;
            return this;
        }

        /** How long a send waits for room when a bound is reached; zero (default) fails it at once. */
        public Builder fullQueueWait(Duration wait) { this.fullQueueWait = notNegative(wait, "fullQueueWait"); return this; }

        /** Most items held for one list (default 100 000). */
        public Builder maxListItems(int max) { this.maxListItems = atLeastOne(max, "maxListItems"); return this; }

        /** Also deliver list items and completion events to event listeners (default: only to the list's future). */
        public Builder listItemsToListeners(boolean deliver) { this.listItemsToListeners = deliver; return this; }

        /** How long an action sent while not logged in waits for the login; zero (default) fails it at once. */
        public Builder disconnectedWait(Duration wait) { this.disconnectedWait = notNegative(wait, "disconnectedWait"); return this; }

        /** Learn the server's line after login and warn on, or refuse, what it lacks (default {@link LinePolicy#IGNORE}). */
        public Builder linePolicy(LinePolicy policy) { this.linePolicy = java.util.Objects.requireNonNull(policy, "policy"); return this; }

        /** How long one socket write may block before the connection counts as lost (default 10 s). */
        public Builder writeTimeout(Duration timeout) { this.writeTimeout = positive(timeout, "writeTimeout"); return this; }

        /** Hooks for metrics and tracing. */
        public Builder clientListener(AmiClientListener listener) { this.clientListener = Objects.requireNonNull(listener, "listener"); return this; }

        public Builder host(String host) { this.host = Objects.requireNonNull(host, "host"); return this; }

        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public Builder username(String username) { this.username = username; return this; }

        public Builder secret(String secret) { this.secret = secret; return this; }

        /** Username and secret at once. */
        public Builder credentials(String username, String secret) { return username(username).secret(secret); }

        public Builder authType(AuthType authType) { this.authType = Objects.requireNonNull(authType, "authType"); return this; }

        /** {@code on}, {@code off}, or a comma-separated list of categories ({@code system,call,agent}). */
        public Builder eventMask(String mask) { this.eventMask = Objects.requireNonNull(mask, "mask"); return this; }

        /** Speaks TLS (Asterisk's {@code tlsenable}, usually port 5039) with this context. */
        public Builder tls(SSLContext context) { this.sslContext = context; return this; }

        /** Turns off checking that the server certificate names the host; on by default. */
        public Builder hostnameVerification(boolean verify) { this.hostnameVerification = verify; return this; }

        public Builder connectTimeout(Duration timeout) { this.connectTimeout = positive(timeout, "connectTimeout"); return this; }

        public Builder actionTimeout(Duration timeout) { this.actionTimeout = positive(timeout, "actionTimeout"); return this; }

        /** Idle time before a keepalive Ping; {@link Duration#ZERO} disables keepalive. */
        public Builder keepaliveInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("keepaliveInterval is negative");
            }
            this.keepaliveInterval = interval;
            return this;
        }

        public Builder keepaliveTimeout(Duration timeout) { this.keepaliveTimeout = positive(timeout, "keepaliveTimeout"); return this; }

        public Builder reconnectPolicy(ReconnectPolicy policy) { this.reconnectPolicy = Objects.requireNonNull(policy, "policy"); return this; }

        public Builder limits(AmiLimits limits) { this.limits = Objects.requireNonNull(limits, "limits"); return this; }

        public Builder eventQueueCapacity(int capacity) {
            this.eventQueueCapacity = atLeastOne(capacity, "eventQueueCapacity");
            return this;
        }

        public Builder overflowPolicy(EventOverflowPolicy policy) { this.overflowPolicy = Objects.requireNonNull(policy, "policy"); return this; }

        /**
         * Runs listeners on this executor (the client submits one task at a time, so listeners see events in
         * order); by default a thread of the client's own. It must not run tasks in the calling thread.
         */
        public Builder listenerExecutor(Executor executor) { this.listenerExecutor = executor; return this; }

        /**
         * Completes action futures on this executor; by default {@code ForkJoinPool.commonPool()}. An
         * executor that runs tasks in the calling thread would run dependent stages on the reader thread.
         */
        public Builder callbackExecutor(Executor executor) { this.callbackExecutor = executor; return this; }

        /** Decodes typed events with this registry; by default {@link EventDecoders#installed()}. */
        public Builder eventDecoders(EventDecoders decoders) { this.eventDecoders = decoders; return this; }

        public AmiClientConfig build() {
            if (authType != AuthType.NONE && (username == null || secret == null)) {
                throw new IllegalStateException("username and secret are required for " + authType + " login");
            }
            if (eventDecoders == null) {
                eventDecoders = EventDecoders.installed();
            }
            if (resources == null) {
                resources = AmiResources.shared();
            }
            return new AmiClientConfig(this);
        }

        private static Duration notNegative(Duration d, String what) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative");
            }
            return d;
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isZero() || d.isNegative()) {
                throw new IllegalArgumentException(what + " must be positive");
            }
            return d;
        }
    }
}
