package io.amisdk.live;

import java.util.List;
import java.util.concurrent.Flow;

/** A subscriber that asks for everything and adds each item to a list the test reads. */
final class CollectingSubscriber<T> implements Flow.Subscriber<T> {
    private final List<? super T> items;

    CollectingSubscriber(List<? super T> items) {
        this.items = items;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
        items.add(item);
    }

    @Override
    public void onError(Throwable t) {
    }

    @Override
    public void onComplete() {
    }
}
