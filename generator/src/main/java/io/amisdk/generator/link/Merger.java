package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges definitions of one name into one. The best-documented definition gives the text and comes
 * first; parameters only others have follow in their own order. For each parameter the
 * best-documented copy wins and the flags are or-ed; version, see-also and alias lists are united.
 * Plain loops rather than streams: this runs once on a cold JVM, where every lambda costs.
 */
final class Merger {
    private Merger() {
    }

    static ActionDef mergeActions(List<ActionDef> defs) {
        ActionDef first = defs.get(0);
        if (defs.size() == 1 && !hasRepeatedName(first.parameters())) {
            return first.withModule(ProvidingModule.of(first.module()));
        }
        ActionDef best = first;
        int bestScore = -1;
        for (ActionDef d : defs) {
            int s = score(d.synopsis(), d.description()) + score(d.parameters());
            if (s > bestScore) {
                best = d;
                bestScore = s;
            }
        }
        List<ParameterDef> parameters = new ArrayList<>(best.parameters());
        Set<SeeAlso> seeAlso = new LinkedHashSet<>();
        Set<String> since = new LinkedHashSet<>();
        Set<String> deprecatedIn = new LinkedHashSet<>();
        List<String> modules = new ArrayList<>(defs.size());
        ListResponse listResponse = null;
        for (ActionDef d : defs) {
            if (d != best) {
                parameters.addAll(d.parameters());
            }
            seeAlso.addAll(d.seeAlso());
            since.addAll(d.since());
            deprecatedIn.addAll(d.deprecatedIn());
            modules.add(d.module());
            listResponse = listResponse != null ? listResponse : d.listResponse();
        }
        return ActionDef.of(first.name(), best.synopsis(), best.description(), mergeParameters(parameters),
                listResponse, List.copyOf(seeAlso), List.copyOf(since),
                List.copyOf(deprecatedIn), ProvidingModule.of(modules));
    }

    static EventDef mergeEvents(List<EventDef> defs) {
        EventDef first = defs.get(0);
        if (defs.size() == 1 && !hasRepeatedName(first.fields())) {
            return first.withModule(ProvidingModule.of(first.module()));
        }
        EventDef best = first;
        int bestScore = -1;
        List<ParameterDef> fields = new ArrayList<>();
        Set<SeeAlso> seeAlso = new LinkedHashSet<>();
        Set<String> since = new LinkedHashSet<>();
        Set<String> deprecatedIn = new LinkedHashSet<>();
        Set<String> aliases = new LinkedHashSet<>();
        String category = null;
        List<String> modules = new ArrayList<>(defs.size());
        for (EventDef d : defs) {
            int s = score(d.synopsis(), d.description());
            if (s > bestScore) {
                best = d;
                bestScore = s;
            }
            // Instances keep document order: an event's fields read as its first instance lists them.
            fields.addAll(d.fields());
            seeAlso.addAll(d.seeAlso());
            since.addAll(d.since());
            deprecatedIn.addAll(d.deprecatedIn());
            aliases.addAll(d.aliases());
            category = category != null ? category : d.category();
            modules.add(d.module());
        }
        return EventDef.of(first.name(), best.synopsis(), best.description(), category, mergeParameters(fields),
                List.copyOf(seeAlso), List.copyOf(since), List.copyOf(deprecatedIn), ProvidingModule.of(modules),
                List.copyOf(aliases));
    }

    /** One parameter per name, at the place of its first appearance, the best-documented copy winning. */
    static List<ParameterDef> mergeParameters(List<ParameterDef> all) {
        Map<String, List<ParameterDef>> byName = new LinkedHashMap<>();
        for (ParameterDef p : all) {
            byName.computeIfAbsent(p.name(), k -> new ArrayList<>(2)).add(p);
        }
        List<ParameterDef> out = new ArrayList<>(byName.size());
        for (List<ParameterDef> copies : byName.values()) {
            if (copies.size() == 1) {
                out.add(copies.get(0));
                continue;
            }
            ParameterDef best = copies.get(0);
            int bestScore = -1;
            boolean required = false;
            boolean multiValued = false;
            String defaultValue = null;
            for (ParameterDef p : copies) {
                int s = score(p);
                if (s > bestScore) {
                    best = p;
                    bestScore = s;
                }
                required |= p.required();
                multiValued |= p.multiValued();
                defaultValue = defaultValue != null ? defaultValue : p.defaultValue();
            }
            if (best.defaultValue() != null) {
                defaultValue = best.defaultValue();
            }
            out.add(best.toBuilder()
                    .required(required)
                    .defaultValue(defaultValue)
                    .multiValued(multiValued)
                    .lines(null)
                    .variants(null)
                    .build());
        }
        return out;
    }

    private static boolean hasRepeatedName(List<ParameterDef> parameters) {
        Set<String> seen = new HashSet<>();
        for (ParameterDef p : parameters) {
            if (!seen.add(p.name())) {
                return true;
            }
        }
        return false;
    }

    /** How well something is documented: the length of its text, enum values weighing more. */
    private static int score(String synopsis, Doc description) {
        return synopsis.length() + description.plainText().length();
    }

    private static int score(ParameterDef p) {
        return score("", p.description()) + p.values().size() * 10;
    }

    private static int score(List<ParameterDef> parameters) {
        int s = 0;
        for (ParameterDef p : parameters) {
            s += score(p);
        }
        return s;
    }
}
