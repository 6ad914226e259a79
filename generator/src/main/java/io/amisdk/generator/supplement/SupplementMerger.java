package io.amisdk.generator.supplement;

import io.amisdk.generator.link.LineMerger;
import io.amisdk.generator.link.Linker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.Requirement;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.util.ArrayList;
import java.util.HashMap;
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
 *   <li>marks a documented event an outcome of an action ({@link EventDef#outcome()}) when the supplement's
 *       entry says {@code "outcome" : true}; a supplement never unmarks one;</li>
 *   <li>gives a documented action the list response the docs lack, and appends parameters the
 *       docs omit;</li>
 *   <li>appends a supplement entry's description to the documented one as a note, so the
 *       generated Javadoc says where the extra knowledge came from;</li>
 *   <li>applies type overlay entries: a header whose type has rule {@code OVERLAY} or {@code USER_OVERLAY}
 *       types the header of its name (in an event, an action, or a shape's fields, {@code shapes[]}); such an
 *       entry must name a header the model has, outside a snapshot run (type the shape's field there), and an
 *       enum entry a header with documented values, or give the values itself (with their descriptions, which
 *       name the constants) for a header documented without any; documented values win over the entry's.
 *       An event entry that has only such headers and no text of
 *       its own types, and adds nothing: it must name an event the model has.</li>
 * </ul>
 * Supplements are applied in the order given; the result depends on nothing else. The merged model is typed
 * again ({@link Linker#finish}) over what the supplements added, so it is the model that is generated.
 *
 * <p>{@link #merge} is strict, for supplements a user wrote for their docs: every conflict goes to
 * {@link Problems}, naming the supplement and the entry — a list response that differs from the
 * documented one, an action the docs do not define, an entry named twice, a list response naming
 * events nobody defines, a type overlay entry naming what the model lacks — and the conflicting entry is left
 * out. {@link #mergeApplicable} is for
 * the shipped supplement, which must fit docs of any Asterisk line: it leaves out, silently, what
 * the docs at hand give no place for.
 */
public final class SupplementMerger {
    private final Problems problems;
    private final EntryLines lines;

    private SupplementMerger(Problems problems, EntryLines lines) {
        this.problems = problems;
        this.lines = lines;
    }

    /** Returns the base model with every supplement merged in, in order; conflicts go to {@code problems}. */
    public static AmiModel merge(AmiModel base, List<AmiModel> supplements, Problems problems) {
        return merge(base, supplements, Map.of(), problems);
    }

    /**
     * Like {@link #merge(AmiModel, List, Problems)}, problems with an entry pointing at its line in the file the
     * supplement of that {@link AmiModel#source()} was read from.
     */
    public static AmiModel merge(AmiModel base, List<AmiModel> supplements, Map<String, EntryLines> lines,
            Problems problems) {
        Objects.requireNonNull(problems, "problems");
        AmiModel merged = Objects.requireNonNull(base, "base");
        for (AmiModel supplement : supplements) {
            EntryLines at = lines.getOrDefault(supplement.source(), EntryLines.none(supplement.source()));
            merged = new SupplementMerger(problems, at).mergeOne(merged, supplement);
        }
        // Merging rebuilds the entries it touches; a multi-line model keeps each entry's lines.
        return supplements.isEmpty() ? merged : LineMerger.keepLines(base, Linker.finish(merged));
    }

    /**
     * Returns the base model with what of the supplement applies to it merged in: list responses and
     * parameters for actions these docs lack, and list responses that differ from documented ones or
     * name events nobody defines, are left out without a problem.
     */
    public static AmiModel mergeApplicable(AmiModel base, AmiModel supplement) {
        return LineMerger.keepLines(base, Linker.finish(new SupplementMerger(null, EntryLines.none(supplement.source()))
                .mergeOne(Objects.requireNonNull(base, "base"), supplement)));
    }

    private AmiModel mergeOne(AmiModel base, AmiModel supplement) {
        Location where = Location.of(supplement.source());
        checkNamedOnce(supplement, where);

        Map<String, EventDef> events = new LinkedHashMap<>();
        base.events().forEach(e -> events.put(key(e.name()), e));
        for (EventDef extra : supplement.events()) {
            EventDef documented = events.get(key(extra.name()));
            if (documented == null && isTypeOverlayOnly(extra)) {
                report(lines.at("event " + extra.name()), "managerEvent " + extra.name(),
                        "a type overlay entry for an event the docs do not define");
            } else {
                events.put(key(extra.name()), documented == null ? extra : mergeEvent(documented, extra));
            }
        }

        Map<String, ActionDef> actions = new LinkedHashMap<>();
        base.actions().forEach(a -> actions.put(a.name(), a));
        for (ActionDef extra : supplement.actions()) {
            ActionDef documented = actions.get(extra.name());
            if (documented == null) {
                report(lines.at("action " + extra.name()), "manager " + extra.name(), "the docs define no action of"
                        + " this name; a supplement may only add list responses, parameters, types and responses to"
                        + " documented actions");
                continue;
            }
            actions.put(extra.name(), mergeAction(documented, extra, events, where));
        }
        return base.with(List.copyOf(actions.values()), List.copyOf(events.values()))
                .withShared(base.enums(), overlayShapes(base.shapes(), supplement.shapes()));
    }

    /** The base's shapes with the supplement's type overlay entries for their fields applied. */
    private List<ShapeDef> overlayShapes(List<ShapeDef> shapes, List<ShapeDef> overlays) {
        if (overlays.isEmpty()) {
            return shapes;
        }
        Map<String, ShapeDef> byName = new LinkedHashMap<>();
        shapes.forEach(s -> byName.put(s.name(), s));
        for (ShapeDef overlay : overlays) {
            ShapeDef shape = byName.get(overlay.name());
            if (shape == null) {
                report(lines.at("shape " + overlay.name()), "shape " + overlay.name(),
                        "the docs define no shape of this name (ChannelSnapshot, BridgeSnapshot)");
                continue;
            }
            byName.put(shape.name(), new ShapeDef(shape.name(), shape.description(),
                    overlay(shape.fields(), overlay.fields(), "shape " + shape.name(), false)));
        }
        return List.copyOf(byName.values());
    }

    /**
     * The headers with the extra ones merged in: a type overlay entry ({@link #isTypeOverlay}) types the header
     * of its name, which must exist (outside snapshot runs, where the shape's field is typed instead) and, for an
     * enum, have values or take the entry's; other extra headers are appended when missing (when {@code append}).
     */
    private List<ParameterDef> overlay(List<ParameterDef> documented, List<ParameterDef> extra, String owner,
            boolean append) {
        List<ParameterDef> all = new ArrayList<>(documented);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(key(all.get(i).name()), i);
        }
        for (ParameterDef p : extra) {
            Integer at = index.get(key(p.name()));
            if (!isTypeOverlay(p)) {
                if (at == null && append) {
                    index.put(key(p.name()), all.size());
                    all.add(p);
                } else if (at != null) {
                    all.set(at, withRoles(all.get(at), p));
                }
                continue;
            }
            String entry = owner + " " + p.name();
            Location where = lines.at(entry.startsWith("manager ") ? "action " + entry.substring(8)
                    : entry.startsWith("managerEvent ") ? "event " + entry.substring(13) : entry);
            ParameterDef target = at == null ? null : all.get(at);
            if (target == null) {
                report(where, owner, "a type overlay entry for header " + p.name() + ", which the docs do not define");
            } else if (target.shape() != null) {
                report(where, owner, "header " + p.name() + " is field " + p.name().substring(
                        target.shape().prefix().length()) + " of the " + target.shape().shape()
                        + " snapshot: type the shape's field instead");
            } else if (p.type().kind() == HeaderType.Kind.ENUM && target.values().isEmpty() && p.values().isEmpty()) {
                report(where, owner, "header " + p.name() + " has no documented values to be an enum of, and the"
                        + " entry gives none");
            } else if (p.type().kind() == HeaderType.Kind.ENUM && target.values().isEmpty()) {
                // Values the docs leave out (OriginateResponse's Reason codes), each with its own description.
                all.set(at, target.withType(p.type()).withValues(p.values()));
            } else {
                all.set(at, target.withType(p.type()));
            }
        }
        return all;
    }

    /** The documented header with the roles a supplement's entry declares too (a module's own secret header). */
    private static ParameterDef withRoles(ParameterDef documented, ParameterDef extra) {
        boolean secret = documented.secret() || extra.secret();
        boolean placeholder = documented.placeholder() || extra.placeholder();
        boolean keyValue = documented.keyValue() || extra.keyValue();
        return secret == documented.secret() && placeholder == documented.placeholder()
                && keyValue == documented.keyValue() ? documented
                : documented.toBuilder().secret(secret).placeholder(placeholder).keyValue(keyValue).build();
    }

    /** Whether a supplement's header is a type overlay entry: its type comes from an overlay, not from rules. */
    static boolean isTypeOverlay(ParameterDef p) {
        return p.type().rule() == HeaderType.Rule.OVERLAY || p.type().rule() == HeaderType.Rule.USER_OVERLAY;
    }

    /** Whether a supplement's event only types headers: no text of its own, every field a type overlay entry. */
    private static boolean isTypeOverlayOnly(EventDef e) {
        return !e.fields().isEmpty() && e.synopsis().isEmpty() && e.description().isEmpty()
                && e.fields().stream().allMatch(SupplementMerger::isTypeOverlay);
    }

    private EventDef mergeEvent(EventDef documented, EventDef extra) {
        List<String> aliases = new ArrayList<>(documented.aliases());
        aliases.add(extra.name());
        aliases.addAll(extra.aliases());
        List<String> distinctAliases = aliases.stream().filter(a -> !a.equals(documented.name())).distinct().toList();
        return documented.toBuilder()
                .description(withNote(documented.description(), extra.description()))
                .fields(overlay(documented.fields(), extra.fields(), "managerEvent " + documented.name(), true))
                .aliases(distinctAliases)
                .outcome(documented.outcome() || extra.outcome())
                .build();
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
        for (Requirement r : extra.requirements()) {
            List<String> unknown = unknownParameters(documented, r);
            if (unknown.isEmpty()) {
                requirements.add(r);
            } else {
                unknown.forEach(name -> report(where, subject, String.format(
                        "a requirement names parameter %s, which the action does not have", name)));
            }
        }
        return documented.toBuilder()
                .description(withNote(documented.description(), extra.description()))
                .parameters(overlay(documented.parameters(), extra.parameters(), subject, true))
                .listResponse(listResponse)
                .response(extra.response() != null ? extra.response() : documented.response())
                .requirements(requirements)
                .answersUnframed(documented.answersUnframed() || extra.answersUnframed())
                .lines(null)
                .build();
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

    /** The parameter names a requirement uses that the action lacks (ignoring case, as Asterisk does). */
    private static List<String> unknownParameters(ActionDef action, Requirement r) {
        Set<String> known = new HashSet<>();
        action.parameters().forEach(p -> known.add(p.name().toLowerCase(Locale.ROOT)));
        List<String> names = new ArrayList<>();
        r.alternatives().forEach(names::addAll);
        if (r.unless() != null) {
            names.add(r.unless().substring(0, r.unless().indexOf('=')));
        }
        return names.stream().filter(n -> !known.contains(n.toLowerCase(Locale.ROOT))).distinct().toList();
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
