package io.amisdk.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.emit.GeneratedFile;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's naming rules on the real line-22 docs: they rename what they match, and a rule that matches nothing,
 * two that disagree, or a name that collides is a problem at the rule's line, with nothing written.
 */
class UserNamingRulesTest {
    private static AmiModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        Path docs = Path.of(System.getProperty("amisdk.docs.dir"), "xml/22/core-en_US.xml");
        model = SupplementMerger.mergeApplicable(DocsLoader.load(docs, "22").model(), Supplements.builtIn());
    }

    private NamingRuleFile rules(String json) throws IOException {
        Path file = dir.resolve("naming.json");
        Files.writeString(file, json);
        Problems problems = new Problems();
        NamingRuleFile rules = NamingRuleFile.readAll(List.of(file), problems);
        assertThat(problems.all()).as("reading the rules").isEmpty();
        return rules;
    }

    private static String file(List<GeneratedFile> files, String suffix) {
        return files.stream().filter(f -> f.path().endsWith(suffix)).findFirst().orElseThrow().text();
    }

    @Test
    @DisplayName("a user's rules rename a shared enum, a member (accessor and builder setter) and a constant")
    void rename() throws Exception {
        NamingRuleFile rules = rules("""
                {
                  "sharedEnums": [{"headers": ["QueueMember*.Status"], "name": "MemberDeviceState"}],
                  "members": [{"headers": ["CoreSettings.AMIversion"], "name": "managerVersion"}],
                  "constants": [{"value": "3", "descriptionStartsWith": "AST_DEVICE_BUSY", "name": "ENGAGED"}]
                }
                """);
        List<GeneratedFile> files = SdkGenerator.builder().namingRules(rules).build().render(model);
        assertThat(files).extracting(GeneratedFile::path)
                .contains("io/amisdk/sdk/type/MemberDeviceState.java")
                .doesNotContain("io/amisdk/sdk/type/DeviceState.java");
        assertThat(file(files, "/QueueMemberAddedEvent.java")).contains("public Optional<MemberDeviceState> status()");
        assertThat(file(files, "/MemberDeviceState.java")).contains("ENGAGED(\"3\")").doesNotContain("BUSY(\"3\")");
        String settings = file(files, "/CoreSettingsResponse.java");
        assertThat(settings).contains("public String managerVersion()", "public Builder managerVersion(String")
                .doesNotContain("amiVersion(");
    }

    @Test
    @DisplayName("without user rules the names are the built-in ones")
    void builtIn() throws Exception {
        List<GeneratedFile> files = SdkGenerator.builder().build().render(model);
        assertThat(file(files, "/QueueMemberAddedEvent.java")).contains("public Optional<DeviceState> status()");
        assertThat(file(files, "/CoreSettingsResponse.java")).contains("public String amiVersion()");
    }

    @Test
    @DisplayName("a rule that names nothing, an unused acronym, two rules that disagree: problems at their lines, nothing written")
    void problemsAtTheirLines() throws Exception {
        NamingRuleFile rules = rules("""
                {
                  "acronyms": ["ZZTOP"],
                  "members": [
                    {"headers": ["CoreSettings.NoSuchHeader"], "name": "nothing"},
                    {"headers": ["CoreSettings.AMIversion"], "name": "managerVersion"},
                    {"headers": ["CoreSettings.AMI*"], "name": "protocolVersion"}
                  ]
                }
                """);
        Path out = dir.resolve("out");
        SdkGenerator.Result result = SdkGenerator.builder().namingRules(rules).build().generate(model, out);
        String file = dir.resolve("naming.json").toString();
        assertThat(result.clean()).isFalse();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                file + ":2: the acronym ZZTOP changes no name of this SDK",
                file + ":4: this rule names no header of this SDK",
                file + ":6: the header CoreSettings.AMIversion is named managerVersion (the rule at " + file
                        + ":5), and by this rule protocolVersion");
        assertThat(result.written()).isZero();
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a name a rule gives that its type already has is reported, not suffixed")
    void collision() throws Exception {
        NamingRuleFile rules = rules("""
                {
                  "members": [{"headers": ["QueueMemberAdded.Penalty"], "name": "queue"}],
                  "sharedEnums": [{"headers": ["QueueMember*.Status"], "name": "ChannelState"}]
                }
                """);
        Path out = dir.resolve("out");
        SdkGenerator.Result result = SdkGenerator.builder().namingRules(rules).build().generate(model, out);
        String file = dir.resolve("naming.json").toString();
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                file + ":2: QueueMemberAdded.Penalty would be named queue, a name its type already has",
                file + ":3: two shared enums would be named ChannelState: QueueMember.Status's and another");
        assertThat(out).doesNotExist();
        assertThatThrownBy(() -> SdkGenerator.builder().namingRules(rules).build().render(model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 problems in the naming rules");
    }

    @Test
    @DisplayName("a rules file that cannot be read: each fault at its line, the good rules kept")
    void unreadable() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "acronyms": ["ok", "PJSIP"],
                  "members": [{"headers": ["A.B"], "name": "class"}, {"name": "noHeaders"}],
                  "types": []
                }
                """);
        Problems problems = new Problems();
        NamingRuleFile rules = NamingRuleFile.readAll(List.of(file), problems);
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                file + ":2: an acronym is two or more capitals (and digits): \"ok\"",
                file + ":3: not a Java name: \"class\"",
                file + ":3: a member rule needs headers and name; this one lacks headers",
                file + ":4: unknown naming rule list \"types\" (acronyms, sharedEnums, constants, members)");
        assertThat(rules.rules().acronyms()).containsExactly("PJSIP");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"members\": [\n    {\"headers\": [\"A.B\"], \"name\": \"x\"\n  ]\n}\n");
        Problems more = new Problems();
        NamingRuleFile.readAll(List.of(broken), more);
        assertThat(more.all()).hasSize(1);
        assertThat(more.all().get(0).location().line()).isEqualTo(4);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(2);
        }
    }
}
