package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ListResponse.ItemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decides each list's item type: the events its items are, by the model's names ({@link AmiModel#event}: the docs'
 * spelling first, then ignoring case), and so one event's class, a sealed type over several, or plain
 * {@code AmiEvent} when the model lacks one of them. Decided afresh on every call, so a model some events were taken
 * out of (an SDK of selected names) is decided again over what is left.
 */
final class ListItems {
    private ListItems() {
    }

    /** The model with every list response's item type decided. */
    static AmiModel decide(AmiModel model) {
        List<ActionDef> actions = new ArrayList<>(model.actions().size());
        boolean changed = false;
        for (ActionDef a : model.actions()) {
            ListResponse list = a.listResponse();
            ListResponse decided = list == null ? null : decide(list, model);
            changed |= !Objects.equals(decided, list);
            actions.add(Objects.equals(decided, list) ? a : a.withListResponse(decided));
        }
        return changed ? model.with(actions, model.events()) : model;
    }

    private static ListResponse decide(ListResponse list, AmiModel model) {
        if (list.completionEvent() == null) {
            return list.withItems(null, List.of());
        }
        List<String> items = new ArrayList<>();
        boolean all = !list.itemEvents().isEmpty();
        for (String named : list.itemEvents()) {
            EventDef event = model.event(named);
            if (event == null) {
                all = false;
            } else if (!items.contains(event.name())) {
                items.add(event.name());
            }
        }
        ItemType type = !all ? ItemType.ANY_EVENT : items.size() == 1 ? ItemType.EVENT : ItemType.SEALED;
        return list.withItems(type, items);
    }
}
