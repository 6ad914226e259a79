package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.Subscription;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every event the client delivers as a Spring application event, so an
 * {@code @EventListener void on(NewchannelEvent e)} method receives the SDK's typed event (the runtime decodes each
 * event to the class an SDK on the class path registered; events nobody registered arrive as
 * {@link io.amisdk.runtime.GenericEvent}, and a listener taking {@link AmiEvent} gets them all).
 *
 * <p>Listeners run one at a time, in the order of the events, on the client's listener thread: a slow listener
 * delays the next events (and, past the client's event queue, makes the overflow policy drop some). What a listener
 * throws goes back to the runtime, which counts it ({@code amisdk.listener.failures}), logs it and delivers the next
 * event: it never stops the client.
 */
public class AmiEventPublisher implements DisposableBean {
    private final Subscription subscription;

    public AmiEventPublisher(AmiClient client, ApplicationEventPublisher publisher) {
        this.subscription = client.onAnyEvent(event -> publisher.publishEvent((Object) event));
    }

    @Override
    public void destroy() {
        subscription.close();
    }
}
