package io.amisdk.generator.supplement;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges supplements — models of what a real Asterisk sends beyond its docs — into a docs model.
 *
 * <p>A supplement is an {@link AmiModel} in the model's own shape. Merging it:
 * <ul>
 *   <li>adds each event the docs lack;</li>
 *   <li>appends to a documented event the fields its docs omit, after the documented ones, skipping
 *       any the event already has (header names compare ignoring case, as on the wire);</li>
 *   <li>records a supplement event whose name differs from a documented one only in case as an
 *       alias of it ({@code Newexten} for the docs' {@code NewExten}); explicit
 *       {@link EventDef#aliases()} are kept as well;</li>
 *   <li>gives a documented action the list response the docs lack, and appends parameters the
 *       docs omit;</li>
 *   <li>appends a supplement entry's description to the documented one as a note, so the
 *       generated Javadoc says where the extra knowledge came from.</li>
 * </ul>
 * Supplements are applied in the order given; the result does not depend on anything else.
 * Conflicts are collected in {@link Problems}, each naming the supplement and the entry: a list
 * response that differs from the documented one, an action the docs do not define, an entry
 * named twice in one supplement, and a list response naming events nobody defines.
 */
public final class SupplementMerger {
    private SupplementMerger() {
    }

    /**
     * Returns the base model with every supplement merged in, in order; conflicts go to
     * {@code problems} and leave the conflicting entry's documented form unchanged.
     */
    public static AmiModel merge(AmiModel base, List<AmiModel> supplements, Problems problems) {
        Objects.requireNonNull(base, "base");
        AmiModel merged = base;
        for (AmiModel supplement : supplements) {
            merged = mergeOne(merged, supplement, problems);
        }
        return merged;
    }

    private static AmiModel mergeOne(AmiModel base, AmiModel supplement, Problems problems) {
        Location where = Location.of(supplement.source());
        checkNamedOnce(supplement, where, problems);

        Map<String, EventDef> events = new LinkedHashMap<>();
        base.events().forEach(e -> events.put(key(e.name()), e));
        for (EventDef extra : supplement.events()) {
            EventDef documented = events.get(key(extra.name()));
            events.put(key(extra.name()), documented == null ? extra : mergeEvent(documented, extra));
        }

        Map<String, ActionDef> actions = new LinkedHashMap<>();
        base.actions().forEach(a -> actions.put(a.name(), a));
        for (ActionDef extra : supplement.actions()) {
            ActionDef documented = actions.get(extra.name());
            if (documented == null) {
                problems.at(where, "manager " + extra.name()).add(
                        "the docs define no action of this name; a supplement may only add list responses"
                                + " and parameters to documented actions");
                continue;
            }
            actions.put(extra.name(), mergeAction(documented, extra, where, problems));
        }

        for (ActionDef action : supplement.actions()) {
            if (action.listResponse() != null) {
                checkListEventsExist(action, events, where, problems);
            }
        }
        return new AmiModel(base.source(), base.asteriskLine(), List.copyOf(actions.values()),
                List.copyOf(events.values()));
    }

    private static EventDef mergeEvent(EventDef documented, EventDef extra) {
        List<String> aliases = new ArrayList<>(documented.aliases());
        if (!extra.name().equals(documented.name())) {
            aliases.add(extra.name());
        }
        aliases.addAll(extra.aliases());
        List<String> distinctAliases = aliases.stream().filter(a -> !a.equals(documented.name())).distinct().toList();
        return new EventDef(documented.name(), documented.synopsis(),
                withNote(documented.description(), extra.description()), documented.category(),
                appendMissing(documented.fields(), extra.fields()), documented.seeAlso(), documented.since(),
                documented.deprecatedIn(), documented.module(), distinctAliases);
    }

    private static ActionDef mergeAction(ActionDef documented, ActionDef extra, Location where, Problems problems) {
        ListResponse listResponse = documented.listResponse();
        if (extra.listResponse() != null) {
            if (listResponse == null) {
                listResponse = extra.listResponse();
            } else if (!listResponse.equals(extra.listResponse())) {
                problems.at(where, "manager " + documented.name()).add(
                        "the supplement's list response %s differs from the documented %s",
                        describe(extra.listResponse()), describe(listResponse));
            }
        }
        return new ActionDef(documented.name(), documented.synopsis(),
                withNote(documented.description(), extra.description()),
                appendMissing(documented.parameters(), extra.parameters()), listResponse, documented.seeAlso(),
                documented.since(), documented.deprecatedIn(), documented.module());
    }

    /** The documented headers, then the extra ones not already there (compared ignoring case). */
    private static List<ParameterDef> appendMissing(List<ParameterDef> documented, List<ParameterDef> extra) {
        List<ParameterDef> all = new ArrayList<>(documented);
        Set<String> seen = new HashSet<>();
        documented.forEach(p -> seen.add(key(p.name())));
        for (ParameterDef p : extra) {
            if (seen.add(key(p.name()))) {
                all.add(p);
            }
        }
        return all;
    }

    private static Doc withNote(Doc documented, Doc extra) {
        if (extra.isEmpty()) {
            return documented;
        }
        List<Doc.Block> blocks = new ArrayList<>(documented.blocks());
        blocks.add(new Doc.Note(extra));
        return new Doc(blocks);
    }

    private static void checkNamedOnce(AmiModel supplement, Location where, Problems problems) {
        Set<String> events = new HashSet<>();
        for (EventDef e : supplement.events()) {
            if (!events.add(key(e.name()))) {
                problems.at(where, "managerEvent " + e.name()).add("named more than once in this supplement");
            }
        }
        Set<String> actions = new HashSet<>();
        for (ActionDef a : supplement.actions()) {
            if (!actions.add(a.name())) {
                problems.at(where, "manager " + a.name()).add("named more than once in this supplement");
            }
        }
    }

    private static void checkListEventsExist(ActionDef action, Map<String, EventDef> events, Location where,
            Problems problems) {
        List<String> names = new ArrayList<>(action.listResponse().itemEvents());
        if (action.listResponse().completionEvent() != null) {
            names.add(action.listResponse().completionEvent());
        }
        for (String name : names) {
            if (!events.containsKey(key(name))) {
                problems.at(where, "manager " + action.name()).add(
                        "the list response names event %s, which neither the docs nor a supplement define", name);
            }
        }
    }

    private static String describe(ListResponse r) {
        return r.itemEvents() + " then " + r.completionEvent();
    }

    /** Event and header names match ignoring case, as Asterisk's do on the wire. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
