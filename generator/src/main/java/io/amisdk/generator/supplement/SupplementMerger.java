package io.amisdk.generator.supplement;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.Requirement;
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
 * Supplements are applied in the order given; the result depends on nothing else.
 *
 * <p>{@link #merge} is strict, for supplements a user wrote for their docs: every conflict goes to
 * {@link Problems}, naming the supplement and the entry — a list response that differs from the
 * documented one, an action the docs do not define, an entry named twice, a list response naming
 * events nobody defines — and the conflicting entry is left out. {@link #mergeApplicable} is for
 * the shipped supplement, which must fit docs of any Asterisk line: it leaves out, silently, what
 * the docs at hand give no place for.
 */
public final class SupplementMerger {
    private final Problems problems;

    private SupplementMerger(Problems problems) {
        this.problems = problems;
    }

    /** Returns the base model with every supplement merged in, in order; conflicts go to {@code problems}. */
    public static AmiModel merge(AmiModel base, List<AmiModel> supplements, Problems problems) {
        Objects.requireNonNull(problems, "problems");
        AmiModel merged = Objects.requireNonNull(base, "base");
        for (AmiModel supplement : supplements) {
            merged = new SupplementMerger(problems).mergeOne(merged, supplement);
        }
        return merged;
    }

    /**
     * Returns the base model with what of the supplement applies to it merged in: list responses and
     * parameters for actions these docs lack, and list responses that differ from documented ones or
     * name events nobody defines, are left out without a problem.
     */
    public static AmiModel mergeApplicable(AmiModel base, AmiModel supplement) {
        return new SupplementMerger(null).mergeOne(Objects.requireNonNull(base, "base"), supplement);
    }

    private AmiModel mergeOne(AmiModel base, AmiModel supplement) {
        Location where = Location.of(supplement.source());
        checkNamedOnce(supplement, where);

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
                report(where, "manager " + extra.name(), "the docs define no action of this name; a supplement may"
                        + " only add list responses and parameters to documented actions");
                continue;
            }
            actions.put(extra.name(), mergeAction(documented, extra, events, where));
        }
        return base.with(List.copyOf(actions.values()), List.copyOf(events.values()));
    }

    private static EventDef mergeEvent(EventDef documented, EventDef extra) {
        List<String> aliases = new ArrayList<>(documented.aliases());
        aliases.add(extra.name());
        aliases.addAll(extra.aliases());
        List<String> distinctAliases = aliases.stream().filter(a -> !a.equals(documented.name())).distinct().toList();
        return new EventDef(documented.name(), documented.synopsis(),
                withNote(documented.description(), extra.description()), documented.category(),
                appendMissing(documented.fields(), extra.fields()), documented.seeAlso(), documented.since(),
                documented.deprecatedIn(), documented.module(), distinctAliases);
    }

    private ActionDef mergeAction(ActionDef documented, ActionDef extra, Map<String, EventDef> events,
            Location where) {
        ListResponse listResponse = documented.listResponse();
        String subject = "manager " + documented.name();
        ListResponse offered = extra.listResponse();
        if (offered != null && listResponse != null && !listResponse.equals(offered)) {
            report(where, subject, String.format("the supplement's list response %s differs from the documented %s",
                    describe(offered), describe(listResponse)));
        } else if (offered != null && listResponse == null) {
            List<String> missing = missingEvents(offered, events);
            missing.forEach(name -> report(where, subject, String.format(
                    "the list response names event %s, which neither the docs nor a supplement define", name)));
            listResponse = missing.isEmpty() ? offered : null;
        }
        List<Requirement> requirements = new ArrayList<>(documented.requirements());
        requirements.addAll(extra.requirements());
        return new ActionDef(documented.name(), documented.synopsis(),
                withNote(documented.description(), extra.description()),
                appendMissing(documented.parameters(), extra.parameters()), listResponse, documented.seeAlso(),
                documented.since(), documented.deprecatedIn(), documented.module(),
                extra.response() != null ? extra.response() : documented.response(), requirements,
                documented.answersUnframed() || extra.answersUnframed());
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

    private void checkNamedOnce(AmiModel supplement, Location where) {
        Set<String> events = new HashSet<>();
        for (EventDef e : supplement.events()) {
            if (!events.add(key(e.name()))) {
                report(where, "managerEvent " + e.name(), "named more than once in this supplement");
            }
        }
        Set<String> actions = new HashSet<>();
        for (ActionDef a : supplement.actions()) {
            if (!actions.add(a.name())) {
                report(where, "manager " + a.name(), "named more than once in this supplement");
            }
        }
    }

    private static List<String> missingEvents(ListResponse list, Map<String, EventDef> events) {
        List<String> names = new ArrayList<>(list.itemEvents());
        if (list.completionEvent() != null) {
            names.add(list.completionEvent());
        }
        return names.stream().filter(name -> !events.containsKey(key(name))).toList();
    }

    private void report(Location where, String subject, String message) {
        if (problems != null) {
            problems.at(where, subject).add("%s", message);
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
