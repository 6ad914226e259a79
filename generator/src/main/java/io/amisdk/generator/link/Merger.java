package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges definitions of one name into one. The best-documented definition gives the text and the
 * parameter order; parameters only others have are added after it, in their own order. For each
 * parameter the best-documented copy wins, flags are or-ed.
 */
final class Merger {
    private Merger() {
    }

    static ActionDef mergeActions(List<RawDocs.Element<ActionDef>> elements, Problems problems) {
        List<ActionDef> defs = elements.stream().map(RawDocs.Element::def).toList();
        ActionDef first = defs.get(0);
        ActionDef best = best(defs, d -> score(d.synopsis(), d.description()) + scoreAll(d.parameters()));
        return new ActionDef(first.name(), best.synopsis(), best.description(), mergeParameters(orderedBest(defs, best,
                ActionDef::parameters)), firstNonNull(defs.stream().map(ActionDef::listResponse).toList()),
                union(defs.stream().map(ActionDef::seeAlso).toList()), union(defs.stream().map(ActionDef::since).toList()),
                union(defs.stream().map(ActionDef::deprecatedIn).toList()),
                firstNonNull(defs.stream().map(ActionDef::module).toList()));
    }

    static EventDef mergeEvents(List<RawDocs.Element<EventDef>> elements, Problems problems) {
        List<EventDef> defs = elements.stream().map(RawDocs.Element::def).toList();
        EventDef first = defs.get(0);
        EventDef best = best(defs, d -> score(d.synopsis(), d.description()));
        List<ParameterDef> fields = new ArrayList<>();
        for (EventDef d : defs) {
            fields.addAll(d.fields());
        }
        return new EventDef(first.name(), best.synopsis(), best.description(),
                firstNonNull(defs.stream().map(EventDef::category).toList()), mergeParameters(fields),
                union(defs.stream().map(EventDef::seeAlso).toList()), union(defs.stream().map(EventDef::since).toList()),
                union(defs.stream().map(EventDef::deprecatedIn).toList()),
                firstNonNull(defs.stream().map(EventDef::module).toList()),
                union(defs.stream().map(EventDef::aliases).toList()));
    }

    /** The parameters of {@code best} first, then those of the others, in document order. */
    private static <T> List<ParameterDef> orderedBest(List<T> defs, T best, java.util.function.Function<T, List<ParameterDef>> params) {
        List<ParameterDef> all = new ArrayList<>(params.apply(best));
        for (T d : defs) {
            if (d != best) {
                all.addAll(params.apply(d));
            }
        }
        return all;
    }

    /** One parameter per name, at the place of its first appearance, the best-documented copy winning. */
    static List<ParameterDef> mergeParameters(List<ParameterDef> all) {
        Map<String, List<ParameterDef>> byName = new LinkedHashMap<>();
        for (ParameterDef p : all) {
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p);
        }
        List<ParameterDef> out = new ArrayList<>(byName.size());
        for (List<ParameterDef> copies : byName.values()) {
            if (copies.size() == 1) {
                out.add(copies.get(0));
                continue;
            }
            ParameterDef best = best(copies, p -> score("", p.description()) + p.values().size() * 10);
            boolean required = copies.stream().anyMatch(ParameterDef::required);
            boolean multi = copies.stream().anyMatch(ParameterDef::multiValued);
            String defaultValue = best.defaultValue() != null ? best.defaultValue()
                    : firstNonNull(copies.stream().map(ParameterDef::defaultValue).toList());
            out.add(new ParameterDef(best.name(), required, best.description(), best.values(), defaultValue, multi));
        }
        return out;
    }

    private static int score(String synopsis, Doc description) {
        return synopsis.length() + description.plainText().length();
    }

    private static int scoreAll(List<ParameterDef> parameters) {
        int s = 0;
        for (ParameterDef p : parameters) {
            s += score("", p.description()) + p.values().size() * 10;
        }
        return s;
    }

    /** The highest-scoring definition; the first of equals, so the result follows document order. */
    private static <T> T best(List<T> defs, java.util.function.ToIntFunction<T> score) {
        return defs.stream().max(Comparator.comparingInt(score).thenComparing((a, b) -> Integer.compare(
                defs.indexOf(b), defs.indexOf(a)))).orElseThrow();
    }

    private static <T> T firstNonNull(List<T> values) {
        return values.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> List<T> union(List<List<T>> lists) {
        List<T> out = new ArrayList<>();
        for (List<T> l : lists) {
            for (T t : l) {
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
