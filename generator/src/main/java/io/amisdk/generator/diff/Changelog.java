package io.amisdk.generator.diff;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed from one Asterisk line's AMI to another's, as a person planning an upgrade reads it:
 * actions and events added, removed and changed; for a changed one, its headers (parameters or fields)
 * added, removed, and changed in their required flag, their type or their enum values. Names are sorted
 * ignoring case (then exactly), so the same two models always give the same changelog. Text is not
 * compared: the docs' wording changes between lines without changing the protocol.
 *
 * @param from    the older side's label, e.g. {@code 20}
 * @param to      the newer side's label, e.g. {@code 22}
 * @param actions what changed among the actions
 * @param events  what changed among the events
 */
public record Changelog(String from, String to, Section actions, Section events) {
    /** Names in changelog order: ignoring case, then exactly. */
    static final Comparator<String> ORDER = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    public Changelog {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(events, "events");
    }

    /**
     * One kind of entry (actions or events).
     *
     * @param added   names only the newer side has, sorted
     * @param removed names only the older side has, sorted
     * @param changed entries both have that differ, sorted by name
     */
    public record Section(List<String> added, List<String> removed, List<EntryChange> changed) {
        public Section {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }

        /** Whether nothing changed. */
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }
    }

    /**
     * One action or event both sides have, and how it differs.
     *
     * @param name           its name
     * @param deprecation    the newer side's deprecation versions when they differ from the older side's
     *                       (empty list: no longer deprecated), or null when unchanged
     * @param headersAdded   parameters or fields only the newer side has, sorted
     * @param headersRemoved parameters or fields only the older side has, sorted
     * @param headersChanged parameters or fields both have that differ, sorted by name
     */
    public record EntryChange(String name, List<String> deprecation, List<String> headersAdded,
            List<String> headersRemoved, List<HeaderChange> headersChanged) {
        public EntryChange {
            Objects.requireNonNull(name, "name");
            deprecation = deprecation == null ? null : List.copyOf(deprecation);
            headersAdded = List.copyOf(headersAdded);
            headersRemoved = List.copyOf(headersRemoved);
            headersChanged = List.copyOf(headersChanged);
        }
    }

    /**
     * One parameter or field both sides have, and how it differs; an aspect that did not change is null
     * (or an empty list).
     *
     * @param name          the header name, as the newer side spells it
     * @param formerSpelling the older side's spelling when it differs only in case (headers are matched
     *                      ignoring case, as Asterisk reads them), or null
     * @param required      the newer side's required flag when it flipped, or null
     * @param typeFrom      the older side's type ({@link #describe(HeaderType)}) when the type changed, or null
     * @param typeTo        the newer side's type when the type changed, or null
     * @param valuesAdded   enum values only the newer side documents, in its order
     * @param valuesRemoved enum values only the older side documents, in its order
     */
    public record HeaderChange(String name, String formerSpelling, Boolean required, String typeFrom, String typeTo,
            List<String> valuesAdded, List<String> valuesRemoved) {
        public HeaderChange {
            Objects.requireNonNull(name, "name");
            valuesAdded = List.copyOf(valuesAdded);
            valuesRemoved = List.copyOf(valuesRemoved);
        }
    }

    /**
     * Counts for the summary line.
     *
     * @param actionsAdded   actions the newer side adds
     * @param actionsRemoved actions it drops
     * @param actionsChanged actions both have that differ
     * @param eventsAdded    events it adds
     * @param eventsRemoved  events it drops
     * @param eventsChanged  events both have that differ
     * @param parametersAdded parameters added to actions both have
     * @param parametersRemoved parameters removed from actions both have
     * @param fieldsAdded    fields added to events both have
     * @param fieldsRemoved  fields removed from events both have
     * @param valuesAdded    enum values added to headers both have
     * @param valuesRemoved  enum values removed from headers both have
     * @param requiredFlips  headers whose required flag flipped
     * @param typeChanges    headers whose type changed
     */
    public record Counts(int actionsAdded, int actionsRemoved, int actionsChanged, int eventsAdded,
            int eventsRemoved, int eventsChanged, int parametersAdded, int parametersRemoved, int fieldsAdded,
            int fieldsRemoved, int valuesAdded, int valuesRemoved, int requiredFlips, int typeChanges) {
    }

    /** The changelog from {@code older} to {@code newer}, labelled by their Asterisk lines (or sources). */
    public static Changelog between(AmiModel older, AmiModel newer) {
        return between(label(older), older, label(newer), newer);
    }

    /** The changelog from {@code older} to {@code newer}, with these labels. */
    public static Changelog between(String fromLabel, AmiModel older, String toLabel, AmiModel newer) {
        Section actions = section(byName(older.actions(), ActionDef::name), byName(newer.actions(), ActionDef::name),
                (a, b) -> entry(a.name(), a.deprecatedIn(), b.deprecatedIn(), a.parameters(), b.parameters()));
        Section events = section(byName(older.events(), EventDef::name), byName(newer.events(), EventDef::name),
                (a, b) -> entry(a.name(), a.deprecatedIn(), b.deprecatedIn(), a.fields(), b.fields()));
        return new Changelog(fromLabel, toLabel, actions, events);
    }

    /** The counts of this changelog. */
    public Counts counts() {
        int[] actionHeaders = headerCounts(actions);
        int[] eventHeaders = headerCounts(events);
        return new Counts(actions.added().size(), actions.removed().size(), actions.changed().size(),
                events.added().size(), events.removed().size(), events.changed().size(),
                actionHeaders[0], actionHeaders[1], eventHeaders[0], eventHeaders[1],
                actionHeaders[2] + eventHeaders[2], actionHeaders[3] + eventHeaders[3],
                actionHeaders[4] + eventHeaders[4], actionHeaders[5] + eventHeaders[5]);
    }

    /** Whether the two sides agree on everything compared. */
    public boolean isEmpty() {
        return actions.isEmpty() && events.isEmpty();
    }

    /**
     * A header type as a changelog names it: {@code text}, {@code integer}, {@code boolean (yes/no)},
     * {@code duration (seconds)}, {@code enum ChannelState}; the rule that gave it is not part of it.
     */
    public static String describe(HeaderType type) {
        String kind = type.kind().name().toLowerCase(java.util.Locale.ROOT);
        return switch (type.kind()) {
            case DURATION -> kind + " (" + type.unit().name().toLowerCase(java.util.Locale.ROOT) + ")";
            case BOOLEAN -> kind + " (" + type.spelling().name().toLowerCase(java.util.Locale.ROOT).replace('_', '/')
                    + ")";
            case ENUM -> type.sharedEnum() == null ? kind : kind + " " + type.sharedEnum();
            default -> kind;
        };
    }

    private static int[] headerCounts(Section section) {
        int[] c = new int[6];
        for (EntryChange e : section.changed()) {
            c[0] += e.headersAdded().size();
            c[1] += e.headersRemoved().size();
            for (HeaderChange h : e.headersChanged()) {
                c[2] += h.valuesAdded().size();
                c[3] += h.valuesRemoved().size();
                c[4] += h.required() != null ? 1 : 0;
                c[5] += h.typeTo() != null ? 1 : 0;
            }
        }
        return c;
    }

    private static String label(AmiModel model) {
        return model.asteriskLine() != null ? model.asteriskLine() : model.source();
    }

    private static <T> Map<String, T> byName(List<T> defs, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        for (T d : defs) {
            out.putIfAbsent(name.apply(d), d);
        }
        return out;
    }

    private static <T> Section section(Map<String, T> older, Map<String, T> newer,
            java.util.function.BiFunction<T, T, EntryChange> compare) {
        TreeSet<String> names = new TreeSet<>(ORDER);
        names.addAll(older.keySet());
        names.addAll(newer.keySet());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<EntryChange> changed = new ArrayList<>();
        for (String name : names) {
            T a = older.get(name);
            T b = newer.get(name);
            if (a == null) {
                added.add(name);
            } else if (b == null) {
                removed.add(name);
            } else {
                EntryChange c = compare.apply(a, b);
                if (c != null) {
                    changed.add(c);
                }
            }
        }
        return new Section(added, removed, changed);
    }

    private static EntryChange entry(String name, List<String> deprecatedA, List<String> deprecatedB,
            List<ParameterDef> older, List<ParameterDef> newer) {
        // Asterisk reads header names ignoring case: MixMonitor's "options" of 18 is master's "Options".
        Map<String, ParameterDef> a = byName(older, p -> p.name().toLowerCase(java.util.Locale.ROOT));
        Map<String, ParameterDef> b = byName(newer, p -> p.name().toLowerCase(java.util.Locale.ROOT));
        TreeSet<String> names = new TreeSet<>(ORDER);
        names.addAll(a.keySet());
        names.addAll(b.keySet());
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<HeaderChange> changed = new ArrayList<>();
        for (String header : names) {
            ParameterDef pa = a.get(header);
            ParameterDef pb = b.get(header);
            if (pa == null) {
                added.add(pb.name());
            } else if (pb == null) {
                removed.add(pa.name());
            } else {
                HeaderChange c = header(pa, pb);
                if (c != null) {
                    changed.add(c);
                }
            }
        }
        List<String> deprecation = deprecatedA.equals(deprecatedB) ? null : deprecatedB;
        if (deprecation == null && added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            return null;
        }
        return new EntryChange(name, deprecation, added, removed, changed);
    }

    private static HeaderChange header(ParameterDef a, ParameterDef b) {
        Boolean required = a.required() == b.required() ? null : b.required();
        String typeA = describe(a.type());
        String typeB = describe(b.type());
        boolean typeChanged = !typeA.equals(typeB);
        List<String> valuesA = a.values().stream().map(EnumValue::name).toList();
        List<String> valuesB = b.values().stream().map(EnumValue::name).toList();
        List<String> valuesAdded = valuesB.stream().filter(v -> !valuesA.contains(v)).toList();
        List<String> valuesRemoved = valuesA.stream().filter(v -> !valuesB.contains(v)).toList();
        String formerSpelling = a.name().equals(b.name()) ? null : a.name();
        if (formerSpelling == null && required == null && !typeChanged && valuesAdded.isEmpty()
                && valuesRemoved.isEmpty()) {
            return null;
        }
        return new HeaderChange(b.name(), formerSpelling, required, typeChanged ? typeA : null, typeChanged ? typeB : null,
                valuesAdded, valuesRemoved);
    }
}
