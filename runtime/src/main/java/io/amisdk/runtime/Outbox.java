package io.amisdk.runtime;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The writer of one connection: serialized actions queue here and a task on the shared I/O pool drains
 * them, many to one flush, then gives its thread back — so no caller, and not the timer, ever blocks on a
 * server that stopped reading, and no thread is held while nothing is written (okhttp's {@code Http2Writer}).
 */
final class Outbox {
    private final AmiConnection connection;
    private final Executor io;
    private final OutputStream out;
    private final BufferedOutputStream buffered;
    /** Serialized actions; a lock-free queue, so that a send wakes nobody while the writer is busy. */
    private final ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>();
    /** Set while a drain task is queued or running; the send that sets it submits the task. */
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    /** Bytes queued and not yet flushed to the socket. */
    private final AtomicLong queuedBytes = new AtomicLong();
    /** When the socket write under way began (System.nanoTime), or 0 when none is: the write timeout watches it. */
    private volatile long writeBlockedSince;

    Outbox(AmiConnection connection, OutputStream out, Executor io) {
        this.connection = connection;
        this.out = out;
        this.io = io;
        this.buffered = new BufferedOutputStream(new TimedOutputStream(), 16 * 1024);
    }

    /** Bytes queued and not yet written. */
    long queuedBytes() {
        return queuedBytes.get();
    }

    /** Counts bytes about to be queued (under the pending lock, so racing sends cannot overshoot the bound). */
    void reserve(int bytes) {
        queuedBytes.addAndGet(bytes);
    }

    /** Whether a socket write has been blocked for longer than {@code limitNanos} at {@code now}. */
    boolean writeBlockedLongerThan(long now, long limitNanos) {
        long blocked = writeBlockedSince;
        return blocked != 0 && now - blocked > limitNanos;
    }

    /** Queues the bytes (already reserved); submits the drain task on its idle → busy edge only. */
    void enqueue(byte[] bytes) {
        queue.add(bytes);
        if (!writeScheduled.get() && writeScheduled.compareAndSet(false, true)) {
            try {
                io.execute(this::drain);
            } catch (RejectedExecutionException e) {
                writeScheduled.set(false);
                connection.close(new AmiConnectionLostException("cannot write: the client's resources are closed"));
            }
        }
    }

    /** Waits until everything queued is written, the connection closes, or the deadline passes. */
    void awaitDrained(long deadlineNanos) {
        while (queuedBytes.get() > 0 && connection.isOpen() && System.nanoTime() - deadlineNanos < 0) {
            LockSupport.parkNanos(100_000);
        }
    }

    /** Drops what is queued: the connection is closed, and a drain task blocked in a write fails with the socket. */
    void clear() {
        queue.clear();
    }

    /**
     * Writes everything queued, then gives the thread back. The flag is cleared before the queue is checked
     * again, and senders add before they check the flag, so no queued action is ever left without a drain task.
     */
    private void drain() {
        try {
            while (connection.isOpen()) {
                long count = 0;
                long bytesOut = 0;
                byte[] bytes;
                while ((bytes = queue.poll()) != null) {
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
                if (queue.isEmpty() || !writeScheduled.compareAndSet(false, true)) {
                    return;
                }
            }
            writeScheduled.set(false);
        } catch (IOException | RuntimeException e) {
            writeScheduled.set(false);
            connection.close(new AmiConnectionLostException("connection lost while writing: " + e.getMessage(), e));
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
}
