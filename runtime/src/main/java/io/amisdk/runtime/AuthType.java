package io.amisdk.runtime;

/** How the client logs in. */
public enum AuthType {
    /** {@code Challenge} with {@code AuthType: MD5}, then {@code Key} = lower-case hex MD5 of challenge + secret. */
    MD5,
    /** The secret in plain text ({@code Secret} header); use only over TLS or loopback. */
    PLAIN,
    /** No login at all: for tests and tools that drive the login themselves. */
    NONE
}
