package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.diff.ModelDiff;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.DocsFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Line 22 from the docs website's pages against line 22 from the XML the pages were made from: the
 * same names, parameters, enum values and "(default)" defaults; every other difference is listed
 * and explained in {@code html/html-vs-xml-22-expected-differences.txt}.
 */
@DisplayName("HTML line 22 agrees with XML line 22")
class HtmlVersusXml22Test {
    private static final String EXPECTED = "/html/html-vs-xml-22-expected-differences.txt";
    private static AmiModel xml;
    private static AmiModel html;

    @BeforeAll
    static void load() throws Exception {
        Path docs = SavedPages.docsDir();
        LoadedDocs fromXml = DocsLoader.load(docs.resolve("xml/22-processed/core-en_US.xml").toString(), null, null,
                CrawlOptions.defaults());
        LoadedDocs fromHtml = DocsLoader.load(SavedPages.line22().toString(), null, null, CrawlOptions.defaults());
        assertThat(fromXml.problems()).isEmpty();
        assertThat(fromHtml.problems()).isEmpty();
        xml = fromXml.model();
        html = fromHtml.model();
    }

    @Test
    void formatsAreDetected() {
        assertThat(DocsFormat.detect(SavedPages.line22().toString())).isEqualTo(DocsFormat.HTML);
        assertThat(DocsFormat.detect(SavedPages.docsDir().resolve("xml/22-processed/core-en_US.xml").toString()))
                .isEqualTo(DocsFormat.XML);
        assertThat(DocsFormat.detect("https://docs.asterisk.org/Asterisk_22_Documentation/API_Documentation/"))
                .isEqualTo(DocsFormat.HTML);
    }

    @Test
    void sameNames() {
        assertThat(html.actions()).extracting(ActionDef::name).isEqualTo(xml.actions().stream().map(ActionDef::name).toList())
                .hasSize(154);
        assertThat(html.events()).extracting(EventDef::name).isEqualTo(xml.events().stream().map(EventDef::name).toList())
                .hasSize(181);
        assertThat(html.asteriskLine()).isEqualTo("22");
    }

    @Test
    void sameParametersEnumValuesAndMarkedDefaults() {
        List<ParameterDef[]> pairs = pairs();
        int values = 0;
        int defaults = 0;
        for (ParameterDef[] p : pairs) {
            assertThat(names(p[1].values())).as(p[0].name()).isEqualTo(names(p[0].values()));
            values += p[0].values().size();
            if (p[0].defaultValue() != null && Objects.equals(p[0].defaultValue(), p[1].defaultValue())) {
                defaults++;
            }
        }
        long xmlDefaults = pairs.stream().filter(p -> p[0].defaultValue() != null).count();
        long xmlRequired = pairs.stream().filter(p -> p[0].required()).count();
        long bothRequired = pairs.stream().filter(p -> p[0].required() && p[1].required()).count();
        long htmlOnlyRequired = pairs.stream().filter(p -> !p[0].required() && p[1].required()).count();
        System.out.printf("HTML vs XML line 22: %d actions, %d events; %d parameters and fields, same names and order;"
                        + " %d enum values, all equal; defaults %d of %d equal (the rest are default=\"…\" attributes);"
                        + " required %d of %d marked (the pages do not mark required), %d wrongly%n",
                html.actions().size(), html.events().size(), pairs.size(), values, defaults, xmlDefaults, bothRequired,
                xmlRequired, htmlOnlyRequired);
        assertThat(htmlOnlyRequired).isZero();
        assertThat(values).isGreaterThan(500);
    }

    @Test
    void everyOtherDifferenceIsExpectedAndExplained() throws IOException {
        List<String> actual = new ModelDiff(false).between(xml, html).stream().map(ModelDiff.Difference::toString)
                .sorted().toList();
        List<String> expected = expected();
        assertThat(actual.stream().filter(d -> !expected.contains(d)).toList())
                .as("differences not in %s (explain them there, or fix the reader)", EXPECTED).isEmpty();
        assertThat(expected.stream().filter(d -> !actual.contains(d)).toList())
                .as("expected differences that are gone (remove them from %s)", EXPECTED).isEmpty();
        assertThat(actual).isEqualTo(expected);
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = Objects.requireNonNull(HtmlVersusXml22Test.class.getResourceAsStream(EXPECTED), EXPECTED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
        }
    }

    /** Every parameter and field as {xml, html}, after asserting both list the same names in the same order. */
    private static List<ParameterDef[]> pairs() {
        List<ParameterDef[]> out = new ArrayList<>();
        for (ActionDef a : xml.actions()) {
            add(out, a.name(), a.parameters(), html.action(a.name()).parameters());
        }
        for (EventDef e : xml.events()) {
            add(out, e.name(), e.fields(), html.event(e.name()).fields());
        }
        return out;
    }

    private static void add(List<ParameterDef[]> out, String owner, List<ParameterDef> a, List<ParameterDef> b) {
        assertThat(b.stream().map(ParameterDef::name).toList()).as(owner)
                .isEqualTo(a.stream().map(ParameterDef::name).toList());
        for (int i = 0; i < a.size(); i++) {
            out.add(new ParameterDef[] {a.get(i), b.get(i)});
        }
    }

    private static List<String> names(List<EnumValue> values) {
        return values.stream().map(EnumValue::name).toList();
    }
}
