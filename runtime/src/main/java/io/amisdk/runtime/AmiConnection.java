package io.amisdk.runtime;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One AMI connection: a reader thread that parses and routes messages (and never runs user code),
 * a queue of serialized actions drained by a task on the shared I/O pool (so that no caller, and not
 * the timer, ever blocks on a server that stopped reading, and no thread is held while nothing is
 * written), and the actions in flight keyed by ActionID, within the configured bounds.
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
    private final OutputStream out;
    private final AmiClientConfig config;
    private final Listener listener;
    private final AmiResources resources;
    private final ScheduledExecutorService scheduler;
    private final Executor callbacks;
    private final SafeHooks hooks;
    private final String name;
    private final String idPrefix;
    private final AtomicLong nextId = new AtomicLong();
    /** Serialized actions for the writer; a lock-free queue, so that a send wakes nobody while the writer is busy. */
    private final ConcurrentLinkedQueue<byte[]> outbox = new ConcurrentLinkedQueue<>();
    /** Set while a drain task is queued or running; the send that sets it submits the task. */
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    /** Bytes queued and not yet flushed to the socket. */
    private final AtomicLong queuedBytes = new AtomicLong();
    /** When the socket write under way began (System.nanoTime), or 0 when none is: the write timeout watches it. */
    private volatile long writeBlockedSince;
    private final BufferedOutputStream buffered;
    /** In send order, so that a response without ActionID can go to the oldest action still waiting for one. */
    private final Map<String, PendingAction<?>> pending = new LinkedHashMap<>();
    private final CompletableFuture<String> greeting = new CompletableFuture<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread reader;
    /** When the last response arrived: keepalive pings when none came for its interval, whatever events arrive. */
    private volatile long lastResponseNanos = System.nanoTime();
    /** The shortest timeout any action on this connection was sent with; guarded by {@link #pending}. */
    private long shortestTimeoutNanos = Long.MAX_VALUE;
    /** The periodic timeout sweep, one per connection instead of one scheduled task per action. */
    private volatile ScheduledFuture<?> sweep;
    /** What the current socket read settled; touched by the reader thread only. */
    private CompletionBatch readBatch;
    /** Whether the current socket read carried an answer; reader thread only. */
    private boolean sawResponse;

    AmiConnection(Socket socket, AmiClientConfig config, Listener listener, Executor callbacks, SafeHooks hooks,
            String name) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.config = config;
        this.listener = listener;
        this.resources = config.resources();
        this.scheduler = resources.timer();
        this.callbacks = callbacks;
        this.hooks = hooks;
        this.name = name;
        this.idPrefix = name.substring(name.lastIndexOf('-') + 1) + "-"
                + Long.toString(System.nanoTime() & 0xffffff, 36) + "-";
        this.buffered = new BufferedOutputStream(new TimedOutputStream(), 16 * 1024);
        this.reader = new Thread(this::readLoop, "amisdk-reader-" + name);
        this.reader.setDaemon(true);
    }

    void start() {
        reader.start();
        long period = sweepPeriodNanos(config);
        try {
            sweep = scheduler.scheduleWithFixedDelay(this::sweepTimeouts, period, period, TimeUnit.NANOSECONDS);
            if (!open.get()) {
                sweep.cancel(false); // closed while we scheduled it: close() saw no sweep to cancel
            }
        } catch (RejectedExecutionException e) {
            close(new AmiConnectionLostException("the client's resources are closed"));
        }
    }

    /**
     * A tenth of the shortest configured timeout, between 1 and 100 ms: timeouts fire at most that
     * late. An action given a shorter timeout of its own (sendAndAwaitEvent) may fire up to a period late.
     */
    static long sweepPeriodNanos(AmiClientConfig config) {
        long shortest = Math.min(Math.min(config.timeouts().actionTimeout().toNanos(), config.timeouts().keepaliveTimeout().toNanos()),
                config.timeouts().writeTimeout().toNanos());
        return Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(TimeUnit.MILLISECONDS.toNanos(100), shortest / 10));
    }

    CompletableFuture<String> greeting() {
        return greeting;
    }

    boolean isOpen() {
        return open.get();
    }

    long lastResponseNanos() {
        return lastResponseNanos;
    }

    int pendingCount() {
        synchronized (pending) {
            return pending.size();
        }
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
            String full;
            synchronized (pending) {
                if (!open.get()) {
                    return failed(p, new AmiConnectionLostException("not connected; " + p.actionName + " was not sent"));
                }
                full = fullness(bytes.length);
                if (full == null) {
                    if (pending.putIfAbsent(id, p) != null) {
                        return failed(p, new AmiInvalidActionException(p.actionName + " was not sent: ActionID " + id
                                + " is already in flight on this connection", null));
                    }
                    p.sentNanos = System.nanoTime(); // under the lock: the map stays in sentNanos order
                    shortestTimeoutNanos = Math.min(shortestTimeoutNanos, p.timeoutNanos);
                    queuedBytes.addAndGet(bytes.length); // under the lock, so that racing sends cannot overshoot the bound
                    break;
                }
            }
            long now = System.nanoTime();
            if (waitUntil == 0 && mayWait && !config.timeouts().fullQueueWait().isZero()) {
                waitUntil = now + config.timeouts().fullQueueWait().toNanos();
            }
            if (waitUntil == 0 || now - waitUntil >= 0) {
                return failed(p, new AmiOverloadException(p.actionName + " was not sent: " + full));
            }
            LockSupport.parkNanos(100_000); // room comes as answers and writes complete
        }
        hooks.actionSent(p.actionName, id); // before the bytes go: the answer can come before enqueue returns
        enqueue(bytes);
        if (LOG.isLoggable(Level.TRACE)) { // no capturing lambda allocated per send when TRACE is off
            LOG.log(Level.TRACE, name + " queued " + action.actionName() + " (ActionID " + id + ")");
        }
        return p.future;
    }

    /** Which bound a send of this many bytes would break now, or null (under the pending lock). */
    private String fullness(int bytes) {
        if (pending.size() >= config.limits().maxActionsInFlight()) {
            return pending.size() + " actions are in flight, the limit (maxActionsInFlight " + config.limits().maxActionsInFlight() + ")";
        }
        long queuedNow = queuedBytes.get();
        if (queuedNow > 0 && queuedNow + bytes > config.limits().maxQueuedBytes()) {
            return queuedNow + " bytes are queued for writing, the limit is maxQueuedBytes " + config.limits().maxQueuedBytes();
        }
        return null;
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
        queuedBytes.addAndGet(bytes.length);
        enqueue(bytes);
        long deadline = System.nanoTime() + timeout.toNanos();
        // Sent last (on close), so nothing queued means it went out.
        while (queuedBytes.get() > 0 && open.get() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
        }
    }

    /** Queues the bytes (already counted in queuedBytes); submits the drain task on its idle → busy edge only. */
    private void enqueue(byte[] bytes) {
        outbox.add(bytes);
        if (!writeScheduled.get() && writeScheduled.compareAndSet(false, true)) {
            try {
                resources.io().execute(this::drainWrites);
            } catch (RejectedExecutionException e) {
                writeScheduled.set(false);
                close(new AmiConnectionLostException("cannot write: the client's resources are closed"));
            }
        }
    }

    /**
     * Writes everything queued, many pipelined actions to one flush, then gives the thread back. The
     * flag is cleared before the queue is checked again, and senders add before they check the flag,
     * so no queued action is ever left without a drain task.
     */
    private void drainWrites() {
        try {
            while (open.get()) {
                long count = 0;
                long bytesOut = 0;
                byte[] bytes;
                while ((bytes = outbox.poll()) != null) {
                    if (bytes.length > 0) {
                        buffered.write(bytes);
                    }
                    count++;
                    bytesOut += bytes.length;
                }
                if (count > 0) {
                    buffered.flush();
                    queuedBytes.addAndGet(-bytesOut);
                    continue; // look again: more may have come during the flush
                }
                writeScheduled.set(false);
                if (outbox.isEmpty() || !writeScheduled.compareAndSet(false, true)) {
                    return;
                }
            }
            writeScheduled.set(false);
        } catch (IOException | RuntimeException e) {
            writeScheduled.set(false);
            close(new AmiConnectionLostException("connection lost while writing: " + e.getMessage(), e));
        }
    }

    /** The socket's stream, noting when each write begins so that the sweep can see one that blocks. */
    private final class TimedOutputStream extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            writeBlockedSince = System.nanoTime() | 1; // never 0, which means "no write under way"
            try {
                out.write(b, off, len);
            } finally {
                writeBlockedSince = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
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
        outbox.clear(); // a drain task blocked in a write fails with the socket

        List<PendingAction<?>> failed;
        synchronized (pending) {
            failed = new ArrayList<>(pending.values());
            pending.clear();
        }
        AmiException lost = cause instanceof AmiConnectionLostException ? cause
                : new AmiConnectionLostException("connection lost: " + cause.getMessage(), cause);
        CompletionBatch batch = new CompletionBatch();
        ScheduledFuture<?> s = sweep;
        if (s != null) {
            s.cancel(false);
        }
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
        AmiMessageParser.Handler handler = new AmiMessageParser.Handler() {
            @Override
            public void greeting(String line) {
                greeting.complete(line);
            }

            @Override
            public void message(AmiMessage message) {
                route(message);
            }

            @Override
            public void blankLine() {
                unframed(AmiMessage.of(List.of()), true);
            }
        };
        AmiException cause;
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long now = System.nanoTime();
                try {
                    parser.feed(buffer, 0, n, handler);
                } finally {
                    if (sawResponse) {
                        sawResponse = false;
                        lastResponseNanos = now;
                    }
                    submitReadBatch(); // even when the read ends in a protocol error: what was settled stays settled
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

    /** Completes everything this read settled in one callback task. */
    private void submitReadBatch() {
        CompletionBatch batch = readBatch;
        if (batch != null) {
            readBatch = null;
            batch.submitTo(resources, callbacks);
        }
    }

    /** Queues a settled action for the end of the current read (reader thread only). */
    private void settledByReader(PendingAction<?> p) {
        if (readBatch == null) {
            readBatch = new CompletionBatch();
        }
        readBatch.add(p);
    }

    private void route(AmiMessage message) {
        String event = message.get("Event");
        if (event != null) {
            // An Event header makes it an event, even with Response and ActionID (OriginateResponse).
            String id = message.get("ActionID");
            if (id != null) {
                PendingAction<?> p;
                synchronized (pending) {
                    p = pending.get(id);
                }
                if (p != null && onEvent(p, event, message) && !config.listItemsToListeners()) {
                    return; // a list item (or the list's end) belongs to the list's future
                }
            }
            listener.event(message);
            return;
        }
        if (message.get("Response") == null) {
            unframed(message, false);
            return;
        }
        sawResponse = true; // lastResponseNanos is set once per read, not per response
        String id = message.get("ActionID");
        PendingAction<?> p;
        boolean settled = false;
        synchronized (pending) {
            p = id != null ? pending.get(id) : oldestAwaitingResponse();
            if (p != null && p.kind == PendingAction.Kind.RESPONSE) {
                // The answer settles a plain action: look up and remove under one lock, not two,
                // since the senders contend for this lock once per action too.
                pending.remove(p.actionId);
                settled = true;
            }
        }
        if (p == null) {
            LOG.log(Level.DEBUG, () -> name + ": response for no pending action (ActionID " + id + ")");
            return;
        }
        AmiResponse response = new AmiResponse(message, p.actionName);
        if (settled) {
            p.succeed(response);
            settledByReader(p);
            if (hooks.on) {
                answered(p, response.isError());
            }
            return;
        }
        onResponse(p, response);
    }

    /**
     * A block with neither Event nor Response (plain rows), or a blank line outside any message: the
     * answer of the oldest action still waiting for one, if that action answers unframed; else logged.
     */
    private void unframed(AmiMessage rows, boolean blank) {
        PendingAction<?> p;
        synchronized (pending) {
            p = oldestAwaitingResponse();
            if (p == null || !p.unframed) {
                p = null;
            } else {
                pending.remove(p.actionId);
            }
        }
        if (p == null) {
            if (!blank) {
                LOG.log(Level.DEBUG, () -> name + ": ignoring a message with neither Event nor Response: " + rows);
            }
            return;
        }
        sawResponse = true;
        p.succeed(new AmiResponse(rows, p.actionName));
        settledByReader(p);
        answered(p, false);
    }

    private void answered(PendingAction<?> p, boolean error) {
        if (hooks.on) {
            hooks.actionAnswered(p.actionName, p.actionId, error, Duration.ofNanos(System.nanoTime() - p.sentNanos));
        }
    }

    /** Asterisk answers one session's actions in order, so an answer without ActionID belongs to the oldest. */
    private PendingAction<?> oldestAwaitingResponse() {
        for (Iterator<PendingAction<?>> it = pending.values().iterator(); it.hasNext();) {
            PendingAction<?> p = it.next();
            if (p.response == null) {
                return p;
            }
        }
        return null;
    }

    private void onResponse(PendingAction<?> p, AmiResponse response) {
        switch (p.kind) {
            case RESPONSE -> finish(p, response);
            case LIST -> {
                p.response = response;
                if (response.isError() || !PendingAction.announcesList(response)) {
                    if (finish(p, new PendingAction.RawList(response, p.items(), null))) {
                        answered(p, response.isError());
                    }
                }
            }
            case EVENT -> {
                p.response = response;
                if (response.isError()) {
                    if (remove(p)) {
                        p.fail(new AmiActionFailedException(response));
                        settledByReader(p);
                        answered(p, true);
                    }
                }
            }
        }
    }

    /** Hands an event carrying a pending action's ActionID to it; returns whether it was that list's item or end. */
    private boolean onEvent(PendingAction<?> p, String name, AmiMessage event) {
        switch (p.kind) {
            case RESPONSE -> {
                // Events such as UserEvent echo the ActionID; they only go to the listeners.
                return false;
            }
            case LIST -> {
                if (p.completesList(name, event)) {
                    AmiResponse response = p.response != null ? p.response : new AmiResponse(
                            AmiMessage.builder().add("Response", "Success").add("ActionID", p.actionId).build(),
                            p.actionName);
                    if (p.overflowed) {
                        if (remove(p)) {
                            AmiOverloadException e = new AmiOverloadException(p.actionName + " (ActionID " + p.actionId
                                    + ") sent " + p.itemCount + " items, more than the limit (maxListItems "
                                    + config.limits().maxListItems() + ")");
                            p.fail(e);
                            settledByReader(p);
                            hooks.actionFailed(p.actionName, p.actionId, e);
                        }
                    } else if (finish(p, new PendingAction.RawList(response, p.items(), event)) && hooks.on) {
                        hooks.listCompleted(p.actionName, p.actionId, p.itemCount,
                                Duration.ofNanos(System.nanoTime() - p.sentNanos));
                    }
                } else {
                    p.addItem(event, config.limits().maxListItems());
                }
                return true;
            }
            case EVENT -> {
                if (name.equalsIgnoreCase(p.eventName)) {
                    finish(p, event);
                    answered(p, false);
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    private boolean remove(PendingAction<?> p) {
        synchronized (pending) {
            return pending.remove(p.actionId, p);
        }
    }

    /** Settles an action the reader has seen the whole answer to; false when a timeout or loss came first. */
    private boolean finish(PendingAction<?> p, Object result) {
        if (remove(p)) {
            p.succeed(result);
            settledByReader(p);
            return true;
        }
        return false;
    }

    /**
     * Fails every action whose timeout has run out, in one callback task. The pending map is in send
     * order, so the scan stops at the first action sent less than the shortest timeout ago: neither it
     * nor any later one can have expired. With one timeout for all, that is the first unexpired action.
     */
    private void sweepTimeouts() {
        long now = System.nanoTime();
        long blocked = writeBlockedSince;
        if (blocked != 0 && now - blocked > config.timeouts().writeTimeout().toNanos()) {
            LOG.log(Level.WARNING, () -> name + ": a write blocked for more than " + config.timeouts().writeTimeout().toMillis()
                    + " ms; the server stopped reading");
            close(new AmiConnectionLostException("a write did not complete within " + config.timeouts().writeTimeout().toMillis()
                    + " ms (writeTimeout): the server stopped reading"));
            return;
        }
        CompletionBatch expired = null;
        synchronized (pending) {
            for (Iterator<PendingAction<?>> it = pending.values().iterator(); it.hasNext();) {
                PendingAction<?> p = it.next();
                if (now - p.sentNanos < shortestTimeoutNanos) {
                    break;
                }
                if (p.expiredAt(now)) {
                    it.remove();
                    p.fail(timeoutError(p));
                    if (expired == null) {
                        expired = new CompletionBatch();
                    }
                    expired.add(p);
                }
            }
        }
        if (expired != null) {
            if (hooks.on) {
                expired.forEach(p -> hooks.actionFailed(p.actionName, p.actionId, p.error()));
            }
            expired.submitTo(resources, callbacks);
        }
    }

    private static AmiTimeoutException timeoutError(PendingAction<?> p) {
        String missing = p.response == null ? "response"
                : p.kind == PendingAction.Kind.LIST ? "end of the list (" + p.itemCount + " items so far)"
                : p.eventName + " event";
        return new AmiTimeoutException("no " + missing + " to " + p.actionName + " (ActionID " + p.actionId
                + ") within " + TimeUnit.NANOSECONDS.toMillis(p.timeoutNanos) + " ms");
    }

    @Override
    public String toString() {
        return "AmiConnection{" + name + (open.get() ? ", open" : ", closed") + '}';
    }
}
