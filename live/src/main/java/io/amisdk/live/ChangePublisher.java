package io.amisdk.live;

import java.util.ArrayDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes as a {@link Flow.Publisher}: each subscriber gets what it requested; up to {@code capacity} changes
 * wait for its demand, beyond that the oldest are dropped (counted). Delivery runs on the live thread.
 */
final class ChangePublisher implements Flow.Publisher<LiveChange<?>> {
    private final int capacity;
    private final AtomicLong failures;
    private final AtomicLong dropped = new AtomicLong();
    private final CopyOnWriteArrayList<Sub> subscribers = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.Executor live;

    ChangePublisher(int capacity, AtomicLong failures, java.util.concurrent.Executor live) {
        this.capacity = capacity;
        this.failures = failures;
        this.live = live;
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super LiveChange<?>> subscriber) {
        Sub s = new Sub(subscriber);
        subscribers.add(s);
        live.execute(() -> {
            try {
                subscriber.onSubscribe(s);
            } catch (Throwable t) {
                failures.incrementAndGet();
                s.cancelled = true;
                subscribers.remove(s);
            }
        });
    }

    /** On the live thread. */
    void publish(LiveChange<?> change) {
        for (Sub s : subscribers) {
            s.offer(change);
        }
    }

    /** On the live thread. */
    void complete() {
        for (Sub s : subscribers) {
            s.finish();
        }
        subscribers.clear();
    }

    private final class Sub implements Flow.Subscription {
        private final Flow.Subscriber<? super LiveChange<?>> subscriber;
        private final ArrayDeque<LiveChange<?>> waiting = new ArrayDeque<>();
        private long demand;
        private volatile boolean cancelled;

        Sub(Flow.Subscriber<? super LiveChange<?>> subscriber) {
            this.subscriber = subscriber;
        }

        void offer(LiveChange<?> change) {
            if (cancelled) {
                return;
            }
            if (waiting.size() >= capacity) {
                waiting.pollFirst();
                dropped.incrementAndGet();
            }
            waiting.addLast(change);
            drain();
        }

        void drain() {
            while (!cancelled && demand > 0 && !waiting.isEmpty()) {
                demand--;
                LiveChange<?> next = waiting.pollFirst();
                try {
                    subscriber.onNext(next);
                } catch (Throwable t) { // Error included
                    failures.incrementAndGet();
                }
            }
        }

        void finish() {
            if (!cancelled) {
                cancelled = true;
                try {
                    subscriber.onComplete();
                } catch (Throwable t) {
                    failures.incrementAndGet();
                }
            }
        }

        @Override
        public void request(long n) {
            live.execute(() -> {
                if (n <= 0) {
                    cancelled = true;
                    subscribers.remove(this);
                    try {
                        subscriber.onError(new IllegalArgumentException("request(" + n + "): not positive (Flow rule 3.9)"));
                    } catch (Throwable t) {
                        failures.incrementAndGet();
                    }
                    return;
                }
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                drain();
            });
        }

        @Override
        public void cancel() {
            cancelled = true;
            subscribers.remove(this);
        }
    }
}
