package io.amisdk.live;

import java.time.Instant;

/**
 * A caller waiting in a queue.
 *
 * @param queue        the queue
 * @param uniqueId     the caller's channel unique ID
 * @param channel      the caller's channel name
 * @param position     1-based position, computed from the order of arrival (so replaying a join or leave twice changes nothing)
 * @param callerIdNum  caller ID number
 * @param callerIdName caller ID name
 * @param joined       when it joined (for a listed caller: now minus its Wait)
 */
public record QueueCaller(String queue, String uniqueId, String channel, int position, String callerIdNum,
        String callerIdName, Instant joined) {
}
