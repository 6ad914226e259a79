package io.amisdk.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The event name of an event class, for {@code sendAndAwaitEvent(action, OriginateResponseEvent.class)}:
 * the name it was registered under with {@link EventDecoders#register}, else its
 * {@code public static final String EVENT_NAME} (every generated event class has one), read once per class.
 */
final class EventNames {
    private static final ClassValue<String> DECLARED = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            try {
                Field field = type.getField("EVENT_NAME");
                int m = field.getModifiers();
                if (Modifier.isStatic(m) && field.getType() == String.class) {
                    return (String) field.get(null);
                }
            } catch (NoSuchFieldException | IllegalAccessException | SecurityException e) {
                // no usable constant: the caller says so
            }
            return null;
        }
    };

    private EventNames() {
    }

    static String of(Class<? extends AmiEvent> type, EventDecoders decoders) {
        String registered = decoders.nameOf(type);
        if (registered != null) {
            return registered;
        }
        String declared = DECLARED.get(type);
        if (declared == null) {
            throw new IllegalArgumentException(type.getName() + " names no event: it is not registered with the "
                    + "EventDecoders and has no public static final String EVENT_NAME");
        }
        return declared;
    }
}
