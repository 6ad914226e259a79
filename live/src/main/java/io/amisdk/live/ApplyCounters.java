package io.amisdk.live;

import java.util.function.BiConsumer;

/** The counters an apply writes (live thread only; read through volatile snapshots by {@link LivePbx#counters()}). */
final class ApplyCounters {
    volatile long applied;
    volatile long ignored;
    volatile long unknown;
    volatile long late;
    volatile long bad;
    private final BiConsumer<String, String> report;

    ApplyCounters(BiConsumer<String, String> report) {
        this.report = report;
    }

    /** Counters that go nowhere (replaying buffered events onto a scratch store). */
    static ApplyCounters quiet() {
        return new ApplyCounters(null);
    }

    void unknown(String what, ServerEvent m) {
        unknown++;
        tell(what, m);
    }

    void late(ServerEvent m) {
        late++;
    }

    void bad(String what, ServerEvent m) {
        bad++;
        tell(what, m);
    }

    private void tell(String what, ServerEvent m) {
        if (report != null) {
            report.accept(what, m.name());
        }
    }
}
