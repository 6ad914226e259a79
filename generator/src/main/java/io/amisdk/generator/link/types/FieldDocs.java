package io.amisdk.generator.link.types;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A header its event leaves undocumented takes the description it has elsewhere, so that the SDK does not say only
 * "The {@code X} header." where the docs know more: a field of a snapshot run takes its shape's field's description,
 * else the one the same member of the same shape carries most often in the other events (for a prefixed run, saying
 * whose: "Of the Dest channel: ..."); any other takes the description the same header, outside any shape, carries
 * most often in the other events (ties: the first in name order, so the output stays reproducible). A header is only
 * described by its own kind: a channel's {@code Priority} (the dialplan's) never takes a queue caller's
 * {@code Priority}. A header documented nowhere stays undocumented.
 */
final class FieldDocs {
    private FieldDocs() {
    }

    /**
     * The events with their undocumented fields described where the model knows a description; filled until nothing
     * changes (a description taken in one round can be the one another header takes in the next), so that filling
     * again changes nothing.
     */
    static List<EventDef> fill(List<EventDef> events, List<ShapeDef> shapes) {
        List<EventDef> current = events;
        for (int round = 0; round < 8; round++) {
            List<EventDef> next = fillOnce(current, shapes);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static List<EventDef> fillOnce(List<EventDef> events, List<ShapeDef> shapes) {
        Map<String, Map<String, Doc>> shapeDocs = new HashMap<>();
        for (ShapeDef s : shapes) {
            Map<String, Doc> docs = new HashMap<>();
            s.fields().forEach(f -> docs.put(f.name(), f.description()));
            shapeDocs.put(s.name(), docs);
        }
        Map<String, Doc> common = mostCommon(events);
        List<EventDef> out = new ArrayList<>(events.size());
        for (EventDef e : events) {
            List<ParameterDef> fields = new ArrayList<>(e.fields().size());
            boolean changed = false;
            for (ParameterDef f : e.fields()) {
                Doc found = f.description().isEmpty() ? elsewhere(f, shapeDocs, common) : null;
                if (found != null && !found.isEmpty()) {
                    fields.add(f.withDescription(found));
                    changed = true;
                } else {
                    fields.add(f);
                }
            }
            out.add(changed ? e.withFields(fields) : e);
        }
        return out;
    }

    private static Doc elsewhere(ParameterDef f, Map<String, Map<String, Doc>> shapeDocs, Map<String, Doc> common) {
        if (f.shape() == null) {
            return common.get(kind(f));
        }
        String member = Snapshots.memberName(f);
        Doc shaped = shapeDocs.getOrDefault(f.shape().shape(), Map.of()).get(member);
        if (shaped == null || shaped.isEmpty()) {
            shaped = common.get(kind(f)); // the same member of the same shape, as the events document it
        }
        if (shaped == null || shaped.isEmpty() || f.shape().prefix().isEmpty()) {
            return shaped;
        }
        return Doc.ofText("Of the " + f.shape().prefix() + (f.shape().shape().contains("Bridge") ? " bridge: " : " channel: ")
                + shaped.plainText());
    }

    /** What a header is, for borrowing a description: its shape and member, or its name outside any shape. */
    private static String kind(ParameterDef f) {
        return f.shape() == null ? "/" + f.name() : f.shape().shape() + "/" + Snapshots.memberName(f);
    }

    /** Per header kind ({@link #kind}), the description the events give it most often. */
    private static Map<String, Doc> mostCommon(List<EventDef> events) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Doc> byText = new HashMap<>();
        for (EventDef e : events) {
            for (ParameterDef f : e.fields()) {
                // a prefixed run's text is about its own channel ("Of the Dest channel: ..."): only unprefixed ones count
                if (!f.description().isEmpty() && (f.shape() == null || f.shape().prefix().isEmpty())) {
                    String text = f.description().plainText();
                    byText.putIfAbsent(text, f.description());
                    counts.computeIfAbsent(kind(f), n -> new TreeMap<>()).merge(text, 1, Integer::sum);
                }
            }
        }
        Map<String, Doc> out = new HashMap<>();
        counts.forEach((name, texts) -> {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> t : texts.entrySet()) {
                if (t.getValue() > most) {
                    best = t.getKey();
                    most = t.getValue();
                }
            }
            out.put(name, byText.get(best));
        });
        return out;
    }
}
