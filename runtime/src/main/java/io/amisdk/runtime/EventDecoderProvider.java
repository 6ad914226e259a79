package io.amisdk.runtime;

/**
 * Service-provider interface through which a generated SDK hands the runtime its typed event
 * decoders; found with {@link java.util.ServiceLoader}.
 */
public interface EventDecoderProvider {
    /** Registers one decoder per event type this provider knows. */
    void registerDecoders(EventDecoders decoders);
}
