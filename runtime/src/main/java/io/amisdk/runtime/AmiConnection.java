package io.amisdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One AMI connection: the socket, a reader that parses messages and hands them to the {@link MessageRouter}
 * (it never runs user code), the {@link Outbox} that writes, and the {@link PendingActions} in flight with
 * their timeout sweep. Closing it fails every action in flight at once.
 */
final class AmiConnection {
    /** What the connection tells its owner. Called on the reader thread; must not block. */
    interface Listener {
        /** An event arrived that goes to the event listeners. */
        void event(AmiMessage message);

        /** The connection is closed; called once. */
        void closed(AmiConnection connection, AmiException cause);
    }

    private static final System.Logger LOG = System.getLogger(AmiConnection.class.getName());

    private final Socket socket;
    private final AmiClientConfig config;
    private final Listener listener;
    private final AmiResources resources;
    private final Executor callbacks;
    private final SafeHooks hooks;
    private final String name;
    private final String idPrefix;
    private final AtomicLong nextId = new AtomicLong();
    private final Outbox outbox;
    private final PendingActions pending;
    private final MessageRouter router;
    private final CompletableFuture<String> greeting = new CompletableFuture<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread reader;
    /** The periodic timeout sweep, one per connection instead of one scheduled task per action. */
    private volatile ScheduledFuture<?> sweep;

    AmiConnection(Socket socket, AmiClientConfig config, Listener listener, Executor callbacks, SafeHooks hooks,
            String name) throws IOException {
        this.socket = socket;
        this.config = config;
        this.listener = listener;
        this.resources = config.resources();
        this.callbacks = callbacks;
        this.hooks = hooks;
        this.name = name;
        this.idPrefix = name.substring(name.lastIndexOf('-') + 1) + "-"
                + Long.toString(System.nanoTime() & 0xffffff, 36) + "-";
        this.outbox = new Outbox(this, socket.getOutputStream(), resources.io());
        this.pending = new PendingActions(config.limits());
        this.router = new MessageRouter(this, pending, listener, config, hooks, callbacks, name);
        this.reader = resources.readerThread(this::readLoop, "amisdk-reader-" + name);
    }

