package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a model is typed: headers (action parameters, event fields, response fields) per rule and per kind,
 * shared enums and their uses, and the largest groups of headers that stay text, by name.
 *
 * @param total      every header
 * @param byRule     typed headers per rule (text headers are not counted here)
 * @param byKind     headers per kind, text included
 * @param sharedEnums how many shared enums the model has
 * @param sharedEnumUses how many headers name one
 * @param textByName headers that stay text, per name, largest first
 * @param familyPicks each header whose family disagreed on its type: the header and the rule's reason, sorted
 */
public record TypeCoverage(int total, Map<Rule, Integer> byRule, Map<Kind, Integer> byKind, int sharedEnums,
        int sharedEnumUses, List<Map.Entry<String, Integer>> textByName, List<String> familyPicks) {
    public TypeCoverage {
        familyPicks = List.copyOf(familyPicks);
        byRule = Map.copyOf(byRule);
        byKind = Map.copyOf(byKind);
        textByName = List.copyOf(textByName);
    }

    /** The coverage of this model. */
    public static TypeCoverage of(AmiModel model) {
        List<ParameterDef> headers = new ArrayList<>();
        for (ActionDef a : model.actions()) {
            headers.addAll(a.parameters());
            if (a.response() != null) {
                headers.addAll(a.response().fields());
            }
        }
        for (EventDef e : model.events()) {
            headers.addAll(e.fields());
        }
        Map<Rule, Integer> byRule = new EnumMap<>(Rule.class);
        Map<Kind, Integer> byKind = new EnumMap<>(Kind.class);
        Map<String, Integer> text = new TreeMap<>();
        int sharedUses = 0;
        java.util.SortedSet<String> family = new java.util.TreeSet<>();
        for (ParameterDef h : headers) {
            if (h.type().rule() == Rule.FAMILY) {
                family.add(h.name() + " (" + h.type().reason() + ")");
            }
            byKind.merge(h.type().kind(), 1, Integer::sum);
            if (h.type().isTyped()) {
                byRule.merge(h.type().rule(), 1, Integer::sum);
            } else {
                text.merge(h.name(), 1, Integer::sum);
            }
            if (h.type().sharedEnum() != null) {
                sharedUses++;
            }
        }
        List<Map.Entry<String, Integer>> largest = new ArrayList<>(text.entrySet());
        largest.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey));
        return new TypeCoverage(headers.size(), byRule, byKind, model.enums().size(), sharedUses,
                largest.stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList(), List.copyOf(family));
    }

    /** How many headers have a type other than text. */
    public int typed() {
        return total - byKind.getOrDefault(Kind.TEXT, 0);
    }

    /** The report, a few lines, naming the {@code top} largest groups of text headers. */
    public String report(int top) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "headers: %d, typed %d (%.1f%%), text %d%n", total, typed(),
                total == 0 ? 0.0 : 100.0 * typed() / total, total - typed()));
        sb.append("typed by rule:");
        for (Rule r : Rule.values()) {
            if (byRule.containsKey(r)) {
                sb.append(' ').append(r.name().toLowerCase(Locale.ROOT)).append(' ').append(byRule.get(r));
            }
        }
        sb.append(System.lineSeparator()).append("by kind:");
        for (Kind k : Kind.values()) {
            if (byKind.containsKey(k)) {
                sb.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(byKind.get(k));
            }
        }
        sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "shared enums: %d, used by %d headers%n",
                sharedEnums, sharedEnumUses));
        sb.append("largest text groups:");
        textByName.stream().limit(top).forEach(e -> sb.append(' ').append(e.getKey()).append(' ')
                .append(e.getValue()));
        sb.append(System.lineSeparator()).append("one type per header in a family, ").append(familyPicks.size())
                .append(" disagreements picked by rule:");
        familyPicks.forEach(p -> sb.append(System.lineSeparator()).append("  ").append(p));
        return sb.append(System.lineSeparator()).toString();
    }
}
