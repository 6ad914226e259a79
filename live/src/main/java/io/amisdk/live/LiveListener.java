package io.amisdk.live;

import java.time.Duration;

/**
 * Observability hooks of the live layer (all optional). Called on the live thread; whatever they throw is caught and
 * counted ({@link LiveCounters#listenerFailures()}).
 */
public interface LiveListener {
    /** A resync (after a (re)connect) or a reconcile finished: how long it took and how many entities differed. */
    default void synced(boolean reconcile, int differences, Duration took) {
    }

    /**
     * A reconcile found the kept state differed from the server's lists ({@code count} entities of this kind), and
     * fixed it.
     */
    default void drift(LiveChange.Kind kind, int count) {
    }

    /** An input the state could not apply as it was (counted in {@link LiveCounters}): what and the event's name. */
    default void badInput(String what, String eventName) {
    }
}
