package io.amisdk.runtime;

/**
 * What the client does before sending an action that the server lacks: one its Asterisk line does not have, or a
 * header of it ({@link AmiAction#availableIn()}); one that came in a later version of the server's line
 * ({@link AmiAction#since()}); one whose module the server has not loaded ({@link AmiAction#providedBy()}, asked
 * with {@code ModuleCheck} once per module and login). The version is learnt after each login from
 * {@code CoreSettings}' {@code AsteriskVersion}; only a policy other than {@link #IGNORE} asks either.
 */
public enum LinePolicy {
    /** Send everything; ask the server nothing (the default: no extra action after login). */
    IGNORE,
    /** Send it, and log a warning once per action (or action and header, or action and module). */
    WARN,
    /** Fail the action's future with {@link AmiUnavailableException}; nothing is sent. */
    FAIL
}
