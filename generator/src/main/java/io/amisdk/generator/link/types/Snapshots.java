package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.model.ShapeRef;
import io.amisdk.generator.model.SnapshotShapes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of fields Asterisk's {@code doc/appdocsxml.xslt} defines once ({@code <channel_snapshot prefix="P"/>},
 * {@code <bridge_snapshot prefix="P"/>}), and their recognition in an event's fields: wherever every field of a
 * run is present under one prefix, those fields are that shape's. Recognising the run rather than the element
 * lets every front-end (raw XML, processed XML, the website's pages, a supplement) yield the same shapes.
 */
final class Snapshots {
    /** The channel snapshot's shape name. */
    static final String CHANNEL = SnapshotShapes.CHANNEL;
    /** The bridge snapshot's shape name. */
    static final String BRIDGE = SnapshotShapes.BRIDGE;

    /** The shapes as the stylesheet defines them: names, order and text, unprefixed ({@link SnapshotShapes}). */
    static final List<ShapeDef> DEFINITIONS = SnapshotShapes.DEFINITIONS;

    /** The field a run is recognised by: each shape's only field ending in it under any prefix. */
    private static final Map<String, String> ANCHORS = Map.of(CHANNEL, "ChannelStateDesc", BRIDGE,
            "BridgeVideoSourceMode");

    private Snapshots() {
    }

    /**
     * The fields with every complete run of a shape marked by its {@link ShapeRef}; fields of no complete run
     * keep no shape. A field already marked (a supplement's) keeps its mark only when its run is complete.
     */
    static List<ParameterDef> mark(List<ParameterDef> fields) {
        Map<String, Integer> byName = new HashMap<>(fields.size() * 2);
        for (int i = 0; i < fields.size(); i++) {
            byName.putIfAbsent(fields.get(i).name(), i);
        }
        ShapeRef[] refs = new ShapeRef[fields.size()];
        for (ShapeDef shape : DEFINITIONS) {
            String anchor = ANCHORS.get(shape.name());
            for (ParameterDef f : fields) {
                if (!f.name().endsWith(anchor)) {
                    continue;
                }
                String prefix = f.name().substring(0, f.name().length() - anchor.length());
                List<Integer> run = new ArrayList<>(shape.fields().size());
                for (ParameterDef member : shape.fields()) {
                    Integer at = byName.get(prefix + member.name());
                    if (at == null) {
                        run = null;
                        break;
                    }
                    run.add(at);
                }
                if (run != null) {
                    ShapeRef ref = new ShapeRef(shape.name(), prefix);
                    run.forEach(i -> refs[i] = ref);
                }
            }
        }
        List<ParameterDef> out = new ArrayList<>(fields.size());
        boolean changed = false;
        for (int i = 0; i < fields.size(); i++) {
            ParameterDef f = fields.get(i);
            if (!java.util.Objects.equals(f.shape(), refs[i])) {
                f = f.withShape(refs[i]);
                changed = true;
            }
            out.add(f);
        }
        return changed ? out : fields;
    }

    /** The name of a marked field within its shape (its prefix removed). */
    static String memberName(ParameterDef field) {
        return field.name().substring(field.shape().prefix().length());
    }
}
