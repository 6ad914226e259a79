package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.GenericEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * After the scenarios, over every event any client of the suite received: each decoded to a typed
 * class (but those in {@code untyped-events.txt}), and each wire header of a typed event is returned
 * by one of its accessors (but those in {@code unmapped-event-headers.txt}) — both lists compared
 * exactly, so a new gap fails and a fixed one must be struck from the list.
 */
@RealServerTest
@Order(5)
@DisplayName("every event of the suite is typed, every wire header has an accessor")
class EventCoverageTest {
    /** AmiEvent's own accessors and Object's: they say nothing about a header. */
    private static final Set<String> NOT_ACCESSORS = Set.of("headers", "hashCode", "toString", "getClass");

    @Test
    @DisplayName("every event kind the server sent decoded to a typed class (or is listed in untyped-events.txt)")
    void everyEventIsTyped() {
        requireWholeSuite();
        Map<String, SeenEvents.Kind> kinds = SeenEvents.kinds();
        List<String> untyped = kinds.values().stream().filter(k -> k.type() == GenericEvent.class)
                .map(SeenEvents.Kind::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        long headers = kinds.values().stream().mapToLong(k -> k.headers().size()).sum();
        long count = kinds.values().stream().mapToLong(SeenEvents.Kind::count).sum();
        System.out.printf("[events] %d events of %d kinds (%d typed), %d distinct (event, header) pairs%n", count,
                kinds.size(), kinds.size() - untyped.size(), headers);
        System.out.println("[events] kinds: " + String.join(", ", kinds.keySet()));
        assertThat(untyped).as("event kinds that decoded to GenericEvent, against untyped-events.txt")
                .containsExactlyElementsOf(DataFile.lines("untyped-events.txt"));
    }

    @Test
    @DisplayName("every wire header of a typed event has an accessor (or is listed in unmapped-event-headers.txt)")
    void everyHeaderHasAnAccessor() throws Exception {
        requireWholeSuite();
        List<String> unmapped = new ArrayList<>();
        for (SeenEvents.Kind kind : SeenEvents.kinds().values()) {
            if (kind.type() == GenericEvent.class) {
                continue;
            }
            for (Map.Entry<String, String> header : kind.headers().entrySet()) {
                if (!anAccessorReturns(kind, header.getKey(), header.getValue())) {
                    unmapped.add(kind.name() + " | " + header.getKey());
                }
            }
        }
        unmapped.sort(String.CASE_INSENSITIVE_ORDER);
        assertThat(unmapped).as("(event | header) seen on the wire that no accessor returns, against unmapped-event-headers.txt")
                .containsExactlyElementsOf(DataFile.lines("unmapped-event-headers.txt"));
    }

    private static void requireWholeSuite() {
        assertThat(SeenEvents.classesRun()).as("the event checks need the scenarios of this run: run the whole suite")
                .contains(ActionSweepTest.class.getSimpleName(), CallScenariosTest.class.getSimpleName());
    }

    /**
     * Decodes a message holding only {@code Event} and this one header (with the value seen), and asks
     * every accessor of the class: the header is mapped when one of them returns a present value, or a
     * value other than it returns without the header (a primitive, an enum, a shared shape).
     */
    private static boolean anAccessorReturns(SeenEvents.Kind kind, String header, String value) throws Exception {
        if (header.equalsIgnoreCase("Event")) {
            return true; // eventName()
        }
        Method decode = kind.type().getMethod("decode", AmiMessage.class);
        Object without = decode.invoke(null, AmiMessage.builder().add("Event", kind.name()).build());
        Object with = decode.invoke(null, AmiMessage.builder().add("Event", kind.name()).add(header, value).build());
        if (differs(without, with, 0)) {
            return true;
        }
        // A 0 that means "none" (LastCall, LastPause: never) reads as empty by design: ask with 1 as well.
        return value.matches("0+") && differs(without,
                decode.invoke(null, AmiMessage.builder().add("Event", kind.name()).add(header, "1").build()), 0);
    }

    private static boolean differs(Object without, Object with, int depth) throws IllegalAccessException {
        for (Method m : with.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || NOT_ACCESSORS.contains(m.getName())
                    || m.getReturnType() == void.class || m.getName().equals("eventName")) {
                continue;
            }
            Object before;
            Object after;
            try {
                before = m.invoke(without);
                after = m.invoke(with);
            } catch (InvocationTargetException e) {
                continue; // an accessor must not throw; not this check's business
            }
            if (isPresent(after) && !java.util.Objects.equals(before, after)) {
                return true;
            }
            // a shared shape (a channel snapshot): ask its accessors too
            if (depth < 2 && before != null && after != null && after.getClass().getPackageName().startsWith("io.amisdk")
                    && !after.getClass().isEnum() && differs(before, after, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPresent(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Optional<?> o) {
            return o.isPresent();
        }
        if (value instanceof OptionalInt o) {
            return o.isPresent();
        }
        if (value instanceof OptionalLong o) {
            return o.isPresent();
        }
        if (value instanceof OptionalDouble o) {
            return o.isPresent();
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        // a shape is looked into by the caller; anything else (String, number, Boolean, enum) counts when it changed
        return !(value.getClass().getPackageName().startsWith("io.amisdk") && !value.getClass().isEnum());
    }
}
