package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The threads clients share, as lettuce's {@code ClientResources}: one timer (action timeouts,
 * keepalive, reconnect delays), a small pool that completes futures, a small pool that delivers
 * events to listeners, a small pool for connects and logins ({@code startAsync}, reconnects), and an
 * elastic I/O pool for writes, whose threads exist only while a write is under way (and 5 s after).
 * A client itself owns only its reader thread: a virtual thread on Java 21+ (as are connects and writes), a
 * platform thread on 17, so that 10 000 clients need no 10 000 platform threads.
 *
 * <p>By default every client uses {@link #shared()}, made on first use and never closed (daemon
 * threads). Pass your own with {@link AmiClientConfig.Builder#resources}, e.g. to give the callbacks
 * more threads, or your own executors; close it after the clients that use it.
 *
 * <p>The callback and listener pools are shared by every client using these resources: a callback or
 * listener that blocks delays the others. Give blocking work its own executor.
 */
public final class AmiResources implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AmiResources.class.getName());
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private static final class Holder {
        static final AmiResources SHARED = builder().build(true);
    }

    private final ScheduledThreadPoolExecutor timer;
    private final ThreadPoolExecutor io;
    private final ThreadPoolExecutor connects;
    private final Executor callbacks;
    private final Executor listeners;
    private final ExecutorService ownedCallbacks;
    private final ExecutorService ownedListeners;
    private final boolean shared;
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicInteger liveThreads = new AtomicInteger();

    private final boolean virtualThreads;

    private AmiResources(Builder b, boolean shared) {
        this.shared = shared;
        this.virtualThreads = b.virtualThreads && VirtualThreads.available();
        String prefix = "amisdk-" + (shared ? "" : INSTANCES.incrementAndGet() + "-");
        this.timer = new ScheduledThreadPoolExecutor(1, threads(prefix + "timer", false));
        this.timer.setRemoveOnCancelPolicy(true);
        this.io = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS, new SynchronousQueue<>(),
                threads(prefix + "io", virtualThreads));
        this.connects = new ThreadPoolExecutor(b.connectThreads, b.connectThreads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads(prefix + "connect", virtualThreads));
        this.connects.allowCoreThreadTimeOut(true);
        if (b.callbackExecutor != null) {
            this.callbacks = b.callbackExecutor;
            this.ownedCallbacks = null;
        } else {
            ThreadPoolExecutor pool = fixed(b.callbackThreads, prefix + "callback");
            this.callbacks = pool;
            this.ownedCallbacks = pool;
        }
        if (b.listenerExecutor != null) {
            this.listeners = b.listenerExecutor;
            this.ownedListeners = null;
        } else {
            ThreadPoolExecutor pool = fixed(b.listenerThreads, prefix + "events");
            this.listeners = pool;
            this.ownedListeners = pool;
        }
    }

    /** The JVM-wide resources every client uses unless given others; never closed. */
    public static AmiResources shared() {
        return Holder.SHARED;
    }

    /** Starts building resources of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** How many threads these resources have alive now (timer, pools, I/O), for a thread budget. */
    public int liveThreadCount() {
        return liveThreads.get();
    }

    /** Whether readers, connects and writes run on virtual threads (Java 21+, unless turned off in the builder). */
    public boolean usesVirtualThreads() {
        return virtualThreads;
    }

    /** A connection's reader, not started: on a virtual thread where used, else a platform daemon thread. */
    Thread readerThread(Runnable task, String name) {
        return VirtualThreads.newThread(task, name, virtualThreads);
    }

    /** How many tasks an executor refused, so that they ran on a fallback thread instead. */
    public long rejectedTaskCount() {
        return rejected.get();
    }

    ScheduledThreadPoolExecutor timer() {
        return timer;
    }

    Executor io() {
        return io;
    }

    /** Runs connects and logins (startAsync, reconnects): a few at a time, so that 500 clients starting do not make 500 threads. */
    Executor connects() {
        return connects;
    }

    Executor callbacks() {
        return callbacks;
    }

    /**
     * Runs a blocking login on the connect pool (no thread per call); the future completes on the callback pool,
     * since its dependent stages are user code. Fails with {@link AmiConnectException} when these are closed.
     */
    <T> CompletableFuture<T> loginAsync(Supplier<T> login) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable task = () -> {
            T value;
            try {
                value = login.get();
            } catch (Throwable e) {
                execute(callbacks, () -> result.completeExceptionally(e));
                return;
            }
            execute(callbacks, () -> result.complete(value));
        };
        try {
            connects.execute(task);
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new AmiConnectException("the client's resources are closed"));
        }
        return result;
    }

    Executor listeners() {
        return listeners;
    }

    /**
     * Runs the task on the executor; if it refuses, on the shared callback pool; if that refuses
     * too (shut down), on a new daemon thread. Never on the calling thread, which may be a reader.
     */
    void execute(Executor executor, Runnable task) {
        try {
            executor.execute(task);
            return;
        } catch (RejectedExecutionException e) {
            rejected.incrementAndGet();
            LOG.log(Level.WARNING, () -> "an executor refused a task (" + e.getMessage() + "); running it elsewhere");
        }
        AmiResources fallback = shared();
        if (fallback != this || executor != callbacks) {
            try {
                fallback.callbacks.execute(task);
                return;
            } catch (RejectedExecutionException e) {
                rejected.incrementAndGet();
            }
        }
        Thread t = new Thread(task, "amisdk-fallback");
        t.setDaemon(true);
        t.start();
    }

    /** Stops the threads these resources made; the shared ones cannot be closed (this does nothing). */
    @Override
    public void close() {
        if (shared) {
            return;
        }
        timer.shutdownNow();
        io.shutdown();
        connects.shutdown();
        if (ownedCallbacks != null) {
            ownedCallbacks.shutdown();
        }
        if (ownedListeners != null) {
            ownedListeners.shutdown();
        }
    }

    private ThreadPoolExecutor fixed(int threads, String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads(name, false));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Threads counted in {@link #liveThreadCount()}: virtual ones for blocking work where asked, else platform daemons. */
    private ThreadFactory threads(String name, boolean virtual) {
        AtomicInteger n = new AtomicInteger();
        return r -> VirtualThreads.newThread(() -> {
            liveThreads.incrementAndGet();
            try {
                r.run();
            } finally {
                liveThreads.decrementAndGet();
            }
        }, name + "-" + n.incrementAndGet(), virtual);
    }

    @Override
    public String toString() {
        return "AmiResources{" + (shared ? "shared, " : "") + liveThreads.get() + " threads}";
    }

    /** Options for {@link AmiResources}. */
    public static final class Builder {
        private int callbackThreads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        private int listenerThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int connectThreads = 4;
        private boolean virtualThreads = true;
        private Executor callbackExecutor;
        private Executor listenerExecutor;

        private Builder() {
        }

        /** Threads that complete futures (and so run their dependent stages); default max(1, cores - 1), as the common pool. */
        public Builder callbackThreads(int threads) {
            this.callbackThreads = AmiLimits.atLeastOne(threads, "callbackThreads");
            return this;
        }

        /** Threads that deliver events to listeners, each client's in order; default max(2, cores). */
        public Builder listenerThreads(int threads) {
            this.listenerThreads = AmiLimits.atLeastOne(threads, "listenerThreads");
            return this;
        }

        /** How many connects and logins run at once (startAsync, reconnects); default 4. */
        public Builder connectThreads(int threads) {
            this.connectThreads = AmiLimits.atLeastOne(threads, "connectThreads");
            return this;
        }

        /**
         * Runs readers, connects and logins, and socket writes on virtual threads where the JVM has them (Java 21+;
         * the default), or on platform threads (one per connection for its reader) when false.
         */
        public Builder virtualThreads(boolean use) {
            this.virtualThreads = use;
            return this;
        }

        /** Completes futures on this executor instead of an own pool (not shut down by {@link #close()}). */
        public Builder callbackExecutor(Executor executor) {
            this.callbackExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Delivers events on this executor instead of an own pool (not shut down by {@link #close()}). */
        public Builder listenerExecutor(Executor executor) {
            this.listenerExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        public AmiResources build() {
            return build(false);
        }

        private AmiResources build(boolean shared) {
            return new AmiResources(this, shared);
        }
    }
}
