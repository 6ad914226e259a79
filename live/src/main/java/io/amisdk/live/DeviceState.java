package io.amisdk.live;

/**
 * A device's state, as {@code DeviceStateChange} sends it.
 *
 * @param device the device ({@code PJSIP/100}, {@code Custom:ext200})
 * @param state  Asterisk's text: NOT_INUSE, INUSE, BUSY, INVALID, UNAVAILABLE, RINGING, RINGINUSE, ONHOLD, UNKNOWN
 */
public record DeviceState(String device, String state) {
}
