package io.amisdk.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * The list an action answers with.
 *
 * @param itemEvents      the events that carry the items, in document order
 * @param completionEvent the event that ends the list (e.g. {@code CoreShowChannelsComplete}), or null
 */
public record ListResponse(List<String> itemEvents, String completionEvent) {
    public ListResponse {
        itemEvents = List.copyOf(Objects.requireNonNull(itemEvents, "itemEvents"));
    }
}
