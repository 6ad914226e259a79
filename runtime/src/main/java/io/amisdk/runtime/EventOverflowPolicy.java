package io.amisdk.runtime;

/**
 * What happens to an event when the listener queue is full. The reader never waits for listeners:
 * Asterisk drops a client that does not drain its socket within its 100 ms write timeout.
 */
public enum EventOverflowPolicy {
    /** Drop the arriving event, keep the queued ones. */
    DROP_NEWEST,
    /** Drop the oldest queued event to make room for the arriving one. */
    DROP_OLDEST
}
