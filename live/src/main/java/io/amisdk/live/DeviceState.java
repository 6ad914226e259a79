package io.amisdk.live;

/**
 * A device's state, as {@code DeviceStateChange} sends it.
 *
 * @param device the device ({@code PJSIP/100}, {@code Custom:ext200})
 * @param state  its state ({@link DeviceStatus#UNRECOGNIZED} for a text this version does not know)
 */
public record DeviceState(String device, DeviceStatus state) {
}
