package io.amisdk.runtime;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The state behind an {@link AmiClient}: which connection is current, the connection state, and the handshake
 * that makes a connection current (socket, greeting, login), with its parts — the {@link ReconnectWatchdog},
 * {@link Keepalive}, the {@link DisconnectedBuffer} and the {@link LineCheck}. {@link #submit} is where every
 * send goes. The lock makes close() and a (re)login never interleave: once closed, the state stays CLOSED.
 */
final class ClientSession {
    private static final System.Logger LOG = System.getLogger(ClientSession.class.getName());
    private static final String GREETING_PREFIX = "Asterisk Call Manager/";

    private final AmiClientConfig config;
    private final String name;
    private final Executor callbacks;
    private final EventDispatcher dispatcher;
    private final SafeHooks hooks;
    private final Object lock = new Object();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong reconnects = new AtomicLong();
    private final Keepalive keepalive;
    private final ReconnectWatchdog watchdog;
    private final DisconnectedBuffer buffer;
    private final LineCheck lineCheck;
    private volatile AmiConnection current;
    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile boolean closed;
    private volatile String greeting;
    private volatile EventMask eventMask;

    ClientSession(AmiClientConfig config, String name, EventDispatcher dispatcher, SafeHooks hooks) {
        this.config = config;
        this.name = name;
        this.callbacks = config.resources().callbacks();
        this.dispatcher = dispatcher;
        this.hooks = hooks;
        this.eventMask = config.eventMask();
        this.keepalive = new Keepalive(config, hooks);
        this.watchdog = new ReconnectWatchdog(this, config, hooks);
        this.buffer = new DisconnectedBuffer(lock, config, hooks, callbacks);
        this.lineCheck = new LineCheck(config);
    }

    ConnectionState state() {
        return state;
    }

    boolean isClosed() {
        return closed;
    }

    String greeting() {
        return greeting;
    }

    EventMask eventMask() {
        return eventMask;
    }

    void eventMask(EventMask mask) {
        this.eventMask = mask;
    }

    long reconnectCount() {
        return reconnects.get();
    }

    String serverLine() {
        return lineCheck.serverLine();
    }

    String serverVersion() {
        return lineCheck.serverVersion();
    }

    int inFlightActionCount() {
        AmiConnection c = current;
        return c == null ? 0 : c.pendingCount();
    }

    /**
     * Sends through the current connection, or queues for the login, or fails at once. The finisher types the
     * raw answer inside the pending action's own future (run off the reader thread). Never throws for a bad action.
     */
    <T> CompletableFuture<T> submit(AmiAction<?> action, PendingAction.Kind kind, String eventName,
            Duration timeout, Function<Object, T> finisher) {
        Objects.requireNonNull(action, "action");
        try {
            AmiUnavailableException unavailable = lineCheck.refusal(action);
            if (unavailable != null) {
                return unsent(action, unavailable);
            }
            AmiConnection connection = current;
            if (connection != null) {
                CompletableFuture<AmiUnavailableException> module = lineCheck.moduleRefusal(action, connection);
                if (module == null) {
                    return connection.send(action, kind, eventName, timeout, finisher);
                }
                // sent once the module check is answered (at once when this login asked already): the caller never waits
                AmiConnection checked = connection;
                return module.thenCompose(refused -> refused != null ? unsent(action, refused)
                        : sendOn(checked, action, kind, eventName, timeout, finisher));
            }
            // Still check the headers: a bad action is a bug whether or not we are connected.
            ActionSerializer.serializeOrRefuse(action, "check");
            if (config.timeouts().disconnectedWait().isZero()) {
                return notConnected(action);
            }
            synchronized (lock) {
                connection = current;
                if (connection == null) {
                    return closed ? notConnected(action) : buffer.add(action, kind, eventName, timeout, finisher);
                }
            }
            return connection.send(action, kind, eventName, timeout, finisher); // logged in meanwhile
        } catch (AmiInvalidActionException e) { // the one rule: a bad action fails its future, send never throws for it
            return unsent(action, e);
        }
    }

    /** Sends on the connection; a bad action fails the future, as in {@link #submit}. */
    private <T> CompletableFuture<T> sendOn(AmiConnection connection, AmiAction<?> action, PendingAction.Kind kind,
            String eventName, Duration timeout, Function<Object, T> finisher) {
        try {
            return connection.send(action, kind, eventName, timeout, finisher);
        } catch (AmiInvalidActionException e) {
            return unsent(action, e);
        }
    }

    private <T> CompletableFuture<T> notConnected(AmiAction<?> action) {
        return unsent(action, new AmiConnectionLostException(
                "not connected (" + state + "); " + action.actionName() + " was not sent"));
    }

    /** An action refused before it reached a connection: the hooks hear of it, the caller gets a failed future. */
    <T> CompletableFuture<T> unsent(AmiAction<?> action, AmiException cause) {
        hooks.actionFailed(action.actionName(), action.actionId(), cause);
        return CompletableFuture.failedFuture(cause);
    }

    /** Opens a connection, reads the greeting, logs in, and makes it current; throws what went wrong. */
    void open(boolean reconnecting) {
        setState(ConnectionState.CONNECTING);
        String connectionName = name + "." + connections.incrementAndGet();
        long began = System.nanoTime();
        hooks.connectStart(config.host(), config.port());
        AmiConnection connection = connect(connectionName);
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
            keepalive.start(connection);
            buffer.sendAll(connection);
            lineCheck.learn(connection);
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

    /** The socket (and TLS) within the connect timeout, wrapped as a connection not yet started. */
    private AmiConnection connect(String connectionName) {
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
        try {
            return new AmiConnection(socket, config, new ConnectionListener(), callbacks, hooks, connectionName);
        } catch (IOException e) {
            Handshake.closeQuietly(socket);
            AmiConnectException failure = new AmiConnectException("cannot use the socket to " + config.host() + ':' + config.port(), e);
            hooks.connectFailed(config.host(), config.port(), failure);
            throw failure;
        }
    }

    /** Publishes a state change, unless the client is closed: CLOSED is final (close() sets it under the same lock). */
    void setState(ConnectionState newState) {
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            state = newState;
            dispatcher.state(newState);
        }
    }

    /**
     * Logs off, closes the connection, fails every pending and waiting future and cancels the timers. It wins
     * over a reconnect racing it: once it returns, the state stays CLOSED.
     */
    void close() {
        AmiConnection connection;
        List<DisconnectedBuffer.Waiting<?>> abandoned;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            connection = current;
            current = null;
            abandoned = buffer.takeAll();
            state = ConnectionState.CLOSED;
            dispatcher.state(ConnectionState.CLOSED);
        }
        keepalive.stop();
        watchdog.stop();
        AmiConnectionLostException cause = new AmiConnectionLostException("the client was closed");
        buffer.failAll(abandoned, cause);
        if (connection != null) {
            connection.sendAndFlush(GenericAction.of("Logoff"), Duration.ofMillis(500));
            connection.close(cause);
        }
        hooks.closed();
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
            keepalive.cancel();
            hooks.connectionLost(cause);
            setState(ConnectionState.DISCONNECTED);
            watchdog.connectionLost();
        }
    }
}
