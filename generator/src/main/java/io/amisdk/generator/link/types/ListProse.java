package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ListResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the docs describe only in prose: "ConfbridgeList will follow as separate events, followed by a final
 * event called ConfbridgeListComplete", "For each Contact a ContactList event is raised … a ContactListComplete
 * event is issued", "In response, InboundRegistrationDetail events … an InboundRegistrationDetailComplete is
 * issued". An action without a list response whose own text names events of the model, exactly one of them
 * ending in {@code Complete}, answers with a list: the other named events, in the order first named, are its
 * items, and the {@code …Complete} one ends it. Events must exist to be named: a completion event only the
 * prose names comes from the shipped supplement, after which this reading finds the list.
 */
final class ListProse {
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]+\\b");

    private ListProse() {
    }

    /** The list the action's prose describes, or null when it describes none (or it has a list already). */
    static ListResponse read(ActionDef action, Set<String> events) {
        if (action.listResponse() != null) {
            return null;
        }
        Set<String> items = new LinkedHashSet<>();
        Set<String> completions = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text(action.description()));
        while (m.find()) {
            String name = m.group();
            if (events.contains(name)) {
                (name.endsWith("Complete") ? completions : items).add(name);
            }
        }
        if (completions.size() != 1 || items.isEmpty()) {
            return null;
        }
        return new ListResponse(new ArrayList<>(items), completions.iterator().next());
    }

    private static String text(Doc description) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Block b : description.blocks()) {
            if (b instanceof Doc.Paragraph || b instanceof Doc.Note) {
                sb.append(b.plainText()).append(' ');
            }
        }
        return sb.toString();
    }

    /** The actions with the lists their prose describes. */
    static List<ActionDef> withLists(List<ActionDef> actions, Set<String> events) {
        List<ActionDef> out = new ArrayList<>(actions.size());
        for (ActionDef a : actions) {
            ListResponse list = read(a, events);
            out.add(list == null ? a : a.withListResponse(list));
        }
        return out;
    }
}
