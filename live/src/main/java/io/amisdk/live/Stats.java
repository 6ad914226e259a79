package io.amisdk.live;

import java.util.function.BiConsumer;

/** The counters an apply writes (live thread only; read through volatile snapshots by {@link LivePbx#counters()}). */
final class Stats {
    volatile long applied;
    volatile long ignored;
    volatile long unknown;
    volatile long late;
    volatile long bad;
    private final BiConsumer<String, String> report;

    Stats(BiConsumer<String, String> report) {
        this.report = report;
    }

    /** Counters that go nowhere (replaying buffered events onto a scratch store). */
    static Stats quiet() {
        return new Stats(null);
    }

    void unknown(String what, Msg m) {
        unknown++;
        tell(what, m);
    }

    void late(Msg m) {
        late++;
    }

    void bad(String what, Msg m) {
        bad++;
        tell(what, m);
    }

    private void tell(String what, Msg m) {
        if (report != null) {
            report.accept(what, m.name());
        }
    }
}
