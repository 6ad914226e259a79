package io.amisdk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Single events applied to a store, checked against what Asterisk 22's source says they mean. */
class ProtocolApplyTest {
    private final LiveStore store = new LiveStore(LiveConfig.defaults(), new AtomicLong());
    private final ApplyCounters stats = ApplyCounters.quiet();
    private final Instant now = Instant.parse("2026-12-06T05:00:00Z");

    private void apply(String event, String... pairs) {
        EventApplier.apply(store, ServerEvent.of(event, pairs), stats, now);
    }

    private void join(String uid, int position) {
        apply("QueueCallerJoin", "Queue", "q", "Uniqueid", uid, "Channel", "PJSIP/" + uid, "Position",
                Integer.toString(position), "Count", "0");
    }

    private List<String> waiting() {
        return store.callersOf("q").stream().map(c -> c.uniqueId() + "@" + c.position()).toList();
    }

    @Test
    @DisplayName("a caller of higher priority joins ahead of those waiting (app_queue.c join_queue inserts by prio)")
    void priorityCallerJoinsAhead() {
        join("a", 1);
        join("b", 2);
        join("vip", 1);

        assertThat(waiting()).containsExactly("vip@1", "a@2", "b@3");
        assertThat(store.callers.get("q/a").caller().position()).isEqualTo(2);
    }

    @Test
    @DisplayName("a leave or abandon moves those behind up one; the join replayed after it changes nothing")
    void leaveMovesTheRestUp() {
        join("a", 1);
        join("vip", 1);
        join("b", 3);
        apply("QueueCallerAbandon", "Queue", "q", "Uniqueid", "vip", "Position", "1");
        apply("QueueCallerLeave", "Queue", "q", "Uniqueid", "vip", "Position", "1", "Count", "2");
        assertThat(waiting()).containsExactly("a@1", "b@2");

        join("b", 3); // a replay across the snapshot boundary: b is known, its place stays
        assertThat(waiting()).containsExactly("a@1", "b@2");
        assertThat(store.callers.get("q/b").caller().position()).isEqualTo(2);
    }

    @Test
    @DisplayName("ExtensionStatus -2 (AST_EXTENSION_REMOVED) and -1 (DEACTIVATED) remove the hint's state")
    void extensionRemoved() {
        apply("ExtensionStatus", "Exten", "200", "Context", "test", "Hint", "Custom:ext200", "Status", "0", "StatusText", "Idle");
        apply("ExtensionStatus", "Exten", "201", "Context", "test", "Hint", "Custom:ext201", "Status", "0", "StatusText", "Idle");
        assertThat(store.extensions.map()).containsOnlyKeys("200@test", "201@test");

        apply("ExtensionStatus", "Exten", "200", "Context", "test", "Hint", "", "Status", "-2", "StatusText", "Removed");
        apply("ExtensionStatus", "Exten", "201", "Context", "test", "Hint", "", "Status", "-1", "StatusText", "Unknown");

        assertThat(store.extensions.map()).isEmpty();
    }
}
