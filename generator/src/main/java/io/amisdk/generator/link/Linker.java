package io.amisdk.generator.link;

import io.amisdk.generator.link.types.TypeLinker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link AmiModel} from what a reader found: merges same-named actions (Asterisk ships
 * three voicemail variants of each of its actions) and same-named events and event instances (union
 * of fields, the better-documented text winning), checks what refers to what, and types every header
 * ({@link TypeLinker}).
 */
public final class Linker {
    private final Problems problems;

    public Linker(Problems problems) {
        this.problems = problems;
    }

    /** The model of these raw docs; problems found on the way go to the collector given at construction. */
    public AmiModel link(RawDocs raw) {
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
        return TypeLinker.type(new AmiModel(raw.source(), raw.asteriskLine(), actions, events));
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
