package io.amisdk.runtime;

import java.time.Duration;

/**
 * Hooks for metrics and tracing, in the style of okhttp's {@code EventListener}: every method has
 * an empty default, so implement only what you measure. Called on the runtime's own threads (the
 * reader, the timer, the sender's thread for {@link #actionSent}); keep them quick and never block.
 * What a hook throws is caught, counted ({@link AmiClient#hookFailureCount()}) and logged once; it never disturbs
 * the client. (Named hooks, not listeners: listeners are what {@code AmiClient.onEvent} and {@code onStateChange} take.)
 *
 * <p>For one action: {@code actionSent}, then {@code actionAnswered} (or {@code listCompleted} for a
 * list) or {@code actionFailed}. For one connection: {@code connectStart}, {@code connectEnd} or
 * {@code connectFailed}, {@code loginEnd} or {@code loginFailed}, then, when it goes,
 * {@code connectionLost} (after {@code keepaliveLost} if that was why), {@code reconnectScheduled},
 * and the next {@code connectStart}.
 */
public interface AmiClientHooks {
    /** Hooks that do nothing (the default). */
    AmiClientHooks NONE = new AmiClientHooks() {
    };

    /** A TCP (and TLS) connection is being opened. */
    default void connectStart(String host, int port) {
    }

    /** The connection is open and the greeting arrived. */
    default void connectEnd(String host, int port, String greeting, Duration took) {
    }

    /** No connection (or no greeting) could be had. */
    default void connectFailed(String host, int port, Throwable cause) {
    }

    /** Logged in; {@code took} counts from connectStart. */
    default void loginEnd(Duration took) {
    }

    /** The login was refused or failed. */
    default void loginFailed(Throwable cause) {
    }

    /** An action was queued for writing. */
    default void actionSent(String action, String actionId) {
    }

    /** An action was answered ({@code error}: with {@code Response: Error}), {@code latency} after it was sent. */
    default void actionAnswered(String action, String actionId, boolean error, Duration latency) {
    }

    /** A list action's list completed with {@code items} items. */
    default void listCompleted(String action, String actionId, int items, Duration latency) {
    }

    /** An action failed without an answer: timeout, lost connection, a bound reached. */
    default void actionFailed(String action, String actionId, Throwable cause) {
    }

    /** The overflow policy dropped an event (a listener or a Flow subscriber was too slow). */
    default void eventDropped(String eventName) {
    }

    /** A listener, subscriber or callback threw; it is counted and delivery goes on. */
    default void listenerFailed(Throwable cause) {
    }

    /**
     * A keepalive Ping went unanswered within the timeout, or could not be sent for that long because a bound
     * was full (a stalled server fills them); the connection is declared lost.
     */
    default void keepaliveLost(Duration timeout) {
    }

    /** The connection was lost (or declared lost); pending actions fail with {@code cause}. */
    default void connectionLost(Throwable cause) {
    }

    /** A reconnect attempt ({@code attempt} 0 for the first after a loss) will start after {@code delay}. */
    default void reconnectScheduled(int attempt, Duration delay) {
    }

    /** Logged in again after a loss; {@code reconnects} counts them. */
    default void reconnected(long reconnects) {
    }

    /** The client is closed for good. */
    default void closed() {
    }
}
