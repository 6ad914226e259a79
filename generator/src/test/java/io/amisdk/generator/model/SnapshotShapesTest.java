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
        for (int i = 0; i < 2; i++) {
            ShapeDef shape = SnapshotShapes.DEFINITIONS.get(i);
            List<ParameterDef> expanded = SnapshotShapes.fields(shape.name(), "");
            assertThat(shape.fields()).hasSameSizeAs(expanded);
            for (int f = 0; f < expanded.size(); f++) {
                ParameterDef defined = shape.fields().get(f);
                ParameterDef docs = expanded.get(f);
                // the same field; where the stylesheet has no text, the definition says what the field is
                assertThat(defined.withDescription(docs.description())).isEqualTo(docs);
                if (!docs.description().isEmpty()) {
                    assertThat(defined.description()).isEqualTo(docs.description());
                }
                assertThat(defined.description().isEmpty()).as(defined.name()).isFalse();
            }
        }
        assertThat(SnapshotShapes.DEFINITIONS.get(0).fields().get(11).description().plainText())
                .isEqualTo("The dialplan priority the channel is at.");
        assertThat(SnapshotShapes.fields(SnapshotShapes.CHANNEL, "").get(11).description().isEmpty())
                .as("the docs' own expansion keeps the stylesheet's (no) text").isTrue();
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
