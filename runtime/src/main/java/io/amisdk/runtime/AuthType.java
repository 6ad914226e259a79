package io.amisdk.runtime;

/**
 * How the client logs in, and the value of Login's and Challenge's {@code AuthType} header. It is the SDK's one
 * {@code AuthType}: the generated Login and Challenge actions take and return it ({@link HeaderValues#toAuthType},
 * {@link HeaderValues#ofAuthType}).
 */
public enum AuthType {
    /** {@code Challenge} with {@code AuthType: MD5}, then {@code Key} = lower-case hex MD5 of challenge + secret. */
    MD5("MD5"),
    /** The secret in plain text ({@code Secret} header); use only over TLS or loopback. */
    PLAIN("plain"),
    /** No login at all: for tests and tools that drive the login themselves. Has no wire value. */
    NONE(null);

    private final String wireValue;

    AuthType(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The {@code AuthType} header's value as Asterisk reads it ({@code MD5}, {@code plain}), or null for {@link #NONE}. */
    public String wireValue() {
        return wireValue;
    }
}
