package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.diff.ModelDiff;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Line 22's pages as the docs site builds them today (mkdocs-material 9, minified, {@code html/22-site}) against the
 * same pages from the older renderer ({@code html/22}) and the XML both came from ({@code xml/22-processed}).
 */
@DisplayName("the website as it is built today")
class Html22SiteTest {
    private static AmiModel site;
    private static AmiModel older;
    private static AmiModel xml;

    @BeforeAll
    static void load() throws Exception {
        Path docs = SavedPages.docsDir();
        Path sitePages = docs.resolve("html/22-site");
        assertThat(sitePages.resolve("AMI_Actions")).as("reference data " + sitePages).isDirectory();
        LoadedDocs fromSite = DocsLoader.load(sitePages.toString(), null, null, CrawlOptions.defaults());
        LoadedDocs fromOlder = DocsLoader.load(SavedPages.line22().toString(), null, null, CrawlOptions.defaults());
        LoadedDocs fromXml = DocsLoader.load(docs.resolve("xml/22-processed/core-en_US.xml").toString(), null, null,
                CrawlOptions.defaults());
        assertThat(fromSite.problems()).isEmpty();
        site = fromSite.model();
        older = fromOlder.model();
        xml = fromXml.model();
    }

    @Test
    @DisplayName("both renderings give one model: no difference at all, text included")
    void sameModelAsTheOlderPages() {
        assertThat(site.actions()).hasSize(154);
        assertThat(site.events()).hasSize(181);
        assertThat(new ModelDiff(true).between(older, site)).isEmpty();
        assertThat(site).isEqualTo(new AmiModel(site.source(), site.asteriskLine(), older.actions(), older.events(),
                older.enums(), older.shapes()));
    }

    @Test
    @DisplayName("against xml/22-processed: exactly the differences already listed for the older pages")
    void sameDifferencesFromTheXml() throws Exception {
        List<String> actual = new ModelDiff(false).between(xml, site).stream().map(ModelDiff.Difference::toString)
                .sorted().toList();
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
                "/html/html-vs-xml-22-expected-differences.txt"))) {
            List<String> expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
            assertThat(actual).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("admonitions are the model's notes and warnings, as in the XML, with no title word left in the text")
    void admonitions() throws Exception {
        List<String> siteNotes = notes(site);
        List<String> xmlNotes = new ArrayList<>(notes(xml));
        // VarSet's page is builtin's VarSet (the last of its three definitions); the note is func_global's
        assertThat(xmlNotes.remove("event VarSet Variable: note: The variable name will always be enclosed with"
                + " SHARED()")).isTrue();
        assertThat(siteNotes).isEqualTo(xmlNotes).hasSize(24);
        System.out.println("22-site: " + siteNotes.size() + " notes and warnings, as the XML's");
        Doc hangup = site.action("DAHDIHangup").description();
        assertThat(hangup.blocks()).hasSize(2);
        assertThat(hangup.blocks().get(1)).isEqualTo(new Doc.Note(Doc.ofText("Valid only for analog channels.")));
        assertThat(hangup.plainText()).doesNotContain("Note Valid");
        long admonitionPages;
        try (var pages = Files.walk(SavedPages.docsDir().resolve("html/22-site"))) {
            admonitionPages = pages.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).contains("class=\"admonition ");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
        assertThat(admonitionPages).isEqualTo(20);
    }

    @Test
    @DisplayName("markdown escapes are undone: FAXSession's <session_number>")
    void markdownEscapes() {
        assertThat(site.action("FAXSession").description().plainText()).contains("'fax show session <session_number>'")
                .doesNotContain("\\_");
        assertThat(site.event("EndpointDetail").field("MediaEncryption").description().plainText())
                .contains("res_pjsip").doesNotContain("\\_");
    }

    /** Every note and warning, as "where: kind: text", in model order. */
    private static List<String> notes(AmiModel model) {
        List<String> out = new ArrayList<>();
        for (ActionDef a : model.actions()) {
            notes("action " + a.name(), a.description(), out);
            a.parameters().forEach(p -> notes("action " + a.name() + " " + p.name(), p.description(), out));
        }
        for (EventDef e : model.events()) {
            notes("event " + e.name(), e.description(), out);
            for (ParameterDef f : e.fields()) {
                notes("event " + e.name() + " " + f.name(), f.description(), out);
            }
        }
        return out;
    }

    private static void notes(String where, Doc doc, List<String> out) {
        for (Doc.Block b : doc.blocks()) {
            if (b instanceof Doc.Note n) {
                out.add(where + ": note: " + text(n.body()));
            } else if (b instanceof Doc.Warning w) {
                out.add(where + ": warning: " + text(w.body()));
            }
        }
    }

    /** The text, white space collapsed, without the quotes the site puts around literals ('Success'). */
    private static String text(Doc doc) {
        return doc.plainText().replace("'", "").replaceAll("\\s+", " ").strip();
    }
}
