package io.amisdk.live;

import java.time.Instant;

/**
 * A parked call, keyed by the parkee's unique ID.
 *
 * @param uniqueId   the parked channel's unique ID
 * @param channel    the parked channel's name
 * @param lot        the parking lot
 * @param space      the parking space ({@code 701})
 * @param timeout    seconds until it times out, as announced
 * @param parkedAt   when this layer saw it parked (for a listed one: now minus its Duration)
 */
public record ParkedCall(String uniqueId, String channel, String lot, String space, int timeout, Instant parkedAt) {

    Object comparable() {
        return java.util.List.of(uniqueId, lot, space);
    }
}
