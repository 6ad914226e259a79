package io.amisdk.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What {@link AmiClient}'s sending methods do, which its Javadoc describes: each {@code send*} submits the action
 * to the {@link ClientSession} with what its answer is made into ({@link Answers}); each {@code call*} waits for
 * one of them ({@link Blocking}); {@code setEventMask} sends {@code Events} and remembers the mask.
 */
final class ActionSender {
    private final AmiClientConfig config;
    private final ClientSession session;
    private final Answers answers;

    ActionSender(AmiClientConfig config, ClientSession session) {
        this.config = config;
        this.session = session;
        this.answers = new Answers(config.eventDecoders());
    }

    private Duration actionTimeout() {
        return config.timeouts().actionTimeout();
    }

    <R extends AmiResponse> CompletableFuture<R> send(AmiAction<R> action) {
        Objects.requireNonNull(action, "action");
        return session.submit(action, PendingAction.Kind.RESPONSE, null, actionTimeout(), Answers.response(action));
    }

    CompletableFuture<AmiListResponse<AmiEvent>> sendList(AmiAction<?> action) {
        if (action instanceof AmiListAction<?> list) {
            return sendList(list).thenApply(Answers::widen);
        }
        return session.submit(action, PendingAction.Kind.LIST, null, actionTimeout(), answers.list(AmiEvent.class, null));
    }

    <I extends AmiEvent> CompletableFuture<AmiListResponse<I>> sendList(AmiListAction<I> action) {
        Objects.requireNonNull(action, "action");
        return session.submit(action, PendingAction.Kind.LIST, action.completionEventName(), actionTimeout(),
                answers.list(action.itemType(), action));
    }

    CompletableFuture<AmiEvent> sendAndAwaitEvent(AmiAction<?> action, String eventName, Duration timeout) {
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return session.submit(action, PendingAction.Kind.EVENT, eventName, timeout, answers.event(action));
    }

    /** The event named by its class: the name it is registered under with the event decoders, else its EVENT_NAME. */
    <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, Class<E> type, Duration timeout) {
        Objects.requireNonNull(type, "type");
        String eventName;
        try {
            eventName = EventNames.of(type, config.eventDecoders());
        } catch (IllegalArgumentException e) {
            return session.unsent(action, new AmiInvalidActionException(e.getMessage(), e));
        }
        return sendAndAwaitEvent(action, eventName, type, timeout);
    }

    <E extends AmiEvent> CompletableFuture<E> sendAndAwaitEvent(AmiAction<?> action, String eventName, Class<E> type,
            Duration timeout) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(timeout, "timeout");
        return session.submit(action, PendingAction.Kind.EVENT, eventName, timeout,
                answers.event(action, type, eventName));
    }

    /** Waits for a send's future, bounded by {@code timeout} and the waits before it was written. */
    <T> T call(CompletableFuture<T> sent, Duration timeout, AmiAction<?> action) {
        return Blocking.await(sent, timeout, config.timeouts(), action);
    }

    <T> T call(CompletableFuture<T> sent, AmiAction<?> action) {
        return call(sent, actionTimeout(), action);
    }

    CompletableFuture<AmiResponse> setEventMask(EventMask mask) {
        Objects.requireNonNull(mask, "mask");
        return send(GenericAction.of("Events").header("EventMask", mask.wireValue())).thenApply(response -> {
            if (response.isSuccess()) {
                session.eventMask(mask);
            }
            return response;
        });
    }

    CompletableFuture<AmiResponse> setEventMask(String mask) {
        EventMask parsed;
        try {
            parsed = EventMask.parse(mask);
        } catch (IllegalArgumentException e) {
            return session.unsent(GenericAction.of("Events"), new AmiInvalidActionException(e.getMessage(), e));
        }
        return setEventMask(parsed);
    }
}
