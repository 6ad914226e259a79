package io.amisdk.generator.source.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces {@code <channel_snapshot prefix="P"/>} and {@code <bridge_snapshot prefix="P"/>} by the
 * {@code <parameter>} elements they stand for, as Asterisk's {@code doc/appdocsxml.xslt} does when it
 * exports processed docs ({@code xmldoc dump}); names, order and text follow that stylesheet.
 */
final class SnapshotExpander {
    private static final List<String> CHANNEL_STATES = List.of("Down", "Rsrvd", "OffHook", "Dialing", "Ring",
            "Ringing", "Up", "Busy", "Dialing Offhook", "Pre-ring", "Unknown");
    private static final List<String> VIDEO_SOURCE_MODES = List.of("none", "talker", "single");

    private SnapshotExpander() {
    }

    /** Expands every snapshot element below {@code root}, in place. */
    static void expand(XmlElement root) {
        for (XmlNode n : new ArrayList<>(root.children)) {
            if (n instanceof XmlElement e) {
                if (e.is("channel_snapshot")) {
                    root.replace(e, channelSnapshot(e));
                } else if (e.is("bridge_snapshot")) {
                    root.replace(e, bridgeSnapshot(e));
                } else {
                    expand(e);
                }
            }
        }
    }

    private static List<XmlElement> channelSnapshot(XmlElement at) {
        String p = prefix(at);
        List<XmlElement> out = new ArrayList<>();
        out.add(parameter(at, p + "Channel", null));
        out.add(parameter(at, p + "ChannelState",
                "A numeric code for the channel's current state, related to " + p + "ChannelStateDesc"));
        XmlElement stateDesc = parameter(at, p + "ChannelStateDesc", null);
        stateDesc.append(enumlist(at, CHANNEL_STATES));
        out.add(stateDesc);
        for (String name : List.of("CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName",
                "Language", "AccountCode", "Context", "Exten", "Priority", "Uniqueid")) {
            out.add(parameter(at, p + name, null));
        }
        out.add(parameter(at, p + "Linkedid", "Uniqueid of the oldest channel associated with this channel."));
        return out;
    }

    private static List<XmlElement> bridgeSnapshot(XmlElement at) {
        String p = prefix(at);
        List<XmlElement> out = new ArrayList<>();
        out.add(parameter(at, p + "BridgeUniqueid", null));
        out.add(parameter(at, p + "BridgeType", "The type of bridge"));
        out.add(parameter(at, p + "BridgeTechnology", "Technology in use by the bridge"));
        out.add(parameter(at, p + "BridgeCreator", "Entity that created the bridge if applicable"));
        // The stylesheet does not prefix the name inside this sentence.
        out.add(parameter(at, p + "BridgeName", "Name used to refer to the bridge by its BridgeCreator if applicable"));
        out.add(parameter(at, p + "BridgeNumChannels", "Number of channels in the bridge"));
        XmlElement mode = parameter(at, p + "BridgeVideoSourceMode", null);
        mode.append(enumlist(at, VIDEO_SOURCE_MODES));
        mode.append(para(at, "The video source mode for the bridge."));
        out.add(mode);
        out.add(parameter(at, p + "BridgeVideoSource", false,
                "If there is a video source for the bridge, the unique ID of the channel that is the video source."));
        return out;
    }

    private static String prefix(XmlElement snapshot) {
        String p = snapshot.attribute("prefix");
        return p == null ? "" : p;
    }

    private static XmlElement parameter(XmlElement at, String name, String para) {
        return parameter(at, name, null, para);
    }

    /** A parameter; {@code required} written out as the stylesheet writes it, unless null. */
    private static XmlElement parameter(XmlElement at, String name, Boolean required, String para) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (required != null) {
            attributes.put("required", required.toString());
        }
        attributes.put("name", name);
        XmlElement e = new XmlElement("parameter", "", attributes, at.line, at.column);
        if (para != null) {
            e.append(para(at, para));
        }
        return e;
    }

    private static XmlElement para(XmlElement at, String text) {
        XmlElement e = new XmlElement("para", "", Map.of(), at.line, at.column);
        e.append(new XmlText(text));
        return e;
    }

    private static XmlElement enumlist(XmlElement at, List<String> names) {
        XmlElement list = new XmlElement("enumlist", "", Map.of(), at.line, at.column);
        for (String n : names) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("name", n);
            list.append(new XmlElement("enum", "", attributes, at.line, at.column));
        }
        return list;
    }
}
