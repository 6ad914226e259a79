package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A connection to Asterisk's Manager Interface that stays logged in: it sends actions (many at
 * once), delivers events to listeners, pings, and reconnects when the connection is lost.
 *
 * <pre>{@code
 * try (AmiClient ami = AmiClient.connect(AmiClientConfig.builder()
 *         .host("pbx").username("admin").secret(secret).build())) {
 *     ami.onEvent("Hangup", e -> System.out.println(e.headers().get("Channel")));
 *     AmiResponse pong = ami.send(GenericAction.of("Ping")).join();
 * }
 * }</pre>
 *
 * <p><b>Answers.</b> Every future completes: with the answer, or exceptionally. One rule for
 * {@code Response: Error}, whatever the method ({@link #send}, {@link #sendList},
 * {@link #sendAndAwaitEvent}): the future fails with {@link AmiActionFailedException}, whose
 * {@link AmiActionFailedException#response() response()} is Asterisk's answer and whose message names
 * the action ({@code Getvar (ActionID 3) failed: No such channel}). So a value is always a success
 * ({@code Success}, {@code Follows}, {@code Goodbye}, or a list). Other failures:
 * {@link AmiTimeoutException}, {@link AmiConnectionLostException}, {@link AmiOverloadException} (a bound),
 * {@link AmiInvalidActionException} (no {@code send*} method throws for a bad action: its future fails), and
 * {@link AmiOutcomeFailedException} when the event {@link #sendAndAwaitEvent} waits for reports failure
 * ({@code OriginateResponse} with {@code Response: Failure}). Blocking code calls {@link #call},
 * {@link #callList} or {@link #callAndAwaitEvent}: the same, bounded by the action timeout, thrown.
 *
 * <p><b>Threads.</b> The client owns one reader thread per connection; writes, timers, callbacks and
 * listener delivery run on the {@link AmiResources} it shares with other clients. Futures complete on
 * the callback executor, listeners run (in arrival order) on the listener executor; the reader
 * never runs user code. Whatever a listener, subscriber or hook throws — {@code Error} included — is
 * caught, counted ({@link #listenerFailureCount()}, {@link #hookFailureCount()}) and logged once per listener.
 *
 * <p><b>While not logged in</b> (connecting, reconnecting), actions fail at once with
 * {@link AmiConnectionLostException}, or wait for the login up to {@link AmiTimeouts#disconnectedWait()}.
 */
public final class AmiClient implements AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final AmiClientConfig config;
    private final AmiResources resources;
    private final EventDispatcher dispatcher;
    private final AtomicLong listenerFailures = new AtomicLong();
    private final AtomicLong hookFailures = new AtomicLong();
    private final ActionSender sender;
    private final ClientSession session;
    private final AtomicBoolean started = new AtomicBoolean();

    private AmiClient(AmiClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.resources = config.resources();
        SafeHooks hooks = new SafeHooks(config.hooks(), hookFailures);
        this.dispatcher = new EventDispatcher(config, hooks, listenerFailures);
        this.session = new ClientSession(config, Integer.toString(CLIENTS.incrementAndGet()), dispatcher, hooks);
        this.sender = new ActionSender(config, session);
    }

    /** Connects, reads the greeting and logs in; returns once logged in. */
    public static AmiClient connect(AmiClientConfig config) { return create(config).start(); }

    /** Like {@link #connect} without blocking the caller: the future completes once logged in. */
    public static CompletableFuture<AmiClient> connectAsync(AmiClientConfig config) { return create(config).startAsync(); }

    /**
     * Returns a client that is not connected yet, so that listeners can be registered before
     * {@link #start()} and see the events that follow the login (FullyBooted).
     */
    public static AmiClient create(AmiClientConfig config) { return new AmiClient(config); }

    /**
     * Connects and logs in; returns this client once logged in. On failure the client is closed and
     * the failure thrown: {@link AmiAuthenticationException} when Asterisk refused the login,
     * {@link AmiConnectException} when no connection could be made. The reconnect policy applies only
     * to connections lost after this returned.
     */
    public AmiClient start() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("start() was already called");
        }
        try {
            session.open(false);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Like {@link #start()} without blocking the caller: the login runs on the resources' connect pool (no thread per call). */
    public CompletableFuture<AmiClient> startAsync() { return resources.loginAsync(this::start); }

    /**
     * Sends the action; the future completes with Asterisk's answer, typed by the action's
     * {@link AmiAction#decodeResponse} (e.g. a {@code GetvarResponse}). {@code Response: Error} fails it
     * with {@link AmiActionFailedException} carrying the response (see the class comment).
     */
    public <R extends AmiResponse> CompletableFuture<R> send(AmiAction<R> action) {
        return sender.send(action);
    }

    /**
     * Sends any action as a list action and collects every item event (decoded by the event decoders)
     * until the completion event. {@code Response: Error} fails it with {@link AmiActionFailedException}.
     * The items go to this future only, not to event listeners (unless {@link AmiClientConfig#listItemsToListeners()}).
     */
    public CompletableFuture<AmiListResponse<AmiEvent>> sendList(AmiAction<?> action) {
        return sender.sendList(action);
    }

    /**
     * Sends a list action; each item is decoded by the action's {@link AmiListAction#decodeItem}
     * (falling back to the event decoders when it returns null) into the action's item type.
     * {@code Response: Error} fails it with {@link AmiActionFailedException}.
     */
    public <I extends AmiEvent> CompletableFuture<AmiListResponse<I>> sendList(AmiListAction<I> action) {
        return sender.sendList(action);
    }

    /**
     * Sends the action and completes with the named event that carries its ActionID — e.g. an
     * {@code Originate} with {@code Async: true} and its {@code OriginateResponse}. Fails with
     * {@link AmiActionFailedException} if the action is answered with an error.
     */
    public CompletableFuture<AmiEvent> sendAndAwaitEvent(AmiAction<?> action, String eventName) {
        return sendAndAwaitEvent(action, eventName, config.timeouts().actionTimeout());
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, String)}, waiting at most {@code timeout} for the event. */
    public CompletableFuture<AmiEvent> sendAndAwaitEvent(AmiAction<?> action, String eventName, Duration timeout) {
        return sender.sendAndAwaitEvent(action, eventName, timeout);
    }

    /**
     * As {@link #sendAndAwaitEvent(AmiAction, String)}, the event named by its class: the name the
     * class is registered under with the event decoders, else its {@code EVENT_NAME} constant
     * ({@code sendAndAwaitEvent(originate, OriginateResponseEvent.class)}).
     *
     * @throws IllegalArgumentException when the class names no event
     */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, Class<E> type) {
        return sendAndAwaitEvent(action, type, config.timeouts().actionTimeout());
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, Class)}, waiting at most {@code timeout} for the event. */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, Class<E> type,
            Duration timeout) {
        return sender.sendAndAwaitEvent(action, type, timeout);
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, String, Duration)}, decoded to the registered type (e.g. a generated OriginateResponseEvent). */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, String eventName,
            Class<E> type, Duration timeout) {
        return sender.sendAndAwaitEvent(action, eventName, type, timeout);
    }

    /**
     * Sends the action and waits for its answer: {@link #send} for code that blocks anyway. Bounded by the
     * action timeout (plus {@link AmiTimeouts#disconnectedWait()} when it waits for a login); throws what the
     * future would fail with — {@link AmiActionFailedException}, {@link AmiTimeoutException},
     * {@link AmiConnectionLostException}, {@link AmiInvalidActionException}, … — all {@link AmiException}s.
     */
    public <R extends AmiResponse> R call(AmiAction<R> action) {
        return sender.call(send(action), action);
    }

    /** Sends a list action and waits for the whole list: {@link #sendList(AmiListAction)}, bounded as {@link #call}. */
    public <I extends AmiEvent> AmiListResponse<I> callList(AmiListAction<I> action) {
        return sender.call(sendList(action), action);
    }

    /**
     * Sends the action and waits for the event of this class that carries its ActionID:
     * {@link #sendAndAwaitEvent(AmiAction, Class)}, bounded as {@link #call}. An outcome event that reports
     * failure ({@code OriginateResponse} with {@code Response: Failure}) throws {@link AmiOutcomeFailedException}.
     */
    public <E extends AmiEvent> E callAndAwaitEvent(AmiAction<?> action, Class<E> type) {
        return sender.call(sendAndAwaitEvent(action, type), action);
    }

    /** As {@link #callAndAwaitEvent(AmiAction, Class)}, waiting at most {@code timeout} for the event. */
    public <E extends AmiEvent> E callAndAwaitEvent(AmiAction<?> action, Class<E> type, Duration timeout) {
        return sender.call(sendAndAwaitEvent(action, type, timeout), timeout, action);
    }

    /**
     * Changes which events this connection receives with the {@code Events} action, and remembers the mask,
     * so that a reconnect logs in with it again.
     */
    public CompletableFuture<AmiResponse> setEventMask(EventMask mask) {
        return sender.setEventMask(mask);
    }

    /** As {@link #setEventMask(EventMask)}, the mask read by {@link EventMask#parse} ({@code on}, {@code system,call}). */
    public CompletableFuture<AmiResponse> setEventMask(String mask) {
        return sender.setEventMask(mask);
    }

    /** The event mask the client logs in with: the configured one, or the last one set with {@link #setEventMask}. */
    public EventMask eventMask() { return session.eventMask(); }

    /**
     * Events as a {@link Flow.Publisher}, every event, with back-pressure: a subscriber gets no more
     * than it requested; what it has not asked for waits in a buffer of {@link AmiLimits#eventQueueCapacity()}
     * events, beyond which the overflow policy drops (counted in {@link #droppedEventCount()}), as for a slow listener.
     * Adapts to Reactor ({@code JdkFlowAdapter.flowPublisherToFlux}) or RxJava ({@code FlowAdapters.toPublisher}).
     */
    public Flow.Publisher<AmiEvent> events() { return events(AmiEvent.class); }

    /** As {@link #events()}, only the events that are instances of this type (an event class or a shared interface). */
    public <E extends AmiEvent> Flow.Publisher<E> events(Class<E> type) {
        Objects.requireNonNull(type, "type");
        return subscriber -> dispatcher.subscribe(type, subscriber);
    }

    /** Delivers every event with this name (case-insensitive) to the listener. */
    public Subscription onEvent(String eventName, Consumer<AmiEvent> listener) {
        return dispatcher.onEvent(Objects.requireNonNull(eventName, "eventName"), null, listener);
    }

    /** Delivers every event to the listener (list items only with {@link AmiClientConfig#listItemsToListeners()}). */
    public Subscription onAnyEvent(Consumer<AmiEvent> listener) { return dispatcher.onEvent(null, null, listener); }

    /**
     * Delivers every event that is an instance of this type — a class, or an interface that several
     * event classes implement (e.g. a generated {@code ChannelSnapshot}); {@link GenericEvent} for the
     * unregistered ones, {@link AmiEvent} for all.
     */
    public <E extends AmiEvent> Subscription onEvent(Class<E> type, Consumer<? super E> listener) {
        return dispatcher.onEvent(type, listener);
    }

    /** Tells the listener about every change of {@link #state()}. */
    public Subscription onStateChange(Consumer<ConnectionState> listener) { return dispatcher.onState(listener); }

    /** The connection state now. */
    public ConnectionState state() { return session.state(); }

    /** The AMI version from the greeting ({@code 11.0.0} for Asterisk 22), or null before the first greeting. */
    public String amiVersion() {
        String g = session.greeting();
        return g == null ? null : g.substring(g.lastIndexOf('/') + 1).strip();
    }

    /** The whole greeting line, e.g. {@code Asterisk Call Manager/11.0.0}. */
    public String greeting() { return session.greeting(); }

    /** How many events the overflow policy dropped so far. */
    public long droppedEventCount() { return dispatcher.dropped(); }

    /** How many events reached the listeners so far. */
    public long deliveredEventCount() { return dispatcher.delivered(); }

    /** How many times an event listener, state listener or Flow subscriber threw (not the hooks: {@link #hookFailureCount()}). */
    public long listenerFailureCount() { return listenerFailures.get(); }

    /** How many times one of the configured {@link AmiClientHooks} threw. */
    public long hookFailureCount() { return hookFailures.get(); }

    /** How many actions are waiting for an answer on the current connection now. */
    public int inFlightActionCount() { return session.inFlightActionCount(); }

    /** How many times the client reconnected after a loss. */
    public long reconnectCount() { return session.reconnectCount(); }

    public AmiClientConfig config() { return config; }

    /**
     * Logs off, closes the connection, fails every pending and waiting future and cancels the
     * client's timers. It wins over a reconnect racing it: once it returns, the state stays CLOSED.
     */
    @Override
    public void close() { session.close(); }

    @Override
    public String toString() { return "AmiClient{" + config.host() + ':' + config.port() + ", " + session.state() + '}'; }

    /** The server's Asterisk line ("22", "master"), once learnt after login under a line policy; else null. */
    public String serverLine() { return session.serverLine(); }

    /**
     * The server's Asterisk version as CoreSettings' AsteriskVersion spells it ("22.10.1", "GIT-master-abc"), once
     * learnt after login under a line policy; else null. {@link AmiAction#since()} is compared with it.
     */
    public String serverVersion() { return session.serverVersion(); }
}
