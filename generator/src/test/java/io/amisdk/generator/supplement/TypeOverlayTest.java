package io.amisdk.generator.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.link.types.TypeLinker;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's type overlay (a supplement whose headers carry types): applied as USER_OVERLAY, or listed with file:line. */
class TypeOverlayTest {
    @TempDir
    Path dir;

    private static ParameterDef header(String name, String... values) {
        return ParameterDef.of(name, false, Doc.EMPTY,
                java.util.Arrays.stream(values).map(v -> new EnumValue(v, Doc.EMPTY)).toList(), null, false);
    }

    /** Docs with one event: Count, a two-valued Mode, and a whole unprefixed channel snapshot. */
    private static AmiModel docs() {
        List<ParameterDef> fields = new ArrayList<>(List.of(header("Count"), header("Mode", "a", "b")));
        for (String f : List.of("Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName",
                "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority",
                "Uniqueid", "Linkedid")) {
            fields.add(f.equals("ChannelStateDesc") ? header(f, "Down", "Up") : header(f));
        }
        EventDef e = EventDef.of("MyEvent", "", Doc.EMPTY, null, fields, List.of(), List.of(), List.of(), null, null);
        return TypeLinker.type(new AmiModel("core-en_US.xml", "22", List.of(), List.of(e)));
    }

    @Test
    @DisplayName("a user's type entries apply with rule USER_OVERLAY, shapes' fields too, and survive typing")
    void appliesUserOverlay() throws IOException {
        Path file = Files.writeString(dir.resolve("types.json"), """
                {"source": "types.json",
                 "events": [{"name": "MyEvent",
                             "fields": [{"name": "Count", "type": {"kind": "LONG", "reason": "my traffic"}}]}],
                 "shapes": [{"name": "ChannelSnapshot",
                             "fields": [{"name": "Priority", "type": {"kind": "INTEGER"}}]}]}
                """);
        AmiModel typed = TypeLinker.type(Supplements.mergeFiles(docs(), List.of(file)));

        HeaderType count = typed.event("MyEvent").field("Count").type();
        assertThat(count.kind()).isEqualTo(Kind.LONG);
        assertThat(count.rule()).isEqualTo(Rule.USER_OVERLAY);
        assertThat(count.reason()).isEqualTo("overlay types.json: my traffic");
        assertThat(typed.shape("ChannelSnapshot").fields().stream().filter(f -> f.name().equals("Priority"))
                .findFirst().orElseThrow().type().rule()).isEqualTo(Rule.USER_OVERLAY);
        HeaderType priority = typed.event("MyEvent").field("Priority").type();
        assertThat(priority.kind()).isEqualTo(Kind.INTEGER);
        assertThat(priority.rule()).isEqualTo(Rule.SNAPSHOT);
        assertThat(typed.event("MyEvent").fields()).hasSize(16);
    }

    @Test
    @DisplayName("an enum entry gives its own values, with their descriptions, to a header documented without any")
    void enumEntryGivesItsValues() throws IOException {
        Path file = Files.writeString(dir.resolve("types.json"), """
                {"source": "types.json",
                 "events": [{"name": "MyEvent",
                             "fields": [
                              {"name": "Count", "type": {"kind": "ENUM", "reason": "codes"},
                               "values": [{"name": "0", "description": {"blocks": [{"kind": "para", "inlines": [
                                            {"style": "LITERAL", "text": "Failed"},
                                            {"style": "TEXT", "text": " - it failed."}]}]}},
                                          {"name": "4"}]},
                              {"name": "Mode", "type": {"kind": "ENUM"}, "values": [{"name": "x"}]}]}]}
                """);
        AmiModel typed = TypeLinker.type(Supplements.mergeFiles(docs(), List.of(file)));

        ParameterDef count = typed.event("MyEvent").field("Count");
        assertThat(count.type().kind()).isEqualTo(Kind.ENUM);
        assertThat(count.type().rule()).isEqualTo(Rule.USER_OVERLAY);
        assertThat(count.values()).extracting(EnumValue::name).containsExactly("0", "4");
        assertThat(count.values().get(0).description().plainText()).isEqualTo("Failed - it failed.");
        assertThat(typed.event("MyEvent").field("Mode").values()).as("the docs' values win")
                .extracting(EnumValue::name).containsExactly("a", "b");
    }

    @Test
    @DisplayName("entries naming what the docs lack are problems with file:line, and nothing is merged")
    void badEntriesAreProblemsWithLines() throws IOException {
        Path file = Files.writeString(dir.resolve("types.json"), """
                {"source": "types.json",
                 "events": [
                  {"name": "MyEvent",
                   "fields": [
                    {"name": "Nope", "type": {"kind": "INTEGER"}},
                    {"name": "Count", "type": {"kind": "ENUM"}},
                    {"name": "Priority", "type": {"kind": "INTEGER"}}]},
                  {"name": "NoSuchEvent",
                   "fields": [{"name": "X", "type": {"kind": "INTEGER"}}]}],
                 "shapes": [{"name": "NoSuchShape", "fields": []}]}
                """);
        assertThatThrownBy(() -> Supplements.mergeFiles(docs(), List.of(file)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("5 problem(s)")
                .hasMessageContaining("types.json:5: managerEvent MyEvent: a type overlay entry for header Nope,"
                        + " which the docs do not define")
                .hasMessageContaining("types.json:6: managerEvent MyEvent: header Count has no documented values")
                .hasMessageContaining("types.json:7: managerEvent MyEvent: header Priority is field Priority of the"
                        + " ChannelSnapshot snapshot: type the shape's field instead")
                .hasMessageContaining("types.json:8: managerEvent NoSuchEvent: a type overlay entry for an event")
                .hasMessageContaining("types.json:10: shape NoSuchShape: the docs define no shape");
    }

    @Test
    @DisplayName("the shipped overlay fits other lines silently: what they lack is left out")
    void shippedOverlayIsApplicable() {
        AmiModel merged = SupplementMerger.mergeApplicable(docs(), Supplements.builtIn());
        assertThat(merged.event("MyEvent").fields()).hasSize(16);
    }
}
