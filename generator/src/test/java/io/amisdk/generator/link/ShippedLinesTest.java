package io.amisdk.generator.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.json.ModelJsonAccess;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The six shipped lines, each alone and merged into one model. */
class ShippedLinesTest {
    static final List<String> LINES = List.of("18", "20", "21", "22", "23", "master");

    private static final Pattern MANAGER = Pattern.compile("<manager\\s[^>]*?name=\"([^\"]+)\"");
    private static final Pattern MANAGER_EVENT = Pattern.compile("<managerEvent\\s[^>]*?name=\"([^\"]+)\"");

    private static AmiModel merged;

    @BeforeAll
    static void merge() {
        merged = LineMerger.merge(LINES.stream().map(ShippedLinesTest::model).toList());
    }

    private static AmiModel model(String line) {
        AmiModel m = ShippedDocs.load(line).model();
        return new AmiModel(m.source(), line, m.actions(), m.events(), m.enums(), m.shapes());
    }

    /** Distinct names of the elements this pattern finds in the file's text, read without our reader. */
    private static Set<String> names(String line, Pattern pattern) throws IOException {
        String xml = Files.readString(ShippedDocs.xml(line), StandardCharsets.UTF_8);
        Set<String> names = new TreeSet<>();
        Matcher m = pattern.matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @DisplayName("each line's actions and events are the distinct names in its XML, counted without our reader")
    @ParameterizedTest(name = "line {0}")
    @ValueSource(strings = {"18", "20", "21", "22", "23", "master"})
    void countsPerLine(String line) throws IOException {
        Set<String> actions = names(line, MANAGER);
        Set<String> events = names(line, MANAGER_EVENT);

        assertThat(ShippedDocs.load(line).model().actions()).extracting(ActionDef::name)
                .containsExactlyInAnyOrderElementsOf(actions);
        assertThat(ShippedDocs.load(line).model().events()).extracting(EventDef::name)
                .containsExactlyInAnyOrderElementsOf(events);
        assertThat(merged.actions().stream().filter(a -> a.lines().contains(line))).hasSize(actions.size());
        assertThat(merged.events().stream().filter(e -> e.lines().contains(line))).hasSize(events.size());
    }

    @DisplayName("the counts per line are the shipped README's")
    @Test
    void readmeCounts() {
        assertThat(LINES.stream().map(l -> count(merged.actions().stream().map(ActionDef::lines).toList(), l)))
                .containsExactly(167L, 169L, 152L, 154L, 154L, 154L);
        assertThat(LINES.stream().map(l -> count(merged.events().stream().map(EventDef::lines).toList(), l)))
                .containsExactly(171L, 185L, 180L, 181L, 181L, 181L);
    }

    private static long count(List<List<String>> lines, String line) {
        return lines.stream().filter(l -> l.contains(line)).count();
    }

    @DisplayName("nothing is dropped: the merged model has every name of every line")
    @Test
    void union() throws IOException {
        Set<String> actions = new TreeSet<>();
        Set<String> events = new TreeSet<>();
        for (String line : LINES) {
            actions.addAll(names(line, MANAGER));
            events.addAll(names(line, MANAGER_EVENT));
        }
        assertThat(merged.actions()).extracting(ActionDef::name).containsExactlyElementsOf(actions);
        assertThat(merged.events()).extracting(EventDef::name).containsExactlyInAnyOrderElementsOf(events);
        assertThat(merged.lines()).containsExactlyElementsOf(LINES);
    }

    @DisplayName("the known drops between 18 and master, by name, with the lines that still have them")
    @Test
    void dropsBetween18AndMaster() {
        String dropped = merged.actions().stream().filter(a -> a.lines().contains("18") && !a.lines().contains("master"))
                .map(a -> a.name() + " " + a.lines()).collect(Collectors.joining("\n"));
        assertThat(dropped).isEqualTo("""
                ChangeMonitor [18, 20]
                Monitor [18, 20]
                PauseMonitor [18, 20]
                SIPnotify [18, 20]
                SIPpeers [18, 20]
                SIPpeerstatus [18, 20]
                SIPqualifypeer [18, 20]
                SIPshowpeer [18, 20]
                SIPshowregistry [18, 20]
                SKINNYdevices [18, 20]
                SKINNYlines [18, 20]
                SKINNYshowdevice [18, 20]
                SKINNYshowline [18, 20]
                StopMonitor [18, 20]
                UnpauseMonitor [18, 20]""");
        String droppedEvents = merged.events().stream()
                .filter(e -> e.lines().contains("18") && !e.lines().contains("master"))
                .map(e -> e.name() + " " + e.lines()).collect(Collectors.joining("\n"));
        assertThat(droppedEvents).isEqualTo("""
                MonitorStart [18, 20]
                MonitorStop [18, 20]
                SIPQualifyPeerDone [18, 20]
                SessionTimeout [18, 20]""");
    }

    @DisplayName("the built-in supplement merged into the six lines (as the CLI and the plugin merge it): every documented entry keeps its lines")
    @Test
    void supplementKeepsLines() {
        AmiModel supplemented = io.amisdk.generator.supplement.SupplementMerger
                .mergeApplicable(merged, io.amisdk.generator.supplement.Supplements.builtIn());
        assertThat(supplemented.lines()).containsExactlyElementsOf(LINES);
        assertThat(supplemented.action("QueueStatus").lines()).isEqualTo(merged.action("QueueStatus").lines());
        assertThat(supplemented.action("Monitor").lines()).containsExactly("18", "20");
        assertThat(supplemented.actions()).allSatisfy(a -> assertThat(a.lines()).as(a.name()).isNotEmpty());
        assertThat(supplemented.events().stream().filter(e -> merged.event(e.name()) != null))
                .allSatisfy(e -> assertThat(e.lines()).as(e.name()).isNotEmpty());

        // A user's supplement (the plugin's supplements, --supplement) merged on top keeps them too.
        AmiModel user = io.amisdk.generator.supplement.SupplementMerger.merge(supplemented,
                List.of(io.amisdk.generator.supplement.Supplements.builtIn()), new io.amisdk.generator.source.Problems());
        assertThat(user.lines()).containsExactlyElementsOf(LINES);
        assertThat(user.action("Monitor").lines()).containsExactly("18", "20");
        assertThat(user.actions()).allSatisfy(a -> assertThat(a.lines()).as(a.name()).isNotEmpty());
    }

    @DisplayName("diff-model tells two merged models apart by their lines")
    @Test
    void diffModelSeesLines() {
        AmiModel without18 = LineMerger.merge(LINES.stream().filter(l -> !l.equals("18")).map(ShippedLinesTest::model)
                .toList());
        List<io.amisdk.generator.diff.ModelDiff.Difference> differences = new io.amisdk.generator.diff.ModelDiff(false)
                .between(merged, without18);
        assertThat(differences.stream().map(Object::toString)).contains(
                "action Originate: lines: [18, 20, 21, 22, 23, master] | [20, 21, 22, 23, master]",
                "action Monitor: lines: [18, 20] | [20]");
        assertThat(new io.amisdk.generator.diff.ModelDiff(false).between(merged, merged)).isEmpty();
    }

    @DisplayName("the merged model's JSON reads back equal and is what databind writes")
    @Test
    void json() throws Exception {
        String json = io.amisdk.generator.json.ModelJson.write(merged);
        assertThat(io.amisdk.generator.json.ModelJson.read(json)).isEqualTo(merged);
        assertThat(json).isEqualTo(ModelJsonAccess.writeWithDatabind(merged));
    }
}
