package io.amisdk.runtime;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything an {@link AmiClient} needs to know, built once and immutable; {@link #toString()} never shows
 * the secret. The options come in groups, as lettuce's {@code ClientOptions}: where and as whom
 * (host, port, credentials, {@link AuthType}, {@link EventMask}), {@link #timeouts()}, {@link #limits()},
 * {@link #tls()}, {@link #reconnectPolicy()}; threads only in {@link #resources()}.
 *
 * <pre>{@code
 * AmiClientConfig config = AmiClientConfig.builder()
 *         .host("pbx").credentials("admin", secret).eventMask(EventMask.of(EventClass.CALL))
 *         .timeouts(t -> t.actionTimeout(Duration.ofSeconds(5)))
 *         .limits(l -> l.maxActionsInFlight(1_000))
 *         .tls(AmiTls.of(sslContext)).build();
 * }</pre>
 */
public final class AmiClientConfig {
    /** The AMI port of a plain listener. */
    public static final int DEFAULT_PORT = 5038;

    private final String host;
    private final int port;
    private final String username;
    private final String secret;
    private final AuthType authType;
    private final EventMask eventMask;
    private final AmiTls tls;
    private final AmiTimeouts timeouts;
    private final AmiLimits limits;
    private final ReconnectPolicy reconnectPolicy;
    private final EventDecoders eventDecoders;
    private final AmiResources resources;
    private final AmiClientHooks hooks;
    private final LinePolicy linePolicy;
    private final boolean listItemsToListeners;

    private AmiClientConfig(Builder b) {
        this.host = b.host;
        this.port = b.port;
        this.username = b.username;
        this.secret = b.secret;
        this.authType = b.authType;
        this.eventMask = b.eventMask;
        this.tls = b.tls;
        this.timeouts = b.timeouts;
        this.limits = b.limits;
        this.reconnectPolicy = b.reconnectPolicy;
        this.eventDecoders = b.eventDecoders;
        this.resources = b.resources;
        this.hooks = b.hooks;
        this.linePolicy = b.linePolicy;
        this.listItemsToListeners = b.listItemsToListeners;
    }

    /** A builder with the defaults: localhost:5038, MD5 login, every event, the default timeouts, limits and reconnect policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.username = username;
        b.secret = secret;
        b.authType = authType;
        b.eventMask = eventMask;
        b.tls = tls;
        b.timeouts = timeouts;
        b.limits = limits;
        b.reconnectPolicy = reconnectPolicy;
        b.eventDecoders = eventDecoders;
        b.resources = resources;
        b.hooks = hooks;
        b.linePolicy = linePolicy;
        b.listItemsToListeners = listItemsToListeners;
        return b;
    }

    /** The server's host name or address; default {@code localhost}. */
    public String host() { return host; }

    /** The server's AMI port; default {@value #DEFAULT_PORT}. */
    public int port() { return port; }

    /** The manager user (manager.conf's section name), or null with {@link AuthType#NONE}. */
    public String username() { return username; }

    /** The secret; only the login code should call this. */
    String secret() { return secret; }

    /** How the client logs in; default {@link AuthType#MD5}. */
    public AuthType authType() { return authType; }

    /** The events asked for at login (Login's {@code Events}); default {@link EventMask#ON}. */
    public EventMask eventMask() { return eventMask; }

    /** TLS, or null (the default) for plain TCP. */
    public AmiTls tls() { return tls; }

    /** How long the client waits for what; {@link AmiTimeouts#defaults()} unless set. */
    public AmiTimeouts timeouts() { return timeouts; }

    /** Every bound the client keeps; {@link AmiLimits#defaults()} unless set. */
    public AmiLimits limits() { return limits; }

    /** When to reconnect after a loss; {@link ReconnectPolicy#defaults()} unless set. */
    public ReconnectPolicy reconnectPolicy() { return reconnectPolicy; }

    /** Decodes typed events; {@link EventDecoders#installed()} unless set. */
    public EventDecoders eventDecoders() { return eventDecoders; }

    /** The threads and executors: timer, callbacks, listeners, connects, I/O; {@link AmiResources#shared()} unless set. */
    public AmiResources resources() { return resources; }

    /** The hooks for metrics and tracing; {@link AmiClientHooks#NONE} unless set. */
    public AmiClientHooks hooks() { return hooks; }

    /** What to do with an action the server's Asterisk line lacks; {@link LinePolicy#IGNORE} by default. */
    public LinePolicy linePolicy() { return linePolicy; }

    /** Whether list items (and the completion event) also go to event listeners; by default only to the list's future. */
    public boolean listItemsToListeners() { return listItemsToListeners; }

    @Override
    public String toString() {
        return "AmiClientConfig{" + (tls == null ? "tcp" : "tls") + "://" + host + ':' + port
                + ", username=" + username + ", secret=" + (secret == null ? null : Secrets.MASK)
                + ", auth=" + authType + ", events=" + eventMask.wireValue() + ", " + timeouts + ", " + limits
                + ", " + reconnectPolicy + ", linePolicy=" + linePolicy + '}';
    }

    /** Collects the options; {@link #build()} checks that they fit together. */
    public static final class Builder {
        private String host = "localhost";
        private int port = DEFAULT_PORT;
        private String username;
        private String secret;
        private AuthType authType = AuthType.MD5;
        private EventMask eventMask = EventMask.ON;
        private AmiTls tls;
        private AmiTimeouts timeouts = AmiTimeouts.defaults();
        private AmiLimits limits = AmiLimits.defaults();
        private ReconnectPolicy reconnectPolicy = ReconnectPolicy.defaults();
        private EventDecoders eventDecoders;
        private AmiResources resources;
        private AmiClientHooks hooks = AmiClientHooks.NONE;
        private LinePolicy linePolicy = LinePolicy.IGNORE;
        private boolean listItemsToListeners;

        private Builder() {
        }

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

        /** The events to ask for at login: {@link EventMask#ON}, {@link EventMask#OFF} or {@code EventMask.of(EventClass.CALL, …)}. */
        public Builder eventMask(EventMask mask) { this.eventMask = Objects.requireNonNull(mask, "mask"); return this; }

        /** As {@link #eventMask(EventMask)}, read by {@link EventMask#parse} ({@code on}, {@code off}, {@code system,call}). */
        public Builder eventMask(String mask) { return eventMask(EventMask.parse(mask)); }

        /** Speaks TLS; null (the default) for plain TCP. */
        public Builder tls(AmiTls tls) { this.tls = tls; return this; }

        public Builder timeouts(AmiTimeouts timeouts) { this.timeouts = Objects.requireNonNull(timeouts, "timeouts"); return this; }

        /** Changes some timeouts, keeping the others: {@code .timeouts(t -> t.actionTimeout(Duration.ofSeconds(5)))}. */
        public Builder timeouts(Consumer<AmiTimeouts.Builder> change) {
            AmiTimeouts.Builder b = timeouts.toBuilder();
            change.accept(b);
            return timeouts(b.build());
        }

        public Builder limits(AmiLimits limits) { this.limits = Objects.requireNonNull(limits, "limits"); return this; }

        /** Changes some limits, keeping the others: {@code .limits(l -> l.maxActionsInFlight(1_000))}. */
        public Builder limits(Consumer<AmiLimits.Builder> change) {
            AmiLimits.Builder b = limits.toBuilder();
            change.accept(b);
            return limits(b.build());
        }

        public Builder reconnectPolicy(ReconnectPolicy policy) { this.reconnectPolicy = Objects.requireNonNull(policy, "policy"); return this; }

        /** Decodes typed events with this registry; by default {@link EventDecoders#installed()}. */
        public Builder eventDecoders(EventDecoders decoders) { this.eventDecoders = decoders; return this; }

        /** The threads and executors to use; {@link AmiResources#shared()} by default. */
        public Builder resources(AmiResources resources) { this.resources = Objects.requireNonNull(resources, "resources"); return this; }

        /** Hooks for metrics and tracing. */
        public Builder hooks(AmiClientHooks hooks) { this.hooks = Objects.requireNonNull(hooks, "hooks"); return this; }

        /** Learn the server's line after login and warn on, or refuse, what it lacks (default {@link LinePolicy#IGNORE}). */
        public Builder linePolicy(LinePolicy policy) { this.linePolicy = Objects.requireNonNull(policy, "policy"); return this; }

        /** Also deliver list items and completion events to event listeners (default: only to the list's future). */
        public Builder listItemsToListeners(boolean deliver) { this.listItemsToListeners = deliver; return this; }

        /** @throws IllegalStateException when a login needs a username and secret that are missing */
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
    }
}
