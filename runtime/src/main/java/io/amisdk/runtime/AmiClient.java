package io.amisdk.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

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
    private static final System.Logger LOG = System.getLogger(AmiClient.class.getName());

    /** The server's Asterisk line ("22"), learnt after login when the line policy asks for it; null until then. */
    private volatile String serverLine;
    /** What a WARN policy has warned about already: bounded by the SDK's actions and headers. */
    private final java.util.Set<String> lineWarnings = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String GREETING_PREFIX = "Asterisk Call Manager/";

    private final AmiClientConfig config;
    private final String name;
    private final AmiResources resources;
    private final ScheduledExecutorService scheduler;
    private final Executor callbacks;
    private final EventDispatcher dispatcher;
    private final AtomicLong listenerFailures = new AtomicLong();
    private final AtomicLong hookFailures = new AtomicLong();
    private final SafeHooks hooks;
    /** Guards the state, current and the waiting actions: close() and a reconnect never interleave. */
    private final Object lock = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Actions sent while not logged in, waiting for the login (disconnectedWait > 0); guarded by lock. */
    private final ArrayDeque<Waiting<?>> waiting = new ArrayDeque<>();
    private volatile AmiConnection current;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closed;
    private volatile String greeting;
    private volatile EventMask eventMask;
    private volatile ScheduledFuture<?> keepaliveTask;
    private volatile ScheduledFuture<?> reconnectTask;

    private AmiClient(AmiClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.name = Integer.toString(CLIENTS.incrementAndGet());
        this.resources = config.resources();
        this.scheduler = resources.timer();
        this.callbacks = resources.callbacks();
        this.hooks = new SafeHooks(config.hooks(), hookFailures);
        this.dispatcher = new EventDispatcher(config, hooks, listenerFailures);
        this.eventMask = config.eventMask();
    }

    /** Connects, reads the greeting and logs in; returns once logged in. */
    public static AmiClient connect(AmiClientConfig config) {
        return create(config).start();
    }

    /** Like {@link #connect} without blocking the caller: the future completes once logged in. */
    public static CompletableFuture<AmiClient> connectAsync(AmiClientConfig config) {
        return create(config).startAsync();
    }

    /**
     * Returns a client that is not connected yet, so that listeners can be registered before
     * {@link #start()} and see the events that follow the login (FullyBooted).
     */
    public static AmiClient create(AmiClientConfig config) {
        return new AmiClient(config);
    }

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
            open(false);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Like {@link #start()} without blocking the caller: the login runs on the resources' connect pool (no thread per call). */
    public CompletableFuture<AmiClient> startAsync() {
        CompletableFuture<AmiClient> result = new CompletableFuture<>();
        Runnable login = () -> {
            try {
                start();
            } catch (Throwable e) {
                resources.execute(callbacks, () -> result.completeExceptionally(e));
                return;
            }
            resources.execute(callbacks, () -> result.complete(this)); // dependent stages are user code
        };
        try {
            resources.connects().execute(login);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new AmiConnectException("the client's resources are closed"));
        }
        return result;
    }

    /**
     * Sends the action; the future completes with Asterisk's answer, typed by the action's
     * {@link AmiAction#decodeResponse} (e.g. a {@code GetvarResponse}). {@code Response: Error} fails it
     * with {@link AmiActionFailedException} carrying the response (see the class comment).
     */
    public <R extends AmiResponse> CompletableFuture<R> send(AmiAction<R> action) {
        Objects.requireNonNull(action, "action");
        if (action instanceof GenericAction) { // its decodeResponse is the identity: a shared finisher, none allocated per send
            @SuppressWarnings("unchecked") // a GenericAction is an AmiAction<AmiResponse>, so R is AmiResponse
            Function<Object, R> plain = (Function<Object, R>) SUCCESS_ONLY;
            return submit(action, PendingAction.Kind.RESPONSE, null, config.timeouts().actionTimeout(), plain);
        }
        return submit(action, PendingAction.Kind.RESPONSE, null, config.timeouts().actionTimeout(),
                raw -> action.decodeResponse(SUCCESS_ONLY.apply(raw)));
    }

    /** The one rule: an error answer fails the future, carrying the response (a raw response's orThrow). */
    private static final Function<Object, AmiResponse> SUCCESS_ONLY = raw -> ((AmiResponse) raw).orThrow();

    /**
     * Sends any action as a list action and collects every item event (decoded by the event decoders)
     * until the completion event. {@code Response: Error} fails it with {@link AmiActionFailedException}.
     * The items go to this future only, not to event listeners (unless {@link AmiClientConfig#listItemsToListeners()}).
     */
    public CompletableFuture<AmiListResponse<AmiEvent>> sendList(AmiAction<?> action) {
        if (action instanceof AmiListAction<?> list) {
            return sendList(list).thenApply(AmiClient::widen);
        }
        return submit(action, PendingAction.Kind.LIST, null, config.timeouts().actionTimeout(),
                raw -> toList((PendingAction.RawList) raw, AmiEvent.class, null));
    }

    /**
     * Sends a list action; each item is decoded by the action's {@link AmiListAction#decodeItem}
     * (falling back to the event decoders when it returns null) into the action's item type.
     * {@code Response: Error} fails it with {@link AmiActionFailedException}.
     */
    public <I extends AmiEvent> CompletableFuture<AmiListResponse<I>> sendList(AmiListAction<I> action) {
        Objects.requireNonNull(action, "action");
        return submit(action, PendingAction.Kind.LIST, action.completionEventName(), config.timeouts().actionTimeout(),
                raw -> toList((PendingAction.RawList) raw, action.itemType(), action));
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
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return submit(action, PendingAction.Kind.EVENT, eventName, timeout,
                raw -> outcome(action, config.eventDecoders().decode((AmiMessage) raw)));
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
        Objects.requireNonNull(type, "type");
        String eventName;
        try {
            eventName = EventNames.of(type, config.eventDecoders());
        } catch (IllegalArgumentException e) {
            return unsent(action, new AmiInvalidActionException(e.getMessage(), e));
        }
        return sendAndAwaitEvent(action, eventName, type, timeout);
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, String, Duration)}, decoded to the registered type (e.g. a generated OriginateResponseEvent). */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, String eventName,
            Class<E> type, Duration timeout) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return submit(action, PendingAction.Kind.EVENT, eventName, timeout,
                raw -> outcome(action, decodedAs(type, (AmiMessage) raw, eventName)));
    }

    /** The awaited event, or AmiOutcomeFailedException when it reports that the action failed (OriginateResponse: Failure). */
    private static <E extends AmiEvent> E outcome(AmiAction<?> action, E event) {
        String reason = Outcomes.failureOf(event);
        if (reason != null) {
            throw new AmiOutcomeFailedException(action.actionName() + " (ActionID " + event.actionId() + ")", event, reason);
        }
        return event;
    }

    /**
     * Sends the action and waits for its answer: {@link #send} for code that blocks anyway. Bounded by the
     * action timeout (plus {@link AmiTimeouts#disconnectedWait()} when it waits for a login); throws what the
     * future would fail with — {@link AmiActionFailedException}, {@link AmiTimeoutException},
     * {@link AmiConnectionLostException}, {@link AmiInvalidActionException}, … — all {@link AmiException}s.
     */
    public <R extends AmiResponse> R call(AmiAction<R> action) {
        return Blocking.await(send(action), config.timeouts().actionTimeout(), config.timeouts(), action);
    }

    /** Sends a list action and waits for the whole list: {@link #sendList(AmiListAction)}, bounded as {@link #call}. */
    public <I extends AmiEvent> AmiListResponse<I> callList(AmiListAction<I> action) {
        return Blocking.await(sendList(action), config.timeouts().actionTimeout(), config.timeouts(), action);
    }

    /**
     * Sends the action and waits for the event of this class that carries its ActionID:
     * {@link #sendAndAwaitEvent(AmiAction, Class)}, bounded as {@link #call}. An outcome event that reports
     * failure ({@code OriginateResponse} with {@code Response: Failure}) throws {@link AmiOutcomeFailedException}.
     */
    public <E extends AmiEvent> E callAndAwaitEvent(AmiAction<?> action, Class<E> type) {
        return Blocking.await(sendAndAwaitEvent(action, type), config.timeouts().actionTimeout(), config.timeouts(), action);
    }

    /** As {@link #callAndAwaitEvent(AmiAction, Class)}, waiting at most {@code timeout} for the event. */
    public <E extends AmiEvent> E callAndAwaitEvent(AmiAction<?> action, Class<E> type, Duration timeout) {
        return Blocking.await(sendAndAwaitEvent(action, type, timeout), timeout, config.timeouts(), action);
    }

    /**
     * Changes which events this connection receives with the {@code Events} action, and remembers the mask,
     * so that a reconnect logs in with it again.
     */
    public CompletableFuture<AmiResponse> setEventMask(EventMask mask) {
        Objects.requireNonNull(mask, "mask");
        return send(GenericAction.of("Events").header("EventMask", mask.wireValue())).thenApply(response -> {
            if (response.isSuccess()) {
                eventMask = mask;
            }
            return response;
        });
    }

    /** As {@link #setEventMask(EventMask)}, the mask read by {@link EventMask#parse} ({@code on}, {@code system,call}). */
    public CompletableFuture<AmiResponse> setEventMask(String mask) {
        EventMask parsed;
        try {
            parsed = EventMask.parse(mask);
        } catch (IllegalArgumentException e) {
            return unsent(GenericAction.of("Events"), new AmiInvalidActionException(e.getMessage(), e));
        }
        return setEventMask(parsed);
    }

    /** The event mask the client logs in with: the configured one, or the last one set with {@link #setEventMask}. */
    public EventMask eventMask() {
        return eventMask;
    }

    /**
     * Events as a {@link Flow.Publisher}, every event, with back-pressure: a subscriber gets no more
     * than it requested; what it has not asked for waits in a buffer of {@link AmiLimits#eventQueueCapacity()}
     * events, beyond which the overflow policy drops (counted in {@link #droppedEventCount()}), as for a slow listener.
     * Adapts to Reactor ({@code JdkFlowAdapter.flowPublisherToFlux}) or RxJava ({@code FlowAdapters.toPublisher}).
     */
    public Flow.Publisher<AmiEvent> events() {
        return events(AmiEvent.class);
    }

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
    public Subscription onAnyEvent(Consumer<AmiEvent> listener) {
        return dispatcher.onEvent(null, null, listener);
    }

    /**
     * Delivers every event that is an instance of this type — a class, or an interface that several
     * event classes implement (e.g. a generated {@code ChannelSnapshot}); {@link GenericEvent} for the
     * unregistered ones, {@link AmiEvent} for all.
     */
    public <E extends AmiEvent> Subscription onEvent(Class<E> type, Consumer<? super E> listener) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(listener, "listener");
        @SuppressWarnings("unchecked") // only instances of type reach it: the dispatcher matches by type
        Consumer<AmiEvent> typed = (Consumer<AmiEvent>) listener;
        return dispatcher.onEvent(null, type, typed);
    }

    /** Tells the listener about every change of {@link #state()}. */
    public Subscription onStateChange(Consumer<ConnectionState> listener) {
        return dispatcher.onState(listener);
    }

    /** The connection state now. */
    public ConnectionState state() {
        return state;
    }

    /** The AMI version from the greeting ({@code 11.0.0} for Asterisk 22), or null before the first greeting. */
    public String amiVersion() {
        String g = greeting;
        return g == null ? null : g.substring(g.lastIndexOf('/') + 1).strip();
    }

    /** The whole greeting line, e.g. {@code Asterisk Call Manager/11.0.0}. */
    public String greeting() {
        return greeting;
    }

    /** How many events the overflow policy dropped so far. */
    public long droppedEventCount() {
        return dispatcher.dropped();
    }

    /** How many events reached the listeners so far. */
    public long deliveredEventCount() {
        return dispatcher.delivered();
    }

    /** How many times an event listener, state listener or Flow subscriber threw (not the hooks: {@link #hookFailureCount()}). */
    public long listenerFailureCount() {
        return listenerFailures.get();
    }

    /** How many times one of the configured {@link AmiClientHooks} threw. */
    public long hookFailureCount() {
        return hookFailures.get();
    }

    /** How many actions are waiting for an answer on the current connection now. */
    public int inFlightActionCount() {
        AmiConnection c = current;
        return c == null ? 0 : c.pendingCount();
    }

    /** How many times the client reconnected after a loss. */
    public long reconnectCount() {
        return reconnects.get();
    }

    public AmiClientConfig config() {
        return config;
    }

    /**
     * Logs off, closes the connection, fails every pending and waiting future and cancels the
     * client's timers. It wins over a reconnect racing it: once it returns, the state stays CLOSED.
     */
    @Override
    public void close() {
        AmiConnection connection;
        List<Waiting<?>> abandoned;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            connection = current;
            current = null;
            abandoned = new ArrayList<>(waiting);
            waiting.clear();
            state = ConnectionState.CLOSED;
            dispatcher.state(ConnectionState.CLOSED);
        }
        cancel(keepaliveTask);
        cancel(reconnectTask);
        AmiConnectionLostException cause = new AmiConnectionLostException("the client was closed");
        for (Waiting<?> w : abandoned) {
            w.fail(cause);
        }
        if (connection != null) {
            connection.sendAndFlush(GenericAction.of("Logoff"), Duration.ofMillis(500));
            connection.close(cause);
        }
        hooks.closed();
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "AmiClient{" + config.host() + ':' + config.port() + ", " + state + '}';
    }

    /** The server's Asterisk line ("22", "master"), once learnt after login under a line policy; else null. */
    public String serverLine() {
        return serverLine;
    }

    /** Asks the server its version (CoreSettings' AsteriskVersion) and keeps its line: "22.10.1" → "22". */
    private void learnLine(AmiConnection connection) {
        connection.send(GenericAction.of("CoreSettings"), PendingAction.Kind.RESPONSE, null, config.timeouts().actionTimeout(),
                SUCCESS_ONLY).whenComplete((response, failure) -> {
                    if (response != null) {
                        serverLine = lineOf(response.get("AsteriskVersion"));
                    } else {
                        LOG.log(Level.WARNING, "cannot learn the server's Asterisk line: " + failure);
                    }
                });
    }

    /** The line of an AsteriskVersion: its major number ("22.10.1" → "22"), or "master" for a development build. */
    static String lineOf(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String v = version.strip();
        if (v.toLowerCase(java.util.Locale.ROOT).contains("master")) {
            return "master";
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? null : v.substring(0, end);
    }

    /** Why the server's line lacks this action or one of its headers, or null when it has them (or we don't know). */
    private String unavailable(AmiAction<?> action) {
        String line = serverLine;
        java.util.List<String> lines = action.availableIn();
        if (line == null || lines.isEmpty()) {
            return null;
        }
        if (!lines.contains(line)) {
            return action.actionName() + " is not in Asterisk " + line + "; it is in " + phrase(lines);
        }
        String[] missing = new String[1];
        action.writeHeaders((name, value) -> {
            java.util.List<String> own = action.availableIn(name);
            if (missing[0] == null && !own.isEmpty() && !own.contains(line)) {
                missing[0] = action.actionName() + "'s " + name + " is not in Asterisk " + line + "; it is in "
                        + phrase(own);
            }
            return null;
        });
        return missing[0];
    }

    private static String phrase(java.util.List<String> lines) {
        return lines.size() == 1 ? lines.get(0)
                : String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
    }

    /**
     * Sends through the current connection. The finisher types the raw answer inside the pending
     * action's own future (run off the reader thread), so no extra thenApply stage per action.
     */
    private <T> CompletableFuture<T> submit(AmiAction<?> action, PendingAction.Kind kind, String eventName,
            Duration timeout, Function<Object, T> finisher) {
        Objects.requireNonNull(action, "action");
        try {
            return submitChecked(action, kind, eventName, timeout, finisher);
        } catch (AmiInvalidActionException e) { // the one rule: a bad action fails its future, send never throws for it
            return unsent(action, e);
        }
    }

    private <T> CompletableFuture<T> submitChecked(AmiAction<?> action, PendingAction.Kind kind, String eventName,
            Duration timeout, Function<Object, T> finisher) {
        String unavailable = config.linePolicy() == LinePolicy.IGNORE ? null : unavailable(action);
        if (unavailable != null) {
            if (config.linePolicy() == LinePolicy.FAIL) {
                return unsent(action, new AmiUnavailableException(unavailable));
            }
            if (lineWarnings.add(unavailable)) {
                LOG.log(Level.WARNING, unavailable + " (sent anyway: linePolicy WARN)");
            }
        }
        AmiConnection connection = current;
        if (connection != null) {
            return connection.send(action, kind, eventName, timeout, finisher);
        }
        // Still check the headers: a bad action is a bug whether or not we are connected.
        ActionSerializer.serializeOrRefuse(action, "check");
        Duration wait = config.timeouts().disconnectedWait();
        if (wait.isZero()) {
            return notConnected(action);
        }
        Waiting<T> w = new Waiting<>(action, kind, eventName, timeout, finisher);
        synchronized (lock) {
            connection = current;
            if (connection == null) {
                if (closed) {
                    return notConnected(action);
                }
                if (waiting.size() >= config.limits().maxActionsInFlight()) {
                    return unsent(action, new AmiOverloadException(action.actionName() + " was not sent: "
                            + waiting.size() + " actions wait for the login, the limit (maxActionsInFlight "
                            + config.limits().maxActionsInFlight() + ")"));
                }
                waiting.add(w);
            }
        }
        if (connection != null) {
            return connection.send(action, kind, eventName, timeout, finisher); // logged in meanwhile
        }
        try {
            w.expiry = scheduler.schedule(() -> expire(w), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            expire(w);
        }
        return w.result;
    }

    private <T> CompletableFuture<T> notConnected(AmiAction<?> action) {
        return unsent(action, new AmiConnectionLostException(
                "not connected (" + state + "); " + action.actionName() + " was not sent"));
    }

    /** An action refused before it reached a connection: the hooks hear of it, the caller gets a failed future. */
    private <T> CompletableFuture<T> unsent(AmiAction<?> action, AmiException cause) {
        hooks.actionFailed(action.actionName(), action.actionId(), cause);
        return CompletableFuture.failedFuture(cause);
    }

    private void expire(Waiting<?> w) {
        boolean removed;
        synchronized (lock) {
            removed = waiting.remove(w);
        }
        if (removed) {
            AmiConnectionLostException e = new AmiConnectionLostException("not logged in within "
                    + config.timeouts().disconnectedWait().toMillis() + " ms (disconnectedWait); " + w.action.actionName()
                    + " was not sent");
            hooks.actionFailed(w.action.actionName(), w.action.actionId(), e);
            w.fail(e);
        }
    }

    /** Sends the actions that waited for this login, in the order they were sent. */
    private void sendWaiting(AmiConnection connection) {
        List<Waiting<?>> ready;
        synchronized (lock) {
            if (waiting.isEmpty()) {
                return;
            }
            ready = new ArrayList<>(waiting);
            waiting.clear();
        }
        for (Waiting<?> w : ready) {
            cancel(w.expiry);
            w.sendOn(connection);
        }
    }

    /** An action sent while not logged in, and the future its caller holds. */
    private final class Waiting<T> {
        final AmiAction<?> action;
        final PendingAction.Kind kind;
        final String eventName;
        final Duration timeout;
        final Function<Object, T> finisher;
        final CompletableFuture<T> result = new CompletableFuture<>();
        volatile ScheduledFuture<?> expiry;

        Waiting(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
                Function<Object, T> finisher) {
            this.action = action;
            this.kind = kind;
            this.eventName = eventName;
            this.timeout = timeout;
            this.finisher = finisher;
        }

        void sendOn(AmiConnection connection) {
            CompletableFuture<T> sent;
            try {
                sent = connection.send(action, kind, eventName, timeout, finisher);
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            // The inner future completes on the callback executor, so the caller's stages run there too.
            sent.whenComplete((value, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(value);
                }
            });
        }

        void fail(Throwable cause) {
            resources.execute(callbacks, () -> result.completeExceptionally(cause));
        }
    }

    @SuppressWarnings("unchecked") // AmiListResponse is read-only: a list of I is a list of AmiEvent
    private static AmiListResponse<AmiEvent> widen(AmiListResponse<? extends AmiEvent> list) {
        return (AmiListResponse<AmiEvent>) list;
    }

    /** The message decoded by the event decoders, which must make it a {@code type}; {@code what} names it in the error. */
    private <E extends AmiEvent> E decodedAs(Class<E> type, AmiMessage message, String what) {
        AmiEvent event = config.eventDecoders().decode(message);
        if (!type.isInstance(event)) {
            throw new AmiProtocolException(what + " decoded to " + event.getClass().getName() + ", not "
                    + type.getName() + " (is that SDK's EventDecoderProvider on the path, and only one SDK?)");
        }
        return type.cast(event);
    }

    /** Types a finished list: each item by the action's decodeItem, else by the event decoders (see {@link AmiListAction#decodeItem}). */
    private <I extends AmiEvent> AmiListResponse<I> toList(PendingAction.RawList raw, Class<I> itemType,
            AmiListAction<I> action) {
        raw.response().orThrow(); // the one rule, as for send
        List<I> items = new ArrayList<>(raw.items().size());
        for (AmiMessage m : raw.items()) {
            I own = action == null ? null : action.decodeItem(m);
            if (own != null) {
                items.add(own);
                continue;
            }
            items.add(decodedAs(itemType, m, "list item " + m.get("Event")));
        }
        AmiEvent completion = raw.completion() == null ? null : config.eventDecoders().decode(raw.completion());
        return new AmiListResponse<>(raw.response(), items, completion);
    }

    /** Opens a connection, reads the greeting, logs in, and makes it current. */
    private void open(boolean reconnecting) {
        setState(ConnectionState.CONNECTING);
        String connectionName = name + "." + connections.incrementAndGet();
        long began = System.nanoTime();
        hooks.connectStart(config.host(), config.port());
        Socket socket;
        try {
            socket = Handshake.openSocket(config);
        } catch (IOException e) {
            AmiConnectException failure = new AmiConnectException(
                    "cannot connect to " + config.host() + ':' + config.port() + ": " + e.getMessage(), e);
            hooks.connectFailed(config.host(), config.port(), failure);
            throw failure;
        }
        if (closed) { // close() came while connecting: go no further
            Handshake.closeQuietly(socket);
            throw new AmiConnectionLostException("the client was closed while connecting");
        }
        AmiConnection connection;
        try {
            connection = new AmiConnection(socket, config, new ConnectionListener(), callbacks, hooks, connectionName);
        } catch (IOException e) {
            Handshake.closeQuietly(socket);
            AmiConnectException failure = new AmiConnectException("cannot use the socket to " + config.host() + ':' + config.port(), e);
            hooks.connectFailed(config.host(), config.port(), failure);
            throw failure;
        }
        connection.start();
        boolean greeted = false;
        try {
            String line = Handshake.await(connection.greeting(), config.timeouts().connectTimeout(), "the greeting");
            greeted = true;
            if (!line.startsWith(GREETING_PREFIX)) {
                LOG.log(Level.WARNING, () -> "unexpected greeting from " + config.host() + ": " + line
                        + " (not Asterisk's; logging in anyway)");
            }
            if (closed) {
                throw new AmiConnectionLostException("the client was closed while connecting");
            }
            greeting = line;
            hooks.connectEnd(config.host(), config.port(), line, Duration.ofNanos(System.nanoTime() - began));
            setState(ConnectionState.CONNECTED);
            try {
                Handshake.login(connection, config, eventMask);
            } catch (AmiTimeoutException e) {
                throw line.startsWith(GREETING_PREFIX) ? e : new AmiTimeoutException(e.getMessage()
                        + "; the server greeted \"" + line + "\", which is not Asterisk's greeting");
            }
            synchronized (lock) {
                if (closed || !connection.isOpen()) {
                    throw new AmiConnectionLostException("the connection was lost during login");
                }
                current = connection;
                if (reconnecting) {
                    reconnects.incrementAndGet(); // before LOGGED_IN is published, so listeners see the new count
                }
                state = ConnectionState.LOGGED_IN;
                dispatcher.state(ConnectionState.LOGGED_IN);
            }
            hooks.loginEnd(Duration.ofNanos(System.nanoTime() - began));
            if (reconnecting) {
                hooks.reconnected(reconnects.get());
            }
            startKeepalive(connection);
            sendWaiting(connection);
            if (config.linePolicy() != LinePolicy.IGNORE) {
                learnLine(connection);
            }
            LOG.log(Level.DEBUG, () -> "logged in to " + config.host() + ':' + config.port() + " (" + line + ")");
        } catch (RuntimeException e) {
            if (greeted) {
                hooks.loginFailed(e);
            } else {
                hooks.connectFailed(config.host(), config.port(), e);
            }
            connection.close(e instanceof AmiException ae ? ae : new AmiConnectException(e.toString(), e));
            throw e;
        }
    }

    /**
     * Pings whenever no response came for the keepalive interval — events do not count, so a server
     * that still sends events but no longer answers is found out — and declares the connection lost
     * when the Ping is not answered within the keepalive timeout.
     */
    private void startKeepalive(AmiConnection connection) {
        Duration interval = config.timeouts().keepaliveInterval();
        if (interval.isZero()) {
            return;
        }
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), interval.toNanos() / 4);
        AtomicBoolean pingInFlight = new AtomicBoolean();
        Runnable check = () -> {
            if (!connection.isOpen() || closed) {
                return; // the next connection has its own task; this one is cancelled below
            }
            if (System.nanoTime() - connection.lastResponseNanos() < interval.toNanos()
                    || !pingInFlight.compareAndSet(false, true)) {
                return;
            }
            connection.send(GenericAction.of("Ping"), PendingAction.Kind.RESPONSE, null, config.timeouts().keepaliveTimeout(),
                            PendingAction.AS_RESPONSE, false) // the shared timer never waits for room
                    .whenComplete((response, error) -> {
                        pingInFlight.set(false);
                        if (error instanceof AmiTimeoutException) {
                            LOG.log(Level.WARNING, () -> "keepalive Ping unanswered within "
                                    + config.timeouts().keepaliveTimeout().toMillis() + " ms; the connection counts as lost");
                            hooks.keepaliveLost(config.timeouts().keepaliveTimeout());
                            connection.close(new AmiConnectionLostException(
                                    "keepalive Ping unanswered within " + config.timeouts().keepaliveTimeout().toMillis() + " ms"));
                        }
                    });
        };
        try {
            cancel(keepaliveTask);
            ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(check, period, period, TimeUnit.NANOSECONDS);
            keepaliveTask = task;
            if (closed) {
                task.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            // the resources are closed
        }
    }

    private void scheduleReconnect(int attempt) {
        ReconnectPolicy policy = config.reconnectPolicy();
        if (closed) {
            return;
        }
        if (!policy.enabled() || (policy.maxAttempts() > 0 && attempt >= policy.maxAttempts())) {
            LOG.log(Level.WARNING, () -> "giving up on " + config.host() + ':' + config.port()
                    + (policy.enabled() ? " after " + attempt + " attempts" : " (reconnect disabled)"));
            close();
            return;
        }
        setState(ConnectionState.RECONNECTING);
        Duration delay = policy.delay(attempt);
        hooks.reconnectScheduled(attempt, delay);
        try {
            ScheduledFuture<?> task = scheduler.schedule(() -> reconnectLater(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
            reconnectTask = task;
            if (closed) {
                task.cancel(false);
            }
        } catch (RejectedExecutionException e) {
            close(); // the resources are closed: nothing can reconnect
        }
    }

    /** Runs the (blocking) reconnect on the connect pool, so the shared timer never waits for a connect. */
    private void reconnectLater(int attempt) {
        if (closed) {
            return;
        }
        try {
            resources.connects().execute(() -> reconnect(attempt));
        } catch (RejectedExecutionException e) {
            close();
        }
    }

    private void reconnect(int attempt) {
        if (closed) {
            return;
        }
        try {
            open(true);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, () -> "reconnect attempt " + (attempt + 1) + " failed: " + e.getMessage());
            scheduleReconnect(attempt + 1);
        }
    }

    /** Publishes a state change, unless the client is closed: CLOSED is final (close() sets it under the same lock). */
    private void setState(ConnectionState newState) {
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            state = newState;
            dispatcher.state(newState);
        }
    }

    private final class ConnectionListener implements AmiConnection.Listener {
        @Override
        public void event(AmiMessage message) {
            dispatcher.offer(message);
        }

        @Override
        public void closed(AmiConnection connection, AmiException cause) {
            synchronized (lock) {
                if (connection != current) {
                    return; // a failed attempt: open() reports it
                }
                current = null;
            }
            LOG.log(Level.INFO, () -> "connection to " + config.host() + ':' + config.port() + " lost: " + cause.getMessage());
            cancel(keepaliveTask);
            hooks.connectionLost(cause);
            setState(ConnectionState.DISCONNECTED);
            try {
                scheduler.execute(() -> scheduleReconnect(0));
            } catch (RejectedExecutionException e) {
                close();
            }
        }
    }
}
