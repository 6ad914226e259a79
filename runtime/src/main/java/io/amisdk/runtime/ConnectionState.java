package io.amisdk.runtime;

/** What a client's connection is doing; state listeners see every change. */
public enum ConnectionState {
    /** Opening the socket and reading the greeting. */
    CONNECTING,
    /** The greeting arrived; logging in. */
    CONNECTED,
    /** Logged in: actions can be sent. */
    LOGGED_IN,
    /** The connection was lost (a reconnect may follow). */
    DISCONNECTED,
    /** Waiting before the next connection attempt. */
    RECONNECTING,
    /** Closed for good, by {@link AmiClient#close()} or because reconnecting gave up. */
    CLOSED
}
