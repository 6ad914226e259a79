package io.amisdk.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a list action: the response, the item events in arrival order, and the event that
 * completed the list (null when Asterisk answered with an error and sent no list).
 *
 * @param <I> the type of the items
 */
public final class AmiListResponse<I extends AmiEvent> {
    private final AmiResponse response;
    private final List<I> items;
    private final AmiEvent completion;

    public AmiListResponse(AmiResponse response, List<I> items, AmiEvent completion) {
        this.response = Objects.requireNonNull(response, "response");
        this.items = List.copyOf(items);
        this.completion = completion;
    }

    /** The response that opened the list ({@code EventList: start}) or refused it. */
    public AmiResponse response() {
        return response;
    }

    /** The item events, in arrival order. */
    public List<I> items() {
        return items;
    }

    /** The completion event (e.g. {@code CoreShowChannelsComplete}), or null when there was no list. */
    public AmiEvent completion() {
        return completion;
    }

    /** Whether the response was a success. */
    public boolean isSuccess() {
        return response.isSuccess();
    }

    /** The {@code ListItems} count the server announced in the completion event, or -1 when absent. */
    public int announcedItems() {
        String value = completion == null ? null : completion.headers().get("ListItems");
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "AmiListResponse{" + response.status() + ", " + items.size() + " items, completion="
                + (completion == null ? null : completion.eventName()) + '}';
    }
}
