package io.amisdk.spring;

import io.amisdk.runtime.AmiClientHooks;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every {@link AmiClientHooks} bean of the context as the client's one hook. Each hears every call even when an
 * earlier one threw; the first failure is then rethrown, so the runtime counts and logs it as it does any hook's.
 */
final class CompositeClientHooks implements AmiClientHooks {
    private final List<AmiClientHooks> listeners;

    private CompositeClientHooks(List<AmiClientHooks> listeners) {
        this.listeners = listeners;
    }

    static AmiClientHooks of(List<AmiClientHooks> listeners) {
        return switch (listeners.size()) {
            case 0 -> AmiClientHooks.NONE;
            case 1 -> listeners.get(0);
            default -> new CompositeClientHooks(List.copyOf(listeners));
        };
    }

    private void each(Consumer<AmiClientHooks> call) {
        Throwable first = null;
        for (AmiClientHooks l : listeners) {
            try {
                call.accept(l);
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                } else {
                    first.addSuppressed(t);
                }
            }
        }
        if (first instanceof RuntimeException re) {
            throw re;
        }
        if (first instanceof Error e) {
            throw e;
        }
        if (first != null) {
            throw new IllegalStateException(first);
        }
    }

    @Override
    public void connectStart(String host, int port) { each(l -> l.connectStart(host, port)); }

    @Override
    public void connectEnd(String host, int port, String greeting, Duration took) { each(l -> l.connectEnd(host, port, greeting, took)); }

    @Override
    public void connectFailed(String host, int port, Throwable cause) { each(l -> l.connectFailed(host, port, cause)); }

    @Override
    public void loginEnd(Duration took) { each(l -> l.loginEnd(took)); }

    @Override
    public void loginFailed(Throwable cause) { each(l -> l.loginFailed(cause)); }

    @Override
    public void actionSent(String action, String actionId) { each(l -> l.actionSent(action, actionId)); }

    @Override
    public void actionAnswered(String action, String actionId, boolean error, Duration latency) {
        each(l -> l.actionAnswered(action, actionId, error, latency));
    }

    @Override
    public void listCompleted(String action, String actionId, int items, Duration latency) {
        each(l -> l.listCompleted(action, actionId, items, latency));
    }

    @Override
    public void actionFailed(String action, String actionId, Throwable cause) { each(l -> l.actionFailed(action, actionId, cause)); }

    @Override
    public void eventDropped(String eventName) { each(l -> l.eventDropped(eventName)); }

    @Override
    public void listenerFailed(Throwable cause) { each(l -> l.listenerFailed(cause)); }

    @Override
    public void keepaliveLost(Duration timeout) { each(l -> l.keepaliveLost(timeout)); }

    @Override
    public void connectionLost(Throwable cause) { each(l -> l.connectionLost(cause)); }

    @Override
    public void reconnectScheduled(int attempt, Duration delay) { each(l -> l.reconnectScheduled(attempt, delay)); }

    @Override
    public void reconnected(long reconnects) { each(l -> l.reconnected(reconnects)); }

    @Override
    public void closed() { each(l -> l.closed()); }
}
