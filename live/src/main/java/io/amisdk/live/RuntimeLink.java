package io.amisdk.live;

import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The one place this module touches the runtime's API (so that a rename there is a change here only). Events are
 * read by name and header through {@link AmiEvent#headers()}, whatever class decoded them: the published SDK's,
 * one generated into the user's package, or {@link io.amisdk.runtime.GenericEvent}.
 */
final class RuntimeLink implements AmiLink {
    private final AmiClient client;
    private final List<Subscription> subscriptions = new ArrayList<>();

    RuntimeLink(AmiClient client) {
        this.client = client;
    }

    static ServerEvent msg(AmiEvent event) {
        AmiMessage m = event.headers();
        return new ServerEvent(event.eventName(), m::get);
    }

    private static ServerEvent msg(AmiMessage m) {
        return new ServerEvent(m.get("Event"), m::get);
    }

    @Override
    public synchronized void subscribe(Consumer<ServerEvent> events, Consumer<Boolean> loggedIn, Runnable lost) {
        subscriptions.add(client.onAnyEvent(e -> events.accept(msg(e))));
        subscriptions.add(client.onStateChange(state -> {
            if (state == ConnectionState.LOGGED_IN) {
                loggedIn.accept(false);
            } else if (state == ConnectionState.DISCONNECTED || state == ConnectionState.CLOSED) {
                lost.run();
            }
        }));
        if (client.state() == ConnectionState.LOGGED_IN) {
            loggedIn.accept(true);
        }
    }

    @Override
    public boolean loggedIn() {
        return client.state() == ConnectionState.LOGGED_IN;
    }

    @Override
    public CompletableFuture<ListResult> list(String action, Map<String, String> headers) {
        return client.sendList(action(action, null, headers)).handle((response, failure) -> {
            if (failure == null) {
                List<ServerEvent> items = new ArrayList<>(response.items().size());
                for (AmiEvent item : response.items()) {
                    items.add(msg(item));
                }
                return ListResult.ok(items);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            if (cause instanceof AmiActionFailedException refused) {
                return ListResult.error(refused.response().message());
            }
            throw new CompletionException(cause);
        });
    }

    @Override
    public CompletableFuture<ServerEvent> send(String action, String actionId, Map<String, String> headers) {
        return client.send(action(action, actionId, headers)).thenApply(response -> msg(response.headers()));
    }

    private static GenericAction action(String name, String actionId, Map<String, String> headers) {
        GenericAction a = GenericAction.of(name);
        if (actionId != null) {
            a = a.actionId(actionId);
        }
        for (Map.Entry<String, String> h : headers.entrySet()) {
            a = a.header(h.getKey(), h.getValue());
        }
        return a;
    }

    @Override
    public synchronized void close() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
    }
}
