package io.amisdk.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One Flow subscriber: a bounded buffer (the overflow policy and drop counter of the listeners),
 * its demand, and a serial drain task on the listener executor that calls onNext only as requested.
 */
final class EventFlowSubscription<E extends AmiEvent> implements Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super E> subscriber;
    private final ArrayDeque<E> buffer = new ArrayDeque<>();
    private final AtomicLong demand = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final int capacity;
    private final EventOverflowPolicy policy;
    private final Consumer<AmiMessage> dropped;
    private final Failures failures;
    private final Executor drainer;
    volatile boolean cancelled;
    private volatile boolean completing;
    private boolean done;
    volatile Subscription registration;

    EventFlowSubscription(Flow.Subscriber<? super E> subscriber, int capacity, EventOverflowPolicy policy,
            Consumer<AmiMessage> dropped, Failures failures, Executor drainer) {
        this.subscriber = subscriber;
        this.capacity = capacity;
        this.policy = policy;
        this.dropped = dropped;
        this.failures = failures;
        this.drainer = drainer;
    }

    void offer(E event) {
        synchronized (buffer) {
            if (buffer.size() >= capacity) {
                if (policy == EventOverflowPolicy.DROP_NEWEST) {
                    dropped.accept(event.headers());
                    return;
                }
                dropped.accept(buffer.pollFirst().headers());
            }
            buffer.addLast(event);
        }
        signal();
    }

    void complete() {
        completing = true;
        signal();
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            cancel();
            try {
                subscriber.onError(new IllegalArgumentException("request(" + n + "): must be positive (Flow rule 3.9)"));
            } catch (Throwable t) {
                failures.failed(failureLogged, t, "Flow subscriber's onError");
            }
            return;
        }
        demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
        signal();
    }

    @Override
    public void cancel() {
        cancelled = true;
        Subscription r = registration;
        if (r != null) {
            r.cancel();
        }
        synchronized (buffer) {
            buffer.clear();
        }
    }

    private void signal() {
        if (draining.compareAndSet(false, true)) {
            drainer.execute(this);
        }
    }

    @Override
    public void run() {
        while (true) {
            while (!cancelled && demand.get() > 0) {
                E next;
                synchronized (buffer) {
                    next = buffer.pollFirst();
                }
                if (next == null) {
                    break;
                }
                demand.decrementAndGet();
                try {
                    subscriber.onNext(next);
                } catch (Throwable t) {
                    failures.failed(failureLogged, t, "Flow subscriber's onNext"); // counted; the subscriber stays subscribed
                }
            }
            if (completing && !cancelled && !done && isEmpty()) {
                done = true;
                cancel();
                try {
                    subscriber.onComplete();
                } catch (Throwable t) {
                    failures.failed(failureLogged, t, "Flow subscriber's onComplete");
                }
            }
            draining.set(false);
            boolean more = !cancelled && ((demand.get() > 0 && !isEmpty()) || (completing && !done));
            if (!more || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private boolean isEmpty() {
        synchronized (buffer) {
            return buffer.isEmpty();
        }
    }

    /** Where a subscriber's throw is counted and logged (once per flag). */
    interface Failures {
        void failed(AtomicBoolean logged, Throwable t, String what);
    }
}
