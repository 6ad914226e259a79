package io.amisdk.generator.source.ami;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.diff.ModelDiff;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.testkit.FakeAsterisk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The docs a live Asterisk 22.10.1 printed (recorded, replayed by the testkit) against the XML reader's model of
 * {@code xml/22} for every action and event that server has loaded: every difference is listed and explained
 * in {@code ami/ami-vs-xml-22-expected-differences.txt}.
 */
@DisplayName("the running server's docs agree with XML line 22")
@Timeout(60)
class AmiVersusXml22Test {
    private static final String EXPECTED = "/ami/ami-vs-xml-22-expected-differences.txt";
    private static AmiModel live;
    private static AmiModel xml;

    @BeforeAll
    static void load() throws Exception {
        LoadedDocs loaded;
        try (FakeAsterisk server = RecordedServer.start(ServerRecording.shipped())) {
            loaded = DocsLoader.loadServer(AmiDocsUri.parse("ami://admin@127.0.0.1:" + server.port()), "amp111", null,
                    null);
        }
        System.out.println("AMI docs of the recorded 22.10.1: " + loaded.model().actions().size() + " actions, "
                + loaded.model().events().size() + " events, " + loaded.problems().size() + " problems");
        loaded.problems().forEach(System.out::println);
        live = loaded.model();
        AmiModel all = ShippedDocs.load("22").model();
        Set<String> actions = live.actions().stream().map(ActionDef::name).collect(Collectors.toSet());
        Set<String> events = live.events().stream().map(EventDef::name).collect(Collectors.toSet());
        xml = new AmiModel(all.source(), "22", all.actions().stream().filter(a -> actions.contains(a.name())).toList(),
                all.events().stream().filter(e -> events.contains(e.name())).toList());
    }

    @Test
    @DisplayName("the server's line, and every action and event it loaded is one XML line 22 documents")
    void namesAndLine() {
        assertThat(live.asteriskLine()).isEqualTo("22");
        assertThat(live.actions()).hasSize(116);
        // 171 that "manager show events" lists, and 5 only a command's [List Responses] describes
        assertThat(live.events()).extracting(EventDef::name).hasSize(176).contains("BridgeInfoChannel",
                "BridgeInfoComplete", "DeviceStateListComplete", "ExtensionStateListComplete",
                "PresenceStateListComplete");
        assertThat(xml.actions()).hasSameSizeAs(live.actions());
        assertThat(xml.events()).hasSameSizeAs(live.events());
    }

    @Test
    @DisplayName("every other difference is expected and explained")
    void everyDifferenceIsExplained() throws IOException {
        List<String> actual = new ModelDiff(false).between(xml, live).stream().map(ModelDiff.Difference::toString)
                .sorted().toList();
        List<String> expected = expected();
        if (!actual.equals(expected)) {
            // for whoever updates the expected file: the differences as they are now
            java.nio.file.Files.write(java.nio.file.Path.of("target/ami-vs-xml-22-actual.txt"), actual);
        }
        assertThat(actual.stream().filter(d -> !expected.contains(d)).toList())
                .as("differences not in %s (explain them there, or fix the reader)", EXPECTED).isEmpty();
        assertThat(expected.stream().filter(d -> !actual.contains(d)).toList())
                .as("expected differences that are gone (remove them from %s)", EXPECTED).isEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = AmiVersusXml22Test.class.getResourceAsStream(EXPECTED)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        }
    }
}
