package io.amisdk.live;

import java.util.Map;

/**
 * A ConfBridge conference.
 *
 * @param name         the conference name
 * @param locked       locked (as of the last list or Lock/Unlock event)
 * @param participants participants by channel unique ID
 */
public record Conference(String name, boolean locked, Map<String, Participant> participants) {
    public Conference {
        participants = Map.copyOf(participants);
    }
}
