package io.amisdk.servertests;

import io.amisdk.runtime.AmiEvent;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every event any client of the suite received (list items included): per event name, the class it
 * decoded to and the first value seen of each header, for the suite-wide checks of
 * {@link EventCoverageTest}.
 */
final class SeenEvents {
    /** One event kind as seen: its decoded class and a sample value per header name. */
    record Kind(String name, Class<? extends AmiEvent> type, Map<String, String> headers, long count) {
    }

    private static final Map<String, Class<? extends AmiEvent>> TYPES = new ConcurrentHashMap<>();
    private static final Map<String, String> NAMES = new ConcurrentHashMap<>();
    private static final Map<String, Map<String, String>> HEADERS = new ConcurrentHashMap<>();
    private static final Map<String, Long> COUNTS = new ConcurrentHashMap<>();
    private static final Set<String> CLASSES_RUN = ConcurrentHashMap.newKeySet();

    private SeenEvents() {
    }

    static void record(AmiEvent event) {
        String name = event.headers().get("Event");
        if (name == null) {
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        TYPES.putIfAbsent(key, event.getClass());
        NAMES.putIfAbsent(key, name);
        COUNTS.merge(key, 1L, Long::sum);
        Map<String, String> headers = HEADERS.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
        for (Map.Entry<String, String> h : event.headers().headers()) {
            headers.putIfAbsent(h.getKey(), h.getValue());
        }
    }

    /** Notes that a test class that drives calls ran, so the coverage check knows the suite was whole. */
    static void ran(Class<?> testClass) {
        CLASSES_RUN.add(testClass.getSimpleName());
    }

    static Set<String> classesRun() {
        return Set.copyOf(CLASSES_RUN);
    }

    /** Every event kind seen so far, by name. */
    static Map<String, Kind> kinds() {
        Map<String, Kind> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, Class<? extends AmiEvent>> e : TYPES.entrySet()) {
            String key = e.getKey();
            out.put(NAMES.get(key), new Kind(NAMES.get(key), e.getValue(), new TreeMap<>(HEADERS.get(key)), COUNTS.get(key)));
        }
        return out;
    }
}
