package io.amisdk.generator.model;

import java.util.List;

/**
 * The one definition of the runs of fields Asterisk's {@code doc/appdocsxml.xslt} defines once and its docs
 * write as {@code <channel_snapshot prefix="P"/>} and {@code <bridge_snapshot prefix="P"/>}: names, order,
 * text and values as that stylesheet has them. The XML reader expands the elements from it; the linker
 * recognises the runs and emits the shapes from it.
 */
public final class SnapshotShapes {
    /** The channel snapshot's shape name. */
    public static final String CHANNEL = "ChannelSnapshot";
    /** The bridge snapshot's shape name. */
    public static final String BRIDGE = "BridgeSnapshot";

    /** Where a field's text names a sibling under the snapshot's prefix, as the stylesheet writes it. */
    private static final String PREFIX = "{prefix}";

    /**
     * One field as the stylesheet defines it: its text (or null) may hold {@link #PREFIX}. Where the stylesheet has
     * no text, {@link #KNOWN} says what the field is for the shape the SDK documents; the docs' own expansion keeps
     * the stylesheet's (none), so every front-end still reads the same docs.
     */
    private record Field(String name, String text, List<String> values) {
        Field(String name, String text) {
            this(name, text, List.of());
        }

        ParameterDef documented() {
            ParameterDef field = under("");
            String known = KNOWN.get(name);
            return text == null && known != null ? field.withDescription(Doc.ofText(known)) : field;
        }

        ParameterDef under(String prefix) {
            List<EnumValue> enumValues = values.stream().map(v -> new EnumValue(v, Doc.EMPTY)).toList();
            return ParameterDef.of(prefix + name, false, text == null ? Doc.EMPTY
                    : Doc.ofText(text.replace(PREFIX, prefix)), enumValues, null, false);
        }
    }

    private record Shape(String name, String description, List<Field> fields) {
        List<ParameterDef> fields(String prefix) {
            return fields.stream().map(f -> f.under(prefix)).toList();
        }
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(CHANNEL, "The state of a channel, as Asterisk's channel snapshot reports it.", List.of(
                    new Field("Channel", null),
                    new Field("ChannelState", "A numeric code for the channel's current state, related to "
                            + PREFIX + "ChannelStateDesc"),
                    new Field("ChannelStateDesc", null, List.of("Down", "Rsrvd", "OffHook", "Dialing", "Ring",
                            "Ringing", "Up", "Busy", "Dialing Offhook", "Pre-ring", "Unknown")),
                    new Field("CallerIDNum", null), new Field("CallerIDName", null),
                    new Field("ConnectedLineNum", null), new Field("ConnectedLineName", null),
                    new Field("Language", null), new Field("AccountCode", null), new Field("Context", null),
                    new Field("Exten", null), new Field("Priority", null), new Field("Uniqueid", null),
                    new Field("Linkedid", "Uniqueid of the oldest channel associated with this channel."))),
            new Shape(BRIDGE, "The state of a bridge, as Asterisk's bridge snapshot reports it.", List.of(
                    new Field("BridgeUniqueid", null),
                    new Field("BridgeType", "The type of bridge"),
                    new Field("BridgeTechnology", "Technology in use by the bridge"),
                    new Field("BridgeCreator", "Entity that created the bridge if applicable"),
                    // the stylesheet does not prefix the name inside this sentence
                    new Field("BridgeName", "Name used to refer to the bridge by its BridgeCreator if applicable"),
                    new Field("BridgeNumChannels", "Number of channels in the bridge"),
                    new Field("BridgeVideoSourceMode", "The video source mode for the bridge.",
                            List.of("none", "talker", "single")),
                    new Field("BridgeVideoSource", "If there is a video source for the bridge, the unique ID of"
                            + " the channel that is the video source."))));

    /** What the fields the stylesheet leaves without text are, as Asterisk's channel and bridge snapshots fill them. */
    private static final java.util.Map<String, String> KNOWN = java.util.Map.ofEntries(
            java.util.Map.entry("Channel", "The channel's name, e.g. PJSIP/alice-00000001."),
            java.util.Map.entry("ChannelStateDesc", "The channel's current state, in words."),
            java.util.Map.entry("CallerIDNum", "The caller ID number."),
            java.util.Map.entry("CallerIDName", "The caller ID name."),
            java.util.Map.entry("ConnectedLineNum", "The connected party's number, as the channel shows it."),
            java.util.Map.entry("ConnectedLineName", "The connected party's name, as the channel shows it."),
            java.util.Map.entry("Language", "The channel's language, for prompts (e.g. en)."),
            java.util.Map.entry("AccountCode", "The channel's account code, for billing."),
            java.util.Map.entry("Context", "The dialplan context the channel is in."),
            java.util.Map.entry("Exten", "The dialplan extension the channel is at."),
            java.util.Map.entry("Priority", "The dialplan priority the channel is at."),
            java.util.Map.entry("Uniqueid", "The channel's unique ID."),
            java.util.Map.entry("BridgeUniqueid", "The bridge's unique ID."));

    /**
     * The shapes, their fields unprefixed, each documented: the stylesheet's text, else what the field is
     * ({@link #KNOWN}).
     */
    public static final List<ShapeDef> DEFINITIONS = SHAPES.stream()
            .map(s -> new ShapeDef(s.name(), Doc.ofText(s.description()),
                    s.fields().stream().map(Field::documented).toList())).toList();

    private SnapshotShapes() {
    }

    /**
     * A shape's fields under a prefix, as the stylesheet writes them out for {@code <channel_snapshot prefix="P"/>}:
     * each name prefixed, and so each sibling a text names where the stylesheet prefixes it.
     *
     * @throws IllegalArgumentException for a name that is not {@link #CHANNEL} or {@link #BRIDGE}
     */
    public static List<ParameterDef> fields(String shape, String prefix) {
        return SHAPES.stream().filter(s -> s.name().equals(shape)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no snapshot shape " + shape)).fields(prefix);
    }
}
