package io.amisdk.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** What the live layer needs from an AMI connection; {@link RuntimeLink} is the one implementation over the runtime. */
interface AmiLink extends AutoCloseable {

    /**
     * Starts delivering every event (in arrival order) and each login (first and after every reconnect): the login
     * callback gets true when the connection was logged in already before this subscription (its FullyBooted has
     * passed).
     */
    void subscribe(Consumer<ServerEvent> events, Consumer<Boolean> loggedIn, Runnable lost);

    /** Whether actions can be sent now. */
    boolean loggedIn();

    /**
     * Sends a list action and completes with its items. An error answer completes with {@link ListResult#failed()}
     * (Asterisk answers some lists with an error when empty, e.g. ConfbridgeListRooms "No active conferences.").
     */
    CompletableFuture<ListResult> list(String action, Map<String, String> headers);

    /** Sends an action; completes with the response headers, exceptionally on an error answer or a lost link. */
    CompletableFuture<ServerEvent> send(String action, String actionId, Map<String, String> headers);

    @Override
    void close();

    /** The items of a list action; {@code message} is the error answer's message when it failed. */
    record ListResult(List<ServerEvent> items, boolean failed, String message) {
        static ListResult ok(List<ServerEvent> items) {
            return new ListResult(List.copyOf(items), false, null);
        }

        static ListResult error(String message) {
            return new ListResult(List.of(), true, message);
        }
    }
}
