package io.amisdk.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Turns received event messages into typed events by name, without reflection: each type
 * registers a factory. Names match case-insensitively (Asterisk sends {@code Newexten}, its docs
 * say {@code NewExten}). An unregistered name decodes to a {@link GenericEvent}.
 */
public final class EventDecoders {
    private final Map<String, Function<AmiMessage, ? extends AmiEvent>> byName = new ConcurrentHashMap<>();
    private final Map<String, Class<? extends AmiEvent>> typeByName = new ConcurrentHashMap<>();
    /** The documented name each registered type was first registered under (aliases come after it). */
    private final Map<Class<? extends AmiEvent>, String> nameByType = new ConcurrentHashMap<>();
    /**
     * Factories by the exact spelling seen on the wire, so that decode lowercases each spelling once,
     * not every event. Replaced (not cleared) on register, so a decode racing a register can only
     * fill the discarded map with a stale entry. Bounded: a peer inventing names cannot grow it forever.
     */
    private volatile Map<String, Function<AmiMessage, ? extends AmiEvent>> bySpelling = new ConcurrentHashMap<>();
    private static final int MAX_SPELLINGS = 4096;
    private static final Function<AmiMessage, GenericEvent> GENERIC = GenericEvent::new;
    /** Which provider registered each name (lower case), while {@link #installed()} runs the providers. */
    private final Map<String, EventDecoderProvider> providerByName = new ConcurrentHashMap<>();
    /** The provider now registering, or null for a registration by hand. */
    private EventDecoderProvider registering;

    /** Returns an empty registry: every event decodes to a {@link GenericEvent}. */
    public static EventDecoders empty() {
        return new EventDecoders();
    }

    /**
     * Returns a registry filled by every {@link EventDecoderProvider} on the class or module path.
     *
     * @throws IllegalStateException when two providers decode one event name to different classes — two SDKs
     *     on one class path (say a generated SDK and {@code amisdk-sdk}), whose typed listeners would silently
     *     never fire for one of them; the message names both classes
     */
    public static EventDecoders installed() {
        return of(ServiceLoader.load(EventDecoderProvider.class));
    }

    /** A registry filled by these providers, in order; as {@link #installed()}. */
    static EventDecoders of(Iterable<EventDecoderProvider> providers) {
        EventDecoders decoders = new EventDecoders();
        for (EventDecoderProvider provider : providers) {
            decoders.registering = provider;
            try {
                provider.registerDecoders(decoders);
            } finally {
                decoders.registering = null;
            }
        }
        return decoders;
    }

    /** Registers the factory for events of this name. */
    public <E extends AmiEvent> EventDecoders register(String eventName, Class<E> type,
            Function<AmiMessage, E> factory) {
        String key = eventName.toLowerCase(Locale.ROOT);
        if (registering != null) {
            EventDecoderProvider first = providerByName.putIfAbsent(key, registering);
            Class<? extends AmiEvent> firstType = typeByName.get(key);
            if (first != null && first != registering && firstType != null
                    && !firstType.getName().equals(type.getName())) {
                throw new IllegalStateException("two SDKs decode the event " + eventName + ": " + firstType.getName()
                        + " (from " + first.getClass().getName() + ") and " + type.getName() + " (from "
                        + registering.getClass().getName() + "); keep one SDK on the class path (a generated SDK"
                        + " and the published amisdk-sdk cannot be used together)");
            }
            if (first != null && first != registering) {
                return this; // the same SDK twice on the path: the first one's decoder stays
            }
        }
        byName.put(key, factory);
        typeByName.put(key, type);
        nameByType.putIfAbsent(type, eventName);
        bySpelling = new ConcurrentHashMap<>();
        return this;
    }

    /** The type registered for this event name, or {@link GenericEvent}. */
    public Class<? extends AmiEvent> typeOf(String eventName) {
        return eventName == null ? GenericEvent.class
                : typeByName.getOrDefault(eventName.toLowerCase(Locale.ROOT), GenericEvent.class);
    }

    /** The name this type was first registered under, or null when it was never registered. */
    public String nameOf(Class<? extends AmiEvent> type) {
        return nameByType.get(type);
    }

    /** Decodes a message that carries an {@code Event} header. */
    public AmiEvent decode(AmiMessage message) {
        String name = message.get("Event");
        return name == null ? new GenericEvent(message) : factoryFor(name).apply(message);
    }

    private Function<AmiMessage, ? extends AmiEvent> factoryFor(String name) {
        Map<String, Function<AmiMessage, ? extends AmiEvent>> cache = bySpelling;
        Function<AmiMessage, ? extends AmiEvent> factory = cache.get(name);
        if (factory == null) {
            factory = byName.get(name.toLowerCase(Locale.ROOT));
            if (factory == null) {
                factory = GENERIC;
            }
            if (cache.size() < MAX_SPELLINGS) {
                cache.put(name, factory);
            }
        }
        return factory;
    }

    /** How many event names have a registered type. */
    public int size() {
        return byName.size();
    }
}
