package io.amisdk.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangelogTest {
    private static ParameterDef header(String name, boolean required, String... values) {
        return ParameterDef.of(name, required, Doc.EMPTY,
                java.util.Arrays.stream(values).map(v -> new EnumValue(v, Doc.EMPTY)).toList(), null, false);
    }

    private static ActionDef action(String name, List<String> deprecatedIn, ParameterDef... parameters) {
        return ActionDef.of(name, "", Doc.EMPTY, List.of(parameters), null, List.of(), List.of(), deprecatedIn,
                "builtin");
    }

    private static EventDef event(String name, ParameterDef... fields) {
        return EventDef.of(name, "", Doc.EMPTY, "call", List.of(fields), List.of(), List.of(), List.of(), "builtin",
                List.of());
    }

    private static final AmiModel OLDER = new AmiModel("a.xml", "20", List.of(
            action("Monitor", List.of(), header("Channel", true)),
            action("Originate", List.of(), header("Channel", true), header("Timeout", false),
                    header("EarlyMedia", false), header("codecs", false)),
            action("Queue", List.of(), header("Mode", false, "a", "b", "c"))),
            List.of(event("Hangup", header("Cause", false), header("Gone", false))));

    private static final AmiModel NEWER = new AmiModel("b.xml", "22", List.of(
            action("Originate", List.of(), header("Channel", false),
                    header("Timeout", false).withType(HeaderType.duration(HeaderType.DurationUnit.MILLISECONDS,
                            HeaderType.Rule.PROSE, "prose: in milliseconds")),
                    header("Codecs", false), header("PreDialGoSub", false)),
            action("Queue", List.of("21.0.0"), header("Mode", false, "a", "d", "e", "c")),
            action("Zap", List.of())),
            List.of(event("Hangup", header("Cause", false).withType(HeaderType.of(HeaderType.Kind.INTEGER,
                    HeaderType.Rule.PROSE, "prose: number")), header("New", false)),
                    event("Newchannel")));

    @DisplayName("lists what was added, removed and changed, grouped and sorted, in text")
    @Test
    void text() {
        Changelog log = Changelog.between(OLDER, NEWER);
        assertThat(ChangelogFormat.TEXT.render(log)).isEqualTo("""
                Asterisk 20 \u2192 22
                actions: 1 added, 1 removed, 2 changed; events: 1 added, 0 removed, 1 changed; parameters: 1 added, \
                1 removed; fields: 1 added, 1 removed; enum values: 2 added, 1 removed; 1 required flips; \
                2 type changes

                Actions added (1)
                  + Zap

                Actions removed (1)
                  - Monitor

                Actions changed (2)
                  Originate
                    + parameter PreDialGoSub
                    - parameter EarlyMedia
                    ~ parameter Channel: no longer required
                    ~ parameter Codecs: spelled codecs before
                    ~ parameter Timeout: type text \u2192 duration (milliseconds)
                  Queue
                    ~ deprecated in 21.0.0
                    ~ parameter Mode: values + d, e; - b

                Events added (1)
                  + Newchannel

                Events changed (1)
                  Hangup
                    + field New
                    - field Gone
                    ~ field Cause: type text \u2192 integer
                """);
    }

    @DisplayName("Markdown puts names in code and sections under headings")
    @Test
    void markdown() {
        String md = ChangelogFormat.MARKDOWN.render(Changelog.between(OLDER, NEWER));
        assertThat(md).startsWith("# AMI changes from Asterisk 20 to 22\n\n")
                .contains("\n## Actions removed (1)\n\n- `Monitor`\n")
                .contains("- `Queue`\n  - ~ deprecated in 21.0.0\n  - ~ parameter `Mode`: values + `d`, `e`; - `b`\n")
                .contains("  - ~ parameter `Codecs`: spelled `codecs` before\n");
    }

    @DisplayName("JSON carries the counts and every change")
    @Test
    void json() throws Exception {
        String json = ChangelogFormat.JSON.render(Changelog.between(OLDER, NEWER));
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(tree.get("counts").get("typeChanges").asInt()).isEqualTo(2);
        assertThat(tree.get("actions").get("removed").get(0).asText()).isEqualTo("Monitor");
        var channel = tree.get("actions").get("changed").get(0).get("parameters").get("changed").get(0);
        assertThat(channel.get("name").asText()).isEqualTo("Channel");
        assertThat(channel.get("required").asBoolean()).isFalse();
    }

    @DisplayName("a model against itself has no changes")
    @Test
    void same() {
        Changelog log = Changelog.between(NEWER, NEWER);
        assertThat(log.isEmpty()).isTrue();
        assertThat(ChangelogFormat.TEXT.render(log)).isEqualTo("Asterisk 22 \u2192 22\n"
                + ChangelogFormat.summary(log.counts()) + "\n");
    }

    @DisplayName("types are named by kind, unit, spelling and shared enum, never by the rule")
    @Test
    void typeNames() {
        assertThat(Changelog.describe(HeaderType.TEXT)).isEqualTo("text");
        assertThat(Changelog.describe(HeaderType.bool(HeaderType.BooleanSpelling.YES_NO, HeaderType.Rule.STRUCTURE,
                "x"))).isEqualTo("boolean (yes/no)");
        assertThat(Changelog.describe(HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.STRUCTURE, "x")
                .withSharedEnum("ChannelState"))).isEqualTo("enum ChannelState");
    }
}
