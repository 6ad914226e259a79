package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * The list an action answers with.
 *
 * @param itemEvents      the events that carry the items, in document order, as the docs spell them
 * @param completionEvent the event that ends the list (e.g. {@code CoreShowChannelsComplete}), or null
 * @param itemType        what type its items have, which the linker decides; null when it is no list (no completion
 *                        event) or not yet linked
 * @param items           the model events its items are, by the model's names, each once, in document order: those
 *                        of {@code itemEvents} the model has (the linker resolves them; empty until then)
 */
public record ListResponse(List<String> itemEvents, String completionEvent,
        @JsonInclude(JsonInclude.Include.NON_NULL) ItemType itemType,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items) {
    public ListResponse {
        itemEvents = List.copyOf(Objects.requireNonNull(itemEvents, "itemEvents"));
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A list as a reader finds it. */
    public ListResponse(List<String> itemEvents, String completionEvent) {
        this(itemEvents, completionEvent, null, null);
    }

    /** This list with its items' type decided. */
    public ListResponse withItems(ItemType newItemType, List<String> newItems) {
        return new ListResponse(itemEvents, completionEvent, newItemType, newItems);
    }

    /** What type a list's items have in the SDK. */
    public enum ItemType {
        /** All items are of one event: its class. */
        EVENT,
        /** Items of several events: a sealed type those events' classes implement. */
        SEALED,
        /** An item event the model lacks, or none named: items are plain {@code AmiEvent}s. */
        ANY_EVENT
    }
}
