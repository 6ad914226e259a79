package io.amisdk.generator.link;

import io.amisdk.generator.link.types.TypeLinker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.naming.NamingStrategy;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link AmiModel} from what a reader found: reads what the docs say only in prose
 * ({@link ProseRules}: "(default)" values, headers said to repeat), merges same-named actions (Asterisk ships
 * three voicemail variants of each of its actions) and same-named events and event instances (union
 * of fields, the better-documented text winning), checks what refers to what, and finishes the model
 * ({@link #finish}: types, parameter roles, list item types, see-also targets).
 */
public final class Linker {
    private final Problems problems;

    public Linker(Problems problems) {
        this.problems = problems;
    }

    /** The model of these raw docs; problems found on the way go to the collector given at construction. */
    public AmiModel link(RawDocs read) {
        RawDocs raw = new ProseRules(problems).apply(read);
        Map<String, List<RawDocs.Element<ActionDef>>> actionsByName = new LinkedHashMap<>();
        for (RawDocs.Element<ActionDef> a : raw.actions()) {
            actionsByName.computeIfAbsent(a.def().name(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<RawDocs.Element<EventDef>>> eventsByName = new LinkedHashMap<>();
        for (RawDocs.Element<EventDef> e : raw.events()) {
            eventsByName.computeIfAbsent(e.def().name(), k -> new ArrayList<>()).add(e);
        }
        List<ActionDef> actions = new ArrayList<>(actionsByName.size());
        for (List<RawDocs.Element<ActionDef>> elements : actionsByName.values()) {
            List<ActionDef> defs = new ArrayList<>(elements.size());
            for (RawDocs.Element<ActionDef> e : elements) {
                defs.add(e.def());
            }
            actions.add(Merger.mergeActions(defs));
        }
        List<EventDef> events = new ArrayList<>(eventsByName.size());
        for (List<RawDocs.Element<EventDef>> elements : eventsByName.values()) {
            List<EventDef> defs = new ArrayList<>(elements.size());
            for (RawDocs.Element<EventDef> e : elements) {
                defs.add(e.def());
            }
            events.add(Merger.mergeEvents(defs));
        }
        checkListResponses(raw, eventsByName);
        actionsByName.forEach((name, elements) -> checkTypeConflicts("manager " + name, elements));
        eventsByName.forEach((name, elements) -> checkTypeConflicts("managerEvent " + name, elements));
        return finish(new AmiModel(raw.source(), raw.asteriskLine(), actions, events));
    }

    /** {@link #finish(AmiModel, NamingStrategy)} with the built-in names. */
    public static AmiModel finish(AmiModel model) {
        return finish(model, NamingStrategy.builtIn());
    }

    /**
     * Decides everything the emitters render and the docs leave implicit, over a whole model: its headers' types
     * ({@link TypeLinker}, shared enums named by {@code naming}), its action parameters' roles
     * ({@link ActionHeaderRoles}: secret, placeholder, key=value), its lists' item types ({@link ListItems}) and
     * its see-also targets ({@link SeeAlsoTargets}). Idempotent: the pipeline finishes after linking and again
     * after supplements are merged.
     */
    public static AmiModel finish(AmiModel model, NamingStrategy naming) {
        return finishTyped(TypeLinker.type(model, naming));
    }

    /**
     * What {@link #finish} decides besides types, for a model whose headers are typed already (a hand-made
     * model, as the emitters' tests use): parameter roles, list item types, see-also targets.
     */
    public static AmiModel finishTyped(AmiModel typed) {
        return SeeAlsoTargets.resolve(ListItems.decide(ActionHeaderRoles.mark(typed)));
    }

    /**
     * A header that two definitions of one action or event type differently (an enum in one, a number in the
     * other) is listed, not guessed: the problem names both places.
     */
    private <T> void checkTypeConflicts(String subject, List<RawDocs.Element<T>> elements) {
        if (elements.size() < 2) {
            return;
        }
        Map<String, Map<HeaderType.Kind, Location>> kinds = new LinkedHashMap<>();
        for (RawDocs.Element<T> e : elements) {
            List<ParameterDef> headers = e.def() instanceof ActionDef a ? a.parameters() : ((EventDef) e.def()).fields();
            for (ParameterDef p : headers) {
                HeaderType.Kind kind = TypeLinker.docsType(p).kind();
                if (kind != HeaderType.Kind.TEXT) {
                    kinds.computeIfAbsent(p.name(), k -> new LinkedHashMap<>()).putIfAbsent(kind, e.location());
                }
            }
        }
        kinds.forEach((header, byKind) -> {
            if (byKind.size() > 1) {
                List<Map.Entry<HeaderType.Kind, Location>> seen = new ArrayList<>(byKind.entrySet());
                problems.at(seen.get(1).getValue(), subject).add("header %s is %s here but %s at %s: the docs"
                        + " disagree on its type", header, seen.get(1).getKey(), seen.get(0).getKey(),
                        seen.get(0).getValue());
            }
        });
    }

    private void checkListResponses(RawDocs raw, Map<String, List<RawDocs.Element<EventDef>>> events) {
        for (RawDocs.Element<ActionDef> a : raw.actions()) {
            ListResponse list = a.def().listResponse();
            if (list == null) {
                continue;
            }
            List<String> named = new ArrayList<>(list.itemEvents());
            if (list.completionEvent() != null) {
                named.add(list.completionEvent());
            }
            for (String event : named) {
                if (!events.containsKey(event)) {
                    problems.at(a.location(), "manager " + a.def().name())
                            .add("list response names an undocumented event: %s", event);
                }
            }
        }
    }
}
