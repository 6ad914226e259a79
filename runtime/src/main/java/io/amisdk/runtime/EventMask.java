package io.amisdk.runtime;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Which events a manager session receives: {@link #ON} (every class its user may read), {@link #OFF} (none), or a
 * set of {@link EventClass}es, written as Asterisk reads it in Login's {@code Events} and the Events action's
 * {@code EventMask} ({@code on}, {@code off}, {@code system,call,log}).
 */
public final class EventMask {
    /** Every event the user may read ({@code on}). */
    public static final EventMask ON = new EventMask("on", Set.of());
    /** No events at all ({@code off}); actions still answer. */
    public static final EventMask OFF = new EventMask("off", Set.of());

    private final String wireValue;
    private final Set<EventClass> classes;

    private EventMask(String wireValue, Set<EventClass> classes) {
        this.wireValue = wireValue;
        this.classes = classes;
    }

    /** Only the events of these classes, e.g. {@code EventMask.of(EventClass.CALL, EventClass.AGENT)}. */
    public static EventMask of(EventClass first, EventClass... more) {
        EnumSet<EventClass> set = EnumSet.of(Objects.requireNonNull(first, "first"), more);
        return of(set);
    }

    /** Only the events of these classes; an empty set is {@link #OFF}. */
    public static EventMask of(Collection<EventClass> classes) {
        if (classes.isEmpty()) {
            return OFF;
        }
        EnumSet<EventClass> set = EnumSet.copyOf(classes);
        StringJoiner wire = new StringJoiner(",");
        set.forEach(c -> wire.add(c.wireName()));
        return new EventMask(wire.toString(), Collections.unmodifiableSet(set));
    }

    /**
     * Reads a mask as Asterisk does ({@code strings_to_mask}): {@code on}/{@code yes}/{@code true} and the like are
     * {@link #ON}, {@code off}/{@code no}/{@code false} are {@link #OFF}, else a comma-separated list of classes.
     *
     * @throws IllegalArgumentException naming the part that is no event class
     */
    public static EventMask parse(String value) {
        String v = Objects.requireNonNull(value, "value").trim();
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "on": case "yes": case "true": case "y": case "t": case "1":
                return ON;
            case "off": case "no": case "false": case "n": case "f": case "0":
                return OFF;
            default:
                break;
        }
        EnumSet<EventClass> set = EnumSet.noneOf(EventClass.class);
        for (String part : v.split(",")) {
            EventClass c = EventClass.fromWireName(part);
            if (c == null) {
                throw new IllegalArgumentException("not an Asterisk event class: '" + part.trim()
                        + "' in event mask '" + v + "'");
            }
            set.add(c);
        }
        return of(set);
    }

    /** The classes this mask names; empty for {@link #ON} and {@link #OFF}. */
    public Set<EventClass> classes() {
        return classes;
    }

    /** The value as sent, e.g. {@code on} or {@code system,call}. */
    public String wireValue() {
        return wireValue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventMask && ((EventMask) o).wireValue.equals(wireValue);
    }

    @Override
    public int hashCode() {
        return wireValue.hashCode();
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
