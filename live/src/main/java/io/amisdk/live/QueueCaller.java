package io.amisdk.live;

import java.time.Instant;

/**
 * A caller waiting in a queue.
 *
 * @param queue        the queue
 * @param uniqueId     the caller's channel unique ID
 * @param channel      the caller's channel name
 * @param position     1-based position: a join's Position (a caller of higher priority joins ahead), those behind moved
 *                     up by each leave; a join seen twice keeps the first place
 * @param callerIdNum  caller ID number
 * @param callerIdName caller ID name
 * @param joined       when it joined (for a listed caller: now minus its Wait)
 */
public record QueueCaller(String queue, String uniqueId, String channel, int position, String callerIdNum,
        String callerIdName, Instant joined) {
}
