package io.amisdk.live;

/**
 * The live layer's counters, a snapshot.
 *
 * @param eventsApplied     events the state applied
 * @param eventsIgnored     events of kinds the state does not follow (not an error)
 * @param unknownEntity     events about a channel, bridge, queue or conference the state did not know (it was created
 *                          where the event carries enough, else the event was skipped)
 * @param lateEvents        events about a channel already hung up (ignored: the retention keeps the tombstone)
 * @param badValues         header values that could not be read (a channel state that is not a number, ...)
 * @param resyncs           resyncs completed (the first one and one per reconnect)
 * @param reconciles        reconciles completed
 * @param driftFound        entities that differed from the server's lists in all reconciles
 * @param overflows         times a bound was reached (a table full, the event buffer full during a resync, the
 *                          live thread's queue full): each makes a resync follow
 * @param listenerFailures  exceptions (Errors included) thrown by change listeners, subscribers and hooks
 */
public record LiveCounters(long eventsApplied, long eventsIgnored, long unknownEntity, long lateEvents, long badValues,
        long resyncs, long reconciles, long driftFound, long overflows, long listenerFailures) {
}
