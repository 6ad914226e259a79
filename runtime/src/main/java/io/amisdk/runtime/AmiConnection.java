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
 * one writer thread that drains a queue (so that no caller, and not the scheduler, ever blocks on a
 * server that stopped reading), and the actions in flight keyed by ActionID.
 */
final class AmiConnection {
    /** What the connection tells its owner. Called on the reader thread; must not block. */
    interface Listener {
        /** An event arrived (every event, list items included). */
        void event(AmiMessage message);

        /** The connection is closed; called once. */
        void closed(AmiConnection connection, AmiException cause);
    }

    private static final System.Logger LOG = System.getLogger(AmiConnection.class.getName());

    private final Socket socket;
    private final OutputStream out;
    private final AmiClientConfig config;
    private final Listener listener;
    private final ScheduledExecutorService scheduler;
    private final Executor callbacks;
    private final String name;
    private final String idPrefix;
    private final AtomicLong nextId = new AtomicLong();
    /** Serialized actions for the writer; a lock-free queue, so that a send wakes nobody while the writer is busy. */
    private final ConcurrentLinkedQueue<byte[]> outbox = new ConcurrentLinkedQueue<>();
    /** Set by the writer just before it parks; the first send to find it set unparks the writer. */
    private final AtomicBoolean writerIdle = new AtomicBoolean();
    private final AtomicLong queued = new AtomicLong();
    private volatile long written;
    private final Thread writer;
    /** In send order, so that a response without ActionID can go to the oldest action still waiting for one. */
    private final Map<String, PendingAction<?>> pending = new LinkedHashMap<>();
    private final CompletableFuture<String> greeting = new CompletableFuture<>();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Thread reader;
    private volatile long lastReadNanos = System.nanoTime();
    /** The shortest timeout any action on this connection was sent with; guarded by {@link #pending}. */
    private long shortestTimeoutNanos = Long.MAX_VALUE;
    /** The periodic timeout sweep, one per connection instead of one scheduled task per action. */
    private volatile ScheduledFuture<?> sweep;
    /** What the current socket read settled; touched by the reader thread only. */
    private CompletionBatch readBatch;

