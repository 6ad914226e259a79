package io.amisdk.generator.link.types;

import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One header, one type across a family of events. A family is every event whose name starts with the same word
 * ({@code QueueMemberAdded}, {@code QueueMemberStatus}, {@code QueueMember} are {@code Queue}; {@code ParkedCall},
 * {@code ParkedCallGiveUp} are {@code Parked}). Where the same header (ignoring case; snapshot fields count) is
 * typed on some events of a family and text or typed otherwise on others, every occurrence takes one type, by
 * rule: the type most of its typed occurrences have; on a tie an enum shared with other headers, then the kind
 * declared first in {@link Kind}, then the alphabetically first event's. Each changed header records
 * {@link Rule#FAMILY} and a reason naming the disagreement, which {@code model --coverage} lists.
 * An enum only nested in one event (no shared enum) is not carried to another event; a snapshot's field, a header
 * documented with its own enum values and a user's overlay keep their type — but a header whose own values are all
 * values of the family's shared enum takes that enum (one header, one type).
 */
final class FamilyTypes {
    private FamilyTypes() {
    }

    /** Unifies the headers' types in place. */
    static void unify(List<EventDef> events) {
        Map<String, List<int[]>> groups = new TreeMap<>();
        for (int e = 0; e < events.size(); e++) {
            List<ParameterDef> fields = events.get(e).fields();
            String family = family(events.get(e).name());
            for (int f = 0; f < fields.size(); f++) {
                ParameterDef h = fields.get(f);
                groups.computeIfAbsent(family + "\u0000" + h.name().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(new int[] {e, f});
            }
        }
        for (Map.Entry<String, List<int[]>> g : groups.entrySet()) {
            unify(events, g.getKey().substring(0, g.getKey().indexOf('\u0000')), g.getValue());
        }
    }

    private static void unify(List<EventDef> events, String family, List<int[]> occurrences) {
        Map<HeaderType, List<String>> byType = new LinkedHashMap<>();
        for (int[] o : occurrences) {
            HeaderType t = events.get(o[0]).fields().get(o[1]).type();
            byType.computeIfAbsent(key(t), k -> new ArrayList<>()).add(events.get(o[0]).name());
        }
        if (byType.size() < 2) {
            return;
        }
        HeaderType winner = null;
        for (HeaderType t : byType.keySet()) {
            if (t.isTyped() && (t.kind() != Kind.ENUM || t.sharedEnum() != null) && better(t, winner, byType)) {
                winner = t;
            }
        }
        if (winner == null) {
            return;
        }
        ParameterDef model = null;
        for (int[] o : occurrences) {
            ParameterDef h = events.get(o[0]).fields().get(o[1]);
            if (key(h.type()).equals(winner) && (model == null || h.values().size() > model.values().size())) {
                model = h;
            }
        }
        List<String> seen = new ArrayList<>();
        byType.forEach((t, owners) -> seen.add(describe(t) + " on " + owners.size()));
        String reason = "family " + family + "*: " + String.join(", ", seen) + "; " + describe(winner)
                + " has the most typed occurrences";
        HeaderType unified = winner.because(Rule.FAMILY, reason);
        for (int[] o : occurrences) {
            EventDef e = events.get(o[0]);
            ParameterDef h = e.fields().get(o[1]);
            if (key(h.type()).equals(winner) || h.shape() != null || h.type().rule() == Rule.USER_OVERLAY
                    || h.type().kind() == Kind.ENUM && !narrowerThan(h, winner, model)) {
                // A snapshot's field has its shape's type, a user's own type stays, an enum keeps its own values;
                // the shipped overlay follows the family like the docs' rules.
                continue;
            }
            ParameterDef typed = h.withType(unified);
            if (winner.kind() == Kind.ENUM) {
                typed = typed.withValues(model.values());
            }
            List<ParameterDef> fields = new ArrayList<>(e.fields());
            fields.set(o[1], typed);
            events.set(o[0], e.withFields(fields));
        }
    }

    /**
     * Whether a header's own enum documents only values of the family's shared enum ({@code FAXStatus}'s Operation:
     * gateway, receive; the FAX family's {@code FaxOperation} has those and more): then it is that shared enum.
     */
    private static boolean narrowerThan(ParameterDef h, HeaderType winner, ParameterDef model) {
        if (winner.kind() != Kind.ENUM || winner.sharedEnum() == null || h.type().sharedEnum() != null
                || h.values().isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>();
        model.values().forEach(v -> shared.add(v.name().toLowerCase(Locale.ROOT)));
        return h.values().stream().allMatch(v -> shared.contains(v.name().toLowerCase(Locale.ROOT)));
    }

    private static boolean better(HeaderType t, HeaderType best, Map<HeaderType, List<String>> byType) {
        if (best == null) {
            return true;
        }
        int c = Integer.compare(byType.get(t).size(), byType.get(best).size());
        if (c != 0) {
            return c > 0;
        }
        boolean shared = t.sharedEnum() != null;
        if (shared != (best.sharedEnum() != null)) {
            return shared;
        }
        return t.kind().ordinal() < best.kind().ordinal();
    }

    /** The type without why: two headers typed alike by different rules agree. */
    private static HeaderType key(HeaderType t) {
        return t.because(Rule.NONE, null);
    }

    private static String describe(HeaderType t) {
        String kind = t.kind().name().toLowerCase(Locale.ROOT);
        if (t.sharedEnum() != null) {
            return kind + " " + t.sharedEnum();
        }
        return t.unit() == null ? kind : kind + " (" + t.unit().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String family(String eventName) {
        List<String> words = NamingStrategy.builtIn().words(eventName);
        return words.isEmpty() ? eventName : Objects.requireNonNull(words.get(0));
    }
}
