package io.amisdk.generator.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotShapesTest {
    @Test
    void theDefinitionsAreTheFieldsUnderNoPrefix() {
        assertThat(SnapshotShapes.DEFINITIONS).extracting(ShapeDef::name)
                .containsExactly(SnapshotShapes.CHANNEL, SnapshotShapes.BRIDGE);
        assertThat(SnapshotShapes.DEFINITIONS.get(0).fields()).isEqualTo(SnapshotShapes.fields(SnapshotShapes.CHANNEL, ""));
        assertThat(SnapshotShapes.DEFINITIONS.get(1).fields()).isEqualTo(SnapshotShapes.fields(SnapshotShapes.BRIDGE, ""));
    }

    @Test
    void aPrefixNamesEachFieldAndTheSiblingTheStylesheetPrefixesInText() {
        List<ParameterDef> dest = SnapshotShapes.fields(SnapshotShapes.CHANNEL, "Dest");
        assertThat(dest).hasSize(14).first().extracting(ParameterDef::name).isEqualTo("DestChannel");
        assertThat(dest.get(1).description().plainText())
                .isEqualTo("A numeric code for the channel's current state, related to DestChannelStateDesc");
        assertThat(dest.get(2).values()).extracting(EnumValue::name).startsWith("Down", "Rsrvd").endsWith("Unknown");

        List<ParameterDef> bridge = SnapshotShapes.fields(SnapshotShapes.BRIDGE, "Swap");
        assertThat(bridge.get(4).name()).isEqualTo("SwapBridgeName");
        assertThat(bridge.get(4).description().plainText()).as("not prefixed inside the sentence")
                .isEqualTo("Name used to refer to the bridge by its BridgeCreator if applicable");
    }

    @Test
    void anUnknownShapeIsRefused() {
        assertThatThrownBy(() -> SnapshotShapes.fields("QueueSnapshot", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
