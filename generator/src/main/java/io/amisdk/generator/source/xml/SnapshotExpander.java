package io.amisdk.generator.source.xml;

import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SnapshotShapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces {@code <channel_snapshot prefix="P"/>} and {@code <bridge_snapshot prefix="P"/>} by the
 * {@code <parameter>} elements they stand for, as Asterisk's {@code doc/appdocsxml.xslt} does when it
 * exports processed docs ({@code xmldoc dump}); names, order and text are {@link SnapshotShapes}', the
 * layout (an enum list before the text, {@code required="false"} on BridgeVideoSource alone) that stylesheet's.
 */
final class SnapshotExpander {
    /** The one field the stylesheet writes {@code required="false"} on. */
    private static final String REQUIRED_WRITTEN = "BridgeVideoSource";

    private SnapshotExpander() {
    }

    /** Expands every snapshot element below {@code root}, in place. */
    static void expand(XmlElement root) {
        for (XmlNode n : new ArrayList<>(root.children)) {
            if (n instanceof XmlElement e) {
                if (e.is("channel_snapshot")) {
                    root.replace(e, snapshot(e, SnapshotShapes.CHANNEL));
                } else if (e.is("bridge_snapshot")) {
                    root.replace(e, snapshot(e, SnapshotShapes.BRIDGE));
                } else {
                    expand(e);
                }
            }
        }
    }

    private static List<XmlElement> snapshot(XmlElement at, String shape) {
        String p = at.attribute("prefix") == null ? "" : at.attribute("prefix");
        List<XmlElement> out = new ArrayList<>();
        for (ParameterDef f : SnapshotShapes.fields(shape, p)) {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (f.name().equals(p + REQUIRED_WRITTEN)) {
                attributes.put("required", "false");
            }
            attributes.put("name", f.name());
            XmlElement parameter = new XmlElement("parameter", "", attributes, at.line, at.column);
            if (!f.values().isEmpty()) {
                parameter.append(enumlist(at, f.values()));
            }
            if (!f.description().isEmpty()) {
                parameter.append(para(at, f.description().plainText()));
            }
            out.add(parameter);
        }
        return out;
    }

    private static XmlElement para(XmlElement at, String text) {
        XmlElement e = new XmlElement("para", "", Map.of(), at.line, at.column);
        e.append(new XmlText(text));
        return e;
    }

    private static XmlElement enumlist(XmlElement at, List<EnumValue> values) {
        XmlElement list = new XmlElement("enumlist", "", Map.of(), at.line, at.column);
        for (EnumValue v : values) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("name", v.name());
            list.append(new XmlElement("enum", "", attributes, at.line, at.column));
        }
        return list;
    }
}
