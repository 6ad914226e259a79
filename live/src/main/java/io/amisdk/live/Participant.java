package io.amisdk.live;

/**
 * A ConfBridge participant.
 *
 * @param conference the conference name
 * @param uniqueId   the participant's channel unique ID
 * @param channel    the channel name
 * @param admin      admin user
 * @param muted      muted
 * @param talking    talking (only known when the conference sends talk detection events)
 */
public record Participant(String conference, String uniqueId, String channel, boolean admin, boolean muted,
        boolean talking) {

    Object comparable() {
        return java.util.List.of(conference, uniqueId, admin, muted);
    }
}