    AmiConnection(Socket socket, AmiClientConfig config, Listener listener, ScheduledExecutorService scheduler,
            Executor callbacks, String name) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.config = config;
        this.listener = listener;
        this.scheduler = scheduler;
        this.callbacks = callbacks;
        this.name = name;
        this.idPrefix = name.substring(name.lastIndexOf('-') + 1) + "-"
                + Long.toString(System.nanoTime() & 0xffffff, 36) + "-";
        this.reader = new Thread(this::readLoop, "amisdk-reader-" + name);
        this.reader.setDaemon(true);
        this.writer = new Thread(this::writeLoop, "amisdk-writer-" + name);
        this.writer.setDaemon(true);
    }

    void start() {
        reader.start();
        writer.start();
        long period = sweepPeriodNanos(config);
        try {
            sweep = scheduler.scheduleWithFixedDelay(this::sweepTimeouts, period, period, TimeUnit.NANOSECONDS);
            if (!open.get()) {
                sweep.cancel(false); // closed while we scheduled it: close() saw no sweep to cancel
            }
        } catch (RejectedExecutionException e) {
            close(new AmiConnectionLostException("client closed"));
        }
    }

    /**
     * A tenth of the shortest configured timeout, between 1 and 100 ms: timeouts fire at most that
     * late. An action given a shorter timeout of its own (sendAndAwaitEvent) may fire up to a period late.
     */
    static long sweepPeriodNanos(AmiClientConfig config) {
        long shortest = Math.min(config.actionTimeout().toNanos(), config.keepaliveTimeout().toNanos());
        return Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(TimeUnit.MILLISECONDS.toNanos(100), shortest / 10));
    }

    CompletableFuture<String> greeting() {
        return greeting;
    }

    boolean isOpen() {
        return open.get();
    }

    long lastReadNanos() {
        return lastReadNanos;
    }

    int pendingCount() {
        synchronized (pending) {
            return pending.size();
        }
    }

    /**
     * Sends the action; the future completes (on the callback executor) with what the finisher makes
     * of an {@link AmiResponse}, a {@link PendingAction.RawList} or the awaited event's {@link AmiMessage}.
     *
     * @throws IllegalArgumentException when a header is unfit to send
     */
    <T> CompletableFuture<T> send(AmiAction<?> action, PendingAction.Kind kind, String eventName, Duration timeout,
            Function<Object, T> finisher) {
        String id = action.actionId() != null ? action.actionId() : idPrefix + nextId.incrementAndGet();
        byte[] bytes = ActionSerializer.serialize(action, id);
        PendingAction<T> p = new PendingAction<>(id, action.actionName(), kind, eventName, timeout.toNanos(), finisher);
        synchronized (pending) {
            if (!open.get()) {
                return CompletableFuture.failedFuture(new AmiConnectionLostException("not connected"));
            }
            if (pending.putIfAbsent(id, p) != null) {
                return CompletableFuture.failedFuture(
                        new IllegalArgumentException("ActionID " + id + " is already in flight on this connection"));
            }
            p.sentNanos = System.nanoTime(); // under the lock: the map stays in sentNanos order
            shortestTimeoutNanos = Math.min(shortestTimeoutNanos, p.timeoutNanos);
        }
        enqueue(bytes);
        if (LOG.isLoggable(Level.TRACE)) { // no capturing lambda allocated per send when TRACE is off
            LOG.log(Level.TRACE, name + " queued " + action.actionName() + " (ActionID " + id + ")");
        }
        return p.future;
    }

    /**
     * Sends an action that needs no answer tracking (Logoff on close) and waits up to {@code timeout}
     * for everything queued to be written.
     */
    void sendAndFlush(AmiAction<?> action, Duration timeout) {
        try {
            enqueue(ActionSerializer.serialize(action, idPrefix + nextId.incrementAndGet()));
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> name + ": could not send " + action.actionName() + ": " + e);
            return;
        }
        long target = queued.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written < target && open.get() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
        }
    }

    /** Queues the bytes; wakes the writer only on its idle → busy edge, not on every send. */
    private void enqueue(byte[] bytes) {
        queued.incrementAndGet();
        outbox.add(bytes);
        if (writerIdle.get() && writerIdle.compareAndSet(true, false)) {
            LockSupport.unpark(writer);
        }
    }

    private void writeLoop() {
        try {
            OutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            long count = 0;
            while (open.get()) {
                byte[] bytes = outbox.poll();
                if (bytes != null) {
                    if (bytes.length > 0) {
                        buffered.write(bytes);
                    }
                    count++;
                    continue; // many pipelined actions, one flush
                }
                if (count > 0) {
                    buffered.flush();
                    written += count;
                    count = 0;
                    continue; // look again before parking: more may have come during the flush
                }
                awaitWork();
            }
        } catch (IOException e) {
            close(new AmiConnectionLostException("connection lost while writing: " + e.getMessage(), e));
        }
    }

    /**
     * Parks until a send (or close) wakes the writer. The flag is set before the queue is checked
     * again, and senders add before they check the flag, so a send is never missed; a spurious
     * wake-up only costs one more look at the queue.
     */
    private void awaitWork() {
        writerIdle.set(true);
        if (outbox.isEmpty() && open.get()) {
            LockSupport.park(this);
        }
        writerIdle.set(false);
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
        LockSupport.unpark(writer); // wakes a writer waiting for work; one blocked in a write fails with the socket

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
        }
        if (!batch.isEmpty()) {
            batch.submitTo(callbacks);
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
        };
        AmiException cause;
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                lastReadNanos = System.nanoTime();
                try {
                    parser.feed(buffer, 0, n, handler);
                } finally {
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
        } catch (RuntimeException e) {
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
            batch.submitTo(callbacks);
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
                if (p != null) {
                    onEvent(p, event, message);
                }
            }
            listener.event(message);
            return;
        }
        if (message.get("Response") == null) {
            LOG.log(Level.DEBUG, () -> name + ": ignoring a message with neither Event nor Response");
            return;
        }
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
            return;
        }
        onResponse(p, response);
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
                    finish(p, new PendingAction.RawList(response, p.items(), null));
                }
            }
            case EVENT -> {
                p.response = response;
                if (response.isError()) {
                    if (remove(p)) {
                        p.fail(new AmiActionFailedException(response));
                        settledByReader(p);
                    }
                }
            }
        }
    }

    private void onEvent(PendingAction<?> p, String name, AmiMessage event) {
        switch (p.kind) {
            case RESPONSE -> {
                // Events such as UserEvent echo the ActionID; they only go to the listeners.
            }
            case LIST -> {
                if (p.completesList(name, event)) {
                    AmiResponse response = p.response != null ? p.response : new AmiResponse(
                            AmiMessage.builder().add("Response", "Success").add("ActionID", p.actionId).build(),
                            p.actionName);
                    finish(p, new PendingAction.RawList(response, p.items(), event));
                } else {
                    p.addItem(event);
                }
            }
            case EVENT -> {
                if (name.equalsIgnoreCase(p.eventName)) {
                    finish(p, event);
                }
            }
        }
    }

    private boolean remove(PendingAction<?> p) {
        synchronized (pending) {
            return pending.remove(p.actionId, p);
        }
    }

    /** Settles an action the reader has seen the whole answer to. */
    private void finish(PendingAction<?> p, Object result) {
        if (remove(p)) {
            p.succeed(result);
            settledByReader(p);
        }
    }

    /**
     * Fails every action whose timeout has run out, in one callback task. The pending map is in send
     * order, so the scan stops at the first action sent less than the shortest timeout ago: neither it
     * nor any later one can have expired. With one timeout for all, that is the first unexpired action.
     */
    private void sweepTimeouts() {
        long now = System.nanoTime();
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
            expired.submitTo(callbacks);
        }
    }

    private static AmiTimeoutException timeoutError(PendingAction<?> p) {
        String missing = p.response == null ? "response"
                : p.kind == PendingAction.Kind.LIST ? "end of the list (" + p.items().size() + " items so far)"
                : p.eventName + " event";
        return new AmiTimeoutException("no " + missing + " to " + p.actionName + " (ActionID " + p.actionId
                + ") within " + TimeUnit.NANOSECONDS.toMillis(p.timeoutNanos) + " ms");
    }

    @Override
    public String toString() {
        return "AmiConnection{" + name + (open.get() ? ", open" : ", closed") + '}';
    }
}
