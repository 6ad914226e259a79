package io.amisdk.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One table of the live state: written by the live thread only, read by any thread (lookups). Every put and remove
 * that changes something tells the sink; a put beyond the bound is refused and counted.
 */
final class StateTable<V> {
    /** Receives the changes of a store's tables (the live store's sink publishes them; a scratch store has none). */
    interface Sink {
        void change(LiveChange<?> change);

        void overflow(LiveChange.Kind kind);
    }

    private final LiveChange.Kind kind;
    private final int bound;
    private final Function<V, Object> comparable;
    private final Map<String, V> map = new ConcurrentHashMap<>();
    /**
     * Whether entries the server's list does not show stay (device states: DeviceStateList shows the cached ones
     * only, Custom:, Queue:, park:..., while DeviceStateChange also comes for devices whose state is computed, such as
     * Local/200@test; such entries are not drift).
     */
    private final boolean keepUnlisted;
    private Sink sink;
    private LiveChange.Cause cause = LiveChange.Cause.EVENT;

    StateTable(LiveChange.Kind kind, int bound, Function<V, Object> comparable) {
        this(kind, bound, comparable, false);
    }

    StateTable(LiveChange.Kind kind, int bound, Function<V, Object> comparable, boolean keepUnlisted) {
        this.keepUnlisted = keepUnlisted;
        this.kind = kind;
        this.bound = bound;
        this.comparable = comparable;
    }

    void sink(Sink s) {
        this.sink = s;
    }

    LiveChange.Kind kind() {
        return kind;
    }

    V get(String key) {
        return key == null ? null : map.get(key);
    }

    boolean has(String key) {
        return key != null && map.containsKey(key);
    }

    int size() {
        return map.size();
    }

    Map<String, V> map() {
        return map;
    }

    Map<String, V> copy() {
        return Map.copyOf(map);
    }

    /** Puts the value; false when the table is full (counted by the sink) and the key is new. */
    boolean put(String key, V value) {
        V before = map.get(key);
        if (before == null && map.size() >= bound) {
            if (sink != null) {
                sink.overflow(kind);
            }
            return false;
        }
        map.put(key, value);
        if (sink != null && !value.equals(before)) {
            sink.change(new LiveChange<>(kind, before == null ? LiveChange.Type.ADDED : LiveChange.Type.CHANGED, key,
                    before, value, cause));
        }
        return true;
    }

    V remove(String key) {
        V before = key == null ? null : map.remove(key);
        if (before != null && sink != null) {
            sink.change(new LiveChange<>(kind, LiveChange.Type.REMOVED, key, before, null, cause));
        }
        return before;
    }

    /**
     * The keys whose entries differ from {@code fresh} (the server's lists with the buffered events applied): what
     * {@link #adopt} would change.
     */
    java.util.Set<String> differences(StateTable<V> fresh) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        if (!keepUnlisted) {
            for (String key : map.keySet()) {
                if (!fresh.map.containsKey(key)) {
                    keys.add(key);
                }
            }
        }
        for (Map.Entry<String, V> e : fresh.map.entrySet()) {
            V mine = map.get(e.getKey());
            if (mine == null || !comparable.apply(mine).equals(comparable.apply(e.getValue()))) {
                keys.add(e.getKey());
            }
        }
        return keys;
    }

    /**
     * Makes the entries of these keys equal to {@code fresh}'s (removed where it has none), keeping this table's value
     * where the two agree on what the lists show (so local times survive). Returns how many entries differed; the
     * changes go to the sink with this cause.
     */
    int adopt(StateTable<V> fresh, java.util.Set<String> keys, LiveChange.Cause why) {
        LiveChange.Cause was = cause;
        cause = why;
        int differences = 0;
        try {
            for (String key : keys) {
                V theirs = fresh.map.get(key);
                V mine = map.get(key);
                if (theirs == null) {
                    if (mine != null && !keepUnlisted) {
                        remove(key);
                        differences++;
                    }
                } else if (mine == null || !comparable.apply(mine).equals(comparable.apply(theirs))) {
                    put(key, theirs);
                    differences++;
                }
            }
        } finally {
            cause = was;
        }
        return differences;
    }
}
