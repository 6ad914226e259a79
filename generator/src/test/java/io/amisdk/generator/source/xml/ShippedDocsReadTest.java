package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@DisplayName("Every shipped core-en_US.xml")
class ShippedDocsReadTest {
    private static final Pattern MANAGER_NAME = Pattern.compile("<manager\\s[^>]*?\\bname=\"([^\"]+)\"");
    private static final Pattern EVENT_NAME = Pattern.compile("<managerEvent\\s[^>]*?\\bname=\"([^\"]+)\"");

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("reads with zero problems")
    void zeroProblems(String line) {
        LoadedDocs docs = ShippedDocs.load(line);

        assertThat(docs.problems()).isEmpty();
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("has one action per distinct <manager name> and one event per distinct <managerEvent name>")
    void namesMatchAPlainScanOfTheFile(String line) throws IOException {
        // given: the names as a plain text scan of the file finds them, independent of the reader
        String text = Files.readString(ShippedDocs.xml(line), StandardCharsets.UTF_8);
        Set<String> managerNames = scan(MANAGER_NAME, text);
        Set<String> eventNames = scan(EVENT_NAME, text);

        // when
        LoadedDocs docs = ShippedDocs.load(line);

        // then
        assertThat(docs.model().actions()).extracting(ActionDef::name).containsExactlyElementsOf(managerNames);
        assertThat(docs.model().events()).extracting(EventDef::name).containsExactlyElementsOf(eventNames);
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("leaves no xi:include, xpointer or snapshot element anywhere in the model")
    void nothingUnresolved(String line) {
        String json = ModelJson.write(ShippedDocs.load(line).model());

        assertThat(json).doesNotContain("xi:include", "xpointer", "channel_snapshot", "bridge_snapshot");
    }

    @Test
    @DisplayName("line 22 has 154 actions and 181 events, raw and processed")
    void line22Counts() {
        for (String line : new String[] {"22", "22-processed"}) {
            assertThat(ShippedDocs.load(line).model().actions()).as(line).hasSize(154);
            assertThat(ShippedDocs.load(line).model().events()).as(line).hasSize(181);
        }
    }

    private static Set<String> scan(Pattern p, String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