    void start() {
        reader.start();
        long period = PendingActions.sweepPeriodNanos(config);
        try {
            sweep = resources.timer().scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.NANOSECONDS);
            if (!open.get()) {
                sweep.cancel(false); // closed while we scheduled it: close() saw no sweep to cancel
            }
        } catch (RejectedExecutionException e) {
            close(new AmiConnectionLostException("the client's resources are closed"));
        }
    }

    CompletableFuture<String> greeting() {
        return greeting;
    }

    /** The greeting line arrived (reader thread). */
    void greeted(String line) {
        greeting.complete(line);
    }

    boolean isOpen() {
        return open.get();
    }

    long lastResponseNanos() {
        return router.lastResponseNanos();
    }

    int pendingCount() {
        return pending.size();
    }

    /**
     * Sends the action; the future completes (on the callback executor) with what the finisher makes
     * of an {@link AmiResponse}, a {@link PendingAction.RawList} or the awaited event's {@link AmiMessage}.
     * Fails at once with {@link AmiOverloadException} when a bound is reached (after waiting up to
     * {@link AmiTimeouts#fullQueueWait()} for room).
     *
     * @throws AmiInvalidActionException when a header is unfit to send (the client fails the future with it)
     */
    <T> CompletableFuture<T> send(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
            Function<Object, T> finisher) {
        return send(action, kind, eventName, timeout, finisher, true);
    }

    /** As above; with {@code mayWait} false a full bound fails at once whatever fullQueueWait says (the timer's own Pings). */
    <T> CompletableFuture<T> send(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
            Function<Object, T> finisher, boolean mayWait) {
        String id = action.actionId() != null ? action.actionId() : idPrefix + nextId.incrementAndGet();
        byte[] bytes = ActionSerializer.serializeOrRefuse(action, id); // the caller fails the future with it
        PendingAction<T> p = new PendingAction<>(id, action.actionName(), kind, eventName, timeout.toNanos(), finisher,
                kind == PendingAction.Kind.RESPONSE && action.answersUnframed());
        long waitUntil = 0;
        while (true) {
            String refused = pending.admit(p, bytes.length, outbox);
            if (refused == null) {
                break;
            }
            if (refused == PendingActions.CLOSED) {
                return failed(p, new AmiConnectionLostException("not connected; " + p.actionName + " was not sent"));
            }
            if (refused == PendingActions.DUPLICATE) {
                return failed(p, new AmiInvalidActionException(p.actionName + " was not sent: ActionID " + id
                        + " is already in flight on this connection", null));
            }
            long now = System.nanoTime();
            if (waitUntil == 0 && mayWait && !config.timeouts().fullQueueWait().isZero()) {
                waitUntil = now + config.timeouts().fullQueueWait().toNanos();
            }
            if (waitUntil == 0 || now - waitUntil >= 0) {
                return failed(p, new AmiOverloadException(p.actionName + " was not sent: " + refused));
            }
            LockSupport.parkNanos(100_000); // room comes as answers and writes complete
        }
        hooks.actionSent(p.actionName, id); // before the bytes go: the answer can come before enqueue returns
        outbox.enqueue(bytes);
        if (LOG.isLoggable(Level.TRACE)) { // no capturing lambda allocated per send when TRACE is off
            LOG.log(Level.TRACE, name + " queued " + action.actionName() + " (ActionID " + id + ")");
        }
        return p.future;
    }

    private <T> CompletableFuture<T> failed(PendingAction<T> p, AmiException cause) {
        hooks.actionFailed(p.actionName, p.actionId, cause);
        return CompletableFuture.failedFuture(cause);
    }

    /**
     * Sends an action that needs no answer tracking (Logoff on close) and waits up to {@code timeout}
     * for everything queued to be written.
     */
    void sendAndFlush(AmiAction<?> action, Duration timeout) {
        byte[] bytes;
        try {
            bytes = ActionSerializer.serialize(action, idPrefix + nextId.incrementAndGet());
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> name + ": could not send " + action.actionName() + ": " + e);
            return;
        }
        outbox.reserve(bytes.length);
        outbox.enqueue(bytes);
        outbox.awaitDrained(System.nanoTime() + timeout.toNanos()); // sent last (on close): nothing queued means it went out
    }

    /** Closes the socket and fails every action in flight at once; only the first call counts. */
    void close(AmiException cause) {
        if (!open.compareAndSet(true, false)) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> name + ": closing the socket: " + e);
        }
        outbox.clear();
        ScheduledFuture<?> s = sweep;
        if (s != null) {
            s.cancel(false);
        }
        List<PendingAction<?>> failed = pending.closeAll();
        AmiException lost = cause instanceof AmiConnectionLostException ? cause
                : new AmiConnectionLostException("connection lost: " + cause.getMessage(), cause);
        CompletionBatch batch = new CompletionBatch();
        for (PendingAction<?> p : failed) {
            p.fail(lost);
            batch.add(p);
            hooks.actionFailed(p.actionName, p.actionId, lost);
        }
        if (!batch.isEmpty()) {
            batch.submitTo(resources, callbacks);
        }
        greeting.completeExceptionally(cause);
        LOG.log(Level.DEBUG, () -> name + " closed: " + cause.getMessage());
        listener.closed(this, cause);
    }

    private void readLoop() {
        AmiMessageParser parser = new AmiMessageParser(config.limits(), true);
        AmiException cause;
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long now = System.nanoTime();
                try {
                    parser.feed(buffer, 0, n, router);
                } finally {
                    router.endOfRead(now); // even when the read ends in a protocol error: what was settled stays settled
                }
            }
            cause = new AmiConnectionLostException(parser.inMessage()
                    ? "the server closed the connection in the middle of a message"
                    : "the server closed the connection");
        } catch (AmiProtocolException e) {
            LOG.log(Level.WARNING, () -> name + ": protocol error: " + e.getMessage());
            cause = e;
        } catch (IOException e) {
            cause = new AmiConnectionLostException("connection lost: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.ERROR, () -> name + ": reader failed", e);
            cause = new AmiProtocolException("reader failed: " + e, e);
        }
        close(cause);
    }

    /** The timer's periodic check: a write blocked past the write timeout closes; expired actions fail. */
    private void sweep() {
        long now = System.nanoTime();
        Duration writeTimeout = config.timeouts().writeTimeout();
        if (outbox.writeBlockedLongerThan(now, writeTimeout.toNanos())) {
            LOG.log(Level.WARNING, () -> name + ": a write blocked for more than " + writeTimeout.toMillis()
                    + " ms; the server stopped reading");
            close(new AmiConnectionLostException("a write did not complete within " + writeTimeout.toMillis()
                    + " ms (writeTimeout): the server stopped reading"));
            return;
        }
        CompletionBatch expired = pending.expire(now);
        if (expired != null) {
            if (hooks.on) {
                expired.forEach(p -> hooks.actionFailed(p.actionName, p.actionId, p.error()));
            }
            expired.submitTo(resources, callbacks);
        }
    }

    @Override
    public String toString() {
        return "AmiConnection{" + name + (open.get() ? ", open" : ", closed") + '}';
    }
}
