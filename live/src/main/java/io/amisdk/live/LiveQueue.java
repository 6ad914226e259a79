package io.amisdk.live;

import java.util.List;
import java.util.Map;

/**
 * A queue: parameters from the last QueueStatus, members and callers kept from events.
 *
 * @param name      the queue
 * @param strategy  the strategy (ringall, ...), null until listed
 * @param max       the maximum callers (0: none)
 * @param completed calls completed, as of the last QueueStatus (server totals are not counted from events: a
 *                  replayed event would count twice)
 * @param abandoned calls abandoned, as of the last QueueStatus
 * @param members   members by interface
 * @param callers   the callers waiting, in position order
 */
public record LiveQueue(String name, String strategy, int max, int completed, int abandoned,
        Map<String, QueueMember> members, List<QueueCaller> callers) {
    public LiveQueue {
        members = Map.copyOf(members);
        callers = List.copyOf(callers);
    }

    /** Callers waiting now. */
    public int calls() {
        return callers.size();
    }
}
