package io.amisdk.runtime;

/**
 * What the client does before sending an action, or a header, that the server's Asterisk line does not have
 * ({@link AmiAction#availableIn()}): the line is learnt after each login from {@code CoreSettings}'
 * {@code AsteriskVersion}, which only a policy other than {@link #IGNORE} sends.
 */
public enum LinePolicy {
    /** Send everything; ask the server nothing (the default: no extra action after login). */
    IGNORE,
    /** Send it, and log a warning once per action (or action and header). */
    WARN,
    /** Fail the action's future with {@link AmiUnavailableException}; nothing is sent. */
    FAIL
}
