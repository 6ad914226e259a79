package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ListResponse.ItemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides each list's item type: the events its items are, by the model's names (the docs' spelling first,
 * then ignoring case), and so one event's class, a sealed type over several, or plain {@code AmiEvent} when the
 * model lacks one of them. Decided afresh on every call, so a model some events were taken out of (an SDK of
 * selected names) is decided again over what is left.
 */
public final class ListItems {
    private ListItems() {
    }

    /** The model with every list response's item type decided. */
    public static AmiModel decide(AmiModel model) {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> ignoringCase = new HashMap<>();
        for (EventDef e : model.events()) {
            exact.put(e.name(), e.name());
            ignoringCase.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e.name());
        }
        List<ActionDef> actions = new ArrayList<>(model.actions().size());
        boolean changed = false;
        for (ActionDef a : model.actions()) {
            ListResponse list = a.listResponse();
            ListResponse decided = list == null ? null : decide(list, exact, ignoringCase);
            changed |= !Objects.equals(decided, list);
            actions.add(Objects.equals(decided, list) ? a : a.withListResponse(decided));
        }
        return changed ? model.with(actions, model.events()) : model;
    }

    private static ListResponse decide(ListResponse list, Map<String, String> exact, Map<String, String> ignoringCase) {
        if (list.completionEvent() == null) {
            return list.withItems(null, List.of());
        }
        List<String> items = new ArrayList<>();
        boolean all = !list.itemEvents().isEmpty();
        for (String named : list.itemEvents()) {
            String event = exact.getOrDefault(named, ignoringCase.get(named.toLowerCase(Locale.ROOT)));
            if (event == null) {
                all = false;
            } else if (!items.contains(event)) {
                items.add(event);
            }
        }
        ItemType type = !all ? ItemType.ANY_EVENT : items.size() == 1 ? ItemType.EVENT : ItemType.SEALED;
        return list.withItems(type, items);
    }
}
