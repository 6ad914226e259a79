package io.amisdk.generator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderVariant;
import io.amisdk.generator.model.ParameterDef;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LineMergerTest {
    private static ParameterDef header(String name, boolean required, String... values) {
        return ParameterDef.of(name, required, Doc.EMPTY,
                Arrays.stream(values).map(v -> new EnumValue(v, Doc.EMPTY)).toList(), null, false);
    }

    private static ActionDef action(String name, String synopsis, ParameterDef... parameters) {
        return ActionDef.of(name, synopsis, Doc.EMPTY, List.of(parameters), null, List.of(), List.of(), List.of(),
                "builtin");
    }

    private static EventDef event(String name, List<String> aliases, ParameterDef... fields) {
        return EventDef.of(name, "", Doc.EMPTY, "call", List.of(fields), List.of(), List.of(), List.of(), "builtin",
                aliases);
    }

    private static final HeaderType MILLISECONDS = HeaderType.duration(HeaderType.DurationUnit.MILLISECONDS,
            HeaderType.Rule.PROSE, "prose: in milliseconds");

    private static final AmiModel L18 = new AmiModel("core-en_US.xml", "18", List.of(
            action("Monitor", "Monitor a channel.", header("Channel", true)),
            action("Originate", "Originate a call (18).", header("Channel", true), header("Timeout", false),
                    header("Codecs", false), header("EarlyMedia", false, "yes", "no"))),
            List.of(event("Hangup", List.of(), header("Cause", false))));

    private static final AmiModel L20 = new AmiModel("core-en_US.xml", "20", List.of(
            action("Monitor", "Monitor a channel.", header("Channel", true)),
            action("Originate", "Originate a call (20).", header("Channel", true),
                    header("Timeout", false).withType(MILLISECONDS), header("codecs", false),
                    header("EarlyMedia", false, "yes", "no", "maybe"))),
            List.of(event("Hangup", List.of("HangUp"), header("Cause", false))));

    private static final AmiModel L22 = new AmiModel("core-en_US.xml", "22", List.of(
            action("Originate", "Originate a call.", header("Channel", false),
                    header("Timeout", false).withType(MILLISECONDS), header("PreDialGoSub", false),
                    header("codecs", false))),
            List.of(event("Hangup", List.of(), header("Cause", false), header("Reason", false)),
                    event("Newchannel", List.of())));

    @DisplayName("every entry knows the lines that have it; the newest line gives its text")
    @Test
    void linesOfEntries() {
        AmiModel merged = LineMerger.merge(List.of(L22, L18, L20));

        assertThat(merged.lines()).containsExactly("18", "20", "22");
        assertThat(merged.asteriskLine()).isEqualTo("22");
        assertThat(merged.newestLine()).isEqualTo("22");
        assertThat(merged.source()).isEqualTo("18=core-en_US.xml, 20=core-en_US.xml, 22=core-en_US.xml");
        assertThat(merged.action("Monitor").lines()).containsExactly("18", "20");
        assertThat(merged.action("Originate").lines()).containsExactly("18", "20", "22");
        assertThat(merged.action("Originate").synopsis()).isEqualTo("Originate a call.");
        assertThat(merged.event("Newchannel").lines()).containsExactly("22");
        assertThat(merged.event("Hangup").aliases()).containsExactly("HangUp");
        assertThat(merged.event("Hangup").field("Reason").lines()).containsExactly("22");
    }

    @DisplayName("headers: the newest order, older-only headers after their neighbour, names matched ignoring case")
    @Test
    void headers() {
        ActionDef originate = LineMerger.merge(List.of(L18, L20, L22)).action("Originate");

        assertThat(originate.parameters()).extracting(ParameterDef::name)
                .containsExactly("Channel", "Timeout", "PreDialGoSub", "codecs", "EarlyMedia");
        assertThat(originate.parameter("codecs").lines()).containsExactly("18", "20", "22");
        assertThat(originate.parameter("EarlyMedia").lines()).containsExactly("18", "20");
        assertThat(originate.parameter("EarlyMedia").values()).extracting(EnumValue::name, EnumValue::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("yes", List.of("18", "20")),
                        org.assertj.core.groups.Tuple.tuple("no", List.of("18", "20")),
                        org.assertj.core.groups.Tuple.tuple("maybe", List.of("20")));
        assertThat(originate.parameter("PreDialGoSub").variants()).isEmpty();
    }

    @DisplayName("a header whose required flag or type differs by line lists each variant with its lines")
    @Test
    void variants() {
        ActionDef originate = LineMerger.merge(List.of(L18, L20, L22)).action("Originate");

        ParameterDef channel = originate.parameter("Channel");
        assertThat(channel.required()).isFalse();
        assertThat(channel.variants()).containsExactly(new HeaderVariant(List.of("18", "20"), true, HeaderType.TEXT),
                new HeaderVariant(List.of("22"), false, HeaderType.TEXT));
        assertThat(channel.requiredIn("18")).isTrue();
        assertThat(channel.requiredIn("22")).isFalse();
        ParameterDef timeout = originate.parameter("Timeout");
        assertThat(timeout.type()).isEqualTo(MILLISECONDS);
        assertThat(timeout.variants()).extracting(HeaderVariant::lines)
                .containsExactly(List.of("18"), List.of("20", "22"));
    }

    @DisplayName("a builder may insist only on what every line of the action requires")
    @Test
    void requiredInEveryLine() {
        ActionDef originate = LineMerger.merge(List.of(L18, L20, L22)).action("Originate");
        assertThat(originate.requiredInEveryLine(originate.parameter("Channel"))).isFalse();
        ActionDef monitor = LineMerger.merge(List.of(L18, L20, L22)).action("Monitor");
        assertThat(monitor.requiredInEveryLine(monitor.parameter("Channel"))).isTrue();
        assertThat(L18.action("Originate").requiredInEveryLine(L18.action("Originate").parameter("Channel"))).isTrue();
        assertThat(AsteriskLine.phrase(List.of("18", "20", "21"))).isEqualTo("18, 20 and 21");
        assertThat(AsteriskLine.phrase(List.of("22"))).isEqualTo("22");
    }

    @DisplayName("one model alone is returned as it is")
    @Test
    void oneLine() {
        assertThat(LineMerger.merge(List.of(L22))).isSameAs(L22);
        assertThat(L22.linesOf(L22.action("Originate").lines())).containsExactly("22");
    }

    @DisplayName("the same line twice, a missing line, a bad label: one clear error each")
    @Test
    void badLines() {
        assertThatThrownBy(() -> LineMerger.merge(List.of(L22, L22))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Asterisk line 22 is given twice");
        AmiModel unlabelled = new AmiModel("x.xml", null, List.of(), List.of());
        assertThatThrownBy(() -> LineMerger.merge(List.of(L22, unlabelled)))
                .hasMessage("each docs source needs its Asterisk line to be merged with others");
        AmiModel bad = new AmiModel("x.xml", "twenty-two", List.of(), List.of());
        assertThatThrownBy(() -> LineMerger.merge(List.of(L22, bad)))
                .hasMessage("'twenty-two' is not an Asterisk line (a version such as 18, 22 or 22.10, or master)");
    }

    @DisplayName("lines order by number, master last")
    @Test
    void lineOrder() {
        List<String> lines = new java.util.ArrayList<>(List.of("master", "22", "18", "22.10", "20-cert", "100", "20"));
        lines.sort(AsteriskLine.ORDER);
        assertThat(lines).containsExactly("18", "20", "20-cert", "22", "22.10", "100", "master");
    }
}
