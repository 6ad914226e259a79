package io.amisdk.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A connection to Asterisk's Manager Interface that stays logged in: it sends actions (many at
 * once), delivers events to listeners, pings when idle and reconnects when the connection is lost.
 *
 * <pre>{@code
 * try (AmiClient ami = AmiClient.connect(AmiClientConfig.builder()
 *         .host("pbx").username("admin").secret(secret).build())) {
 *     ami.onEvent("Hangup", e -> System.out.println(e.message().get("Channel")));
 *     AmiResponse pong = ami.send(GenericAction.of("Ping")).join();
 * }
 * }</pre>
 *
 * <p>Futures complete on the callback executor, listeners run on the listener executor; the
 * connection's reader thread runs neither. Every future completes: with the answer, or with
 * {@link AmiTimeoutException} or {@link AmiConnectionLostException}. An error response is an answer:
 * check {@link AmiResponse#isError()} or call {@link AmiResponse#orThrow()}.
 */
public final class AmiClient implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AmiClient.class.getName());
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final String GREETING_PREFIX = "Asterisk Call Manager/";

    private final AmiClientConfig config;
    private final String name;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Executor callbacks;
    private final EventDispatcher dispatcher;
    private final Object lock = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile AmiConnection current;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closed;
    private volatile String greeting;
    private volatile String eventMask;

    private AmiClient(AmiClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.name = Integer.toString(CLIENTS.incrementAndGet());
        this.scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "amisdk-scheduler-" + name);
            t.setDaemon(true);
            return t;
        });
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.callbacks = config.callbackExecutor() != null ? config.callbackExecutor() : ForkJoinPool.commonPool();
        this.dispatcher = new EventDispatcher(config, name);
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

    /** Like {@link #start()} without blocking the caller. */
    public CompletableFuture<AmiClient> startAsync() {
        CompletableFuture<AmiClient> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(start());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "amisdk-connect-" + name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Sends the action; the future completes with Asterisk's answer, typed by the action's
     * {@link AmiAction#decodeResponse} (e.g. a {@code GetvarResponse}), success or error alike: call
     * {@link AmiResponse#orThrow()} to turn {@code Response: Error} into an {@link AmiActionFailedException}.
     */
    public <R extends AmiResponse> CompletableFuture<R> send(AmiAction<R> action) {
        Objects.requireNonNull(action, "action");
        return submit(action, PendingAction.Kind.RESPONSE, null, config.actionTimeout(),
                raw -> action.decodeResponse((AmiResponse) raw));
    }

    /** Sends any action as a list action and collects every item event (decoded by the event decoders) until the completion event. */
    public CompletableFuture<AmiListResponse<AmiEvent>> sendList(AmiAction<?> action) {
        if (action instanceof AmiListAction<?> list) {
            return sendList(list).thenApply(AmiClient::widen);
        }
        return submit(action, PendingAction.Kind.LIST, null, config.actionTimeout(),
                raw -> toList((PendingAction.RawList) raw, AmiEvent.class, null));
    }

    /**
     * Sends a list action; each item is decoded by the action's {@link AmiListAction#decodeItem}
     * (falling back to the event decoders when it returns null) into the action's item type.
     */
    public <I extends AmiEvent> CompletableFuture<AmiListResponse<I>> sendList(AmiListAction<I> action) {
        Objects.requireNonNull(action, "action");
        return submit(action, PendingAction.Kind.LIST, action.completionEventName(), config.actionTimeout(),
                raw -> toList((PendingAction.RawList) raw, action.itemType(), action));
    }

    /**
     * Sends the action and completes with the named event that carries its ActionID — e.g. an
     * {@code Originate} with {@code Async: true} and its {@code OriginateResponse}. Fails with
     * {@link AmiActionFailedException} if the action is answered with an error.
     */
    public CompletableFuture<AmiEvent> sendAndAwaitEvent(AmiAction<?> action, String eventName) {
        return sendAndAwaitEvent(action, eventName, config.actionTimeout());
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, String)}, waiting at most {@code timeout} for the event. */
    public CompletableFuture<AmiEvent> sendAndAwaitEvent(AmiAction<?> action, String eventName, Duration timeout) {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return submit(action, PendingAction.Kind.EVENT, eventName, timeout,
                raw -> config.eventDecoders().decode((AmiMessage) raw));
    }

    /**
     * As {@link #sendAndAwaitEvent(AmiAction, String)}, the event named by its class: the name the
     * class is registered under with the event decoders, else its {@code EVENT_NAME} constant
     * ({@code sendAndAwaitEvent(originate, OriginateResponseEvent.class)}).
     *
     * @throws IllegalArgumentException when the class names no event
     */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, Class<E> type) {
        return sendAndAwaitEvent(action, type, config.actionTimeout());
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, Class)}, waiting at most {@code timeout} for the event. */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, Class<E> type,
            Duration timeout) {
        Objects.requireNonNull(type, "type");
        return sendAndAwaitEvent(action, EventNames.of(type, config.eventDecoders()), type, timeout);
    }

    /** As {@link #sendAndAwaitEvent(AmiAction, String, Duration)}, decoded to the registered type (e.g. a generated OriginateResponseEvent). */
    public <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, String eventName,
            Class<E> type, Duration timeout) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return submit(action, PendingAction.Kind.EVENT, eventName, timeout, raw -> {
            AmiEvent event = config.eventDecoders().decode((AmiMessage) raw);
            if (!type.isInstance(event)) {
                throw new AmiProtocolException(eventName + " decoded to " + event.getClass().getSimpleName() + ", not "
                        + type.getSimpleName() + " (is the SDK's EventDecoderProvider on the path?)");
            }
            return type.cast(event);
        });
    }

    /**
     * Changes which events this connection receives ({@code on}, {@code off}, or categories such as
     * {@code system,call}) with the {@code Events} action, and remembers the mask, so that a reconnect
     * logs in with it again.
     */
    public CompletableFuture<AmiResponse> setEventMask(String mask) {
        Objects.requireNonNull(mask, "mask");
        return send(GenericAction.of("Events").header("EventMask", mask)).thenApply(response -> {
            if (response.isSuccess()) {
                eventMask = mask;
            }
            return response;
        });
    }

    /** The event mask the client logs in with: the configured one, or the last one set with {@link #setEventMask}. */
    public String eventMask() {
        return eventMask;
    }

    /** Delivers every event with this name (case-insensitive) to the listener. */
    public Subscription onEvent(String eventName, Consumer<AmiEvent> listener) {
        return dispatcher.onEvent(Objects.requireNonNull(eventName, "eventName"), null, listener);
    }

    /** Delivers every event to the listener, list items included. */
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
    public long droppedEvents() {
        return dispatcher.dropped();
    }

    /** How many events reached the listeners so far. */
    public long deliveredEvents() {
        return dispatcher.delivered();
    }

    /** How many times the client reconnected after a loss. */
    public long reconnectCount() {
        return reconnects.get();
    }

    public AmiClientConfig config() {
        return config;
    }

    /** Logs off, closes the connection, fails every pending future and stops every thread the client owns. */
    @Override
    public void close() {
        AmiConnection connection;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            connection = current;
            current = null;
        }
        if (connection != null) {
            connection.sendAndFlush(GenericAction.of("Logoff"), Duration.ofMillis(500));
            connection.close(new AmiConnectionLostException("the client was closed"));
        }
        scheduler.shutdownNow();
        setState(ConnectionState.CLOSED);
        dispatcher.shutdown();
    }

    @Override
    public String toString() {
        return "AmiClient{" + config.host() + ':' + config.port() + ", " + state + '}';
    }

    /**
     * Sends through the current connection. The finisher types the raw answer inside the pending
     * action's own future (run off the reader thread), so no extra thenApply stage per action.
     */
    private <T> CompletableFuture<T> submit(AmiAction<?> action, PendingAction.Kind kind, String eventName,
            Duration timeout, Function<Object, T> finisher) {
        Objects.requireNonNull(action, "action");
        AmiConnection connection = current;
        if (connection == null) {
            // Still check the headers: a bad action is a bug whether or not we are connected.
            ActionSerializer.serialize(action, "check");
            return CompletableFuture.failedFuture(new AmiConnectionLostException(
                    "not connected (" + state + "); " + action.actionName() + " was not sent"));
        }
        return connection.send(action, kind, eventName, timeout, finisher);
    }

    @SuppressWarnings("unchecked") // AmiListResponse is read-only: a list of I is a list of AmiEvent
    private static AmiListResponse<AmiEvent> widen(AmiListResponse<? extends AmiEvent> list) {
        return (AmiListResponse<AmiEvent>) list;
    }

    /** Types a finished list: each item by the action's decodeItem, else by the event decoders (see {@link AmiListAction#decodeItem}). */
    private <I extends AmiEvent> AmiListResponse<I> toList(PendingAction.RawList raw, Class<I> itemType,
            AmiListAction<I> action) {
        List<I> items = new ArrayList<>(raw.items().size());
        for (AmiMessage m : raw.items()) {
            I own = action == null ? null : action.decodeItem(m);
            if (own != null) {
                items.add(own);
                continue;
            }
            AmiEvent event = config.eventDecoders().decode(m);
            if (!itemType.isInstance(event)) {
                throw new AmiProtocolException("list item " + m.get("Event") + " decoded to "
                        + event.getClass().getSimpleName() + ", not " + itemType.getSimpleName()
                        + " (is the SDK's EventDecoderProvider on the path?)");
            }
            items.add(itemType.cast(event));
        }
        AmiEvent completion = raw.completion() == null ? null : config.eventDecoders().decode(raw.completion());
        return new AmiListResponse<>(raw.response(), items, completion);
    }

    /** Opens a connection, reads the greeting, logs in, and makes it current. */
    private void open(boolean reconnecting) {
        setState(ConnectionState.CONNECTING);
        String connectionName = name + "." + connections.incrementAndGet();
        Socket socket;
        try {
            socket = Handshake.openSocket(config);
        } catch (IOException e) {
            throw new AmiConnectException("cannot connect to " + config.host() + ':' + config.port() + ": " + e.getMessage(), e);
        }
        AmiConnection connection;
        try {
            connection = new AmiConnection(socket, config, new ConnectionListener(), scheduler, callbacks, connectionName);
        } catch (IOException e) {
            Handshake.closeQuietly(socket);
            throw new AmiConnectException("cannot use the socket to " + config.host() + ':' + config.port(), e);
        }
        connection.start();
        try {
            String line = Handshake.await(connection.greeting(), config.connectTimeout(), "the greeting");
            if (!line.startsWith(GREETING_PREFIX)) {
                LOG.log(Level.WARNING, () -> "unexpected greeting from " + config.host() + ": " + line);
            }
            greeting = line;
            setState(ConnectionState.CONNECTED);
            Handshake.login(connection, config, eventMask);
            synchronized (lock) {
                if (closed || !connection.isOpen()) {
                    throw new AmiConnectionLostException("the connection was lost during login");
                }
                current = connection;
            }
            if (reconnecting) {
                reconnects.incrementAndGet(); // before LOGGED_IN is published, so listeners see the new count
            }
            setState(ConnectionState.LOGGED_IN);
            startKeepalive(connection);
            LOG.log(Level.DEBUG, () -> "logged in to " + config.host() + ':' + config.port() + " (" + line + ")");
        } catch (RuntimeException e) {
            connection.close(e instanceof AmiException ae ? ae : new AmiConnectException(e.toString(), e));
            throw e;
        }
    }

    private void startKeepalive(AmiConnection connection) {
        Duration interval = config.keepaliveInterval();
        if (interval.isZero()) {
            return;
        }
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), interval.toNanos() / 4);
        AtomicBoolean pingInFlight = new AtomicBoolean();
        ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
        Runnable check = () -> {
            if (!connection.isOpen()) {
                if (task[0] != null) {
                    task[0].cancel(false);
                }
                return;
            }
            if (System.nanoTime() - connection.lastReadNanos() < interval.toNanos()
                    || !pingInFlight.compareAndSet(false, true)) {
                return;
            }
            connection.send(GenericAction.of("Ping"), PendingAction.Kind.RESPONSE, null, config.keepaliveTimeout(),
                            PendingAction.AS_RESPONSE)
                    .whenComplete((response, error) -> {
                        pingInFlight.set(false);
                        if (error instanceof AmiTimeoutException) {
                            LOG.log(Level.WARNING, () -> "keepalive Ping unanswered; reconnecting");
                            connection.close(new AmiConnectionLostException(
                                    "keepalive Ping unanswered within " + config.keepaliveTimeout().toMillis() + " ms"));
                        }
                    });
        };
        try {
            task[0] = scheduler.scheduleWithFixedDelay(check, period, period, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
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
        try {
            scheduler.schedule(() -> reconnect(attempt), delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private void reconnect(int attempt) {
        if (closed) {
            return;
        }
        try {
            open(true);
        } catch (AmiException e) {
            LOG.log(Level.INFO, () -> "reconnect attempt " + (attempt + 1) + " failed: " + e.getMessage());
            scheduleReconnect(attempt + 1);
        }
    }

    private void setState(ConnectionState newState) {
        if (state == ConnectionState.CLOSED) {
            return;
        }
        state = newState;
        dispatcher.state(newState);
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
            setState(ConnectionState.DISCONNECTED);
            try {
                scheduler.execute(() -> scheduleReconnect(0));
            } catch (RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }
}
