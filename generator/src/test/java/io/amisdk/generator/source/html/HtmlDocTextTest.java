package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Inline;
import io.amisdk.generator.model.Doc.Inline.Style;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlDocTextTest {
    private static Doc doc(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        return HtmlDocText.blocks(body.children());
    }

    @Test
    void eachBrEndsAParagraphAndMarkupBecomesInlines() {
        Doc d = doc("<p>Generates a call to <em>Extension</em> with <code>Async</code>.<br>\nSecond  line.<br></p>");
        assertThat(d.blocks()).containsExactly(
                new Doc.Paragraph(List.of(new Inline(Style.TEXT, "Generates a call to "), new Inline(Style.EMPHASIS, "Extension"),
                        new Inline(Style.TEXT, " with "), new Inline(Style.LITERAL, "Async"), new Inline(Style.TEXT, "."))),
                new Doc.Paragraph(List.of(new Inline(Style.TEXT, "Second line."))));
    }

    @Test
    void admonitionsShownAsTextBecomeNotesAndWarnings() {
        Doc d = doc("<p>/// note\nThe filters are only used for the current session.\n///</p>"
                + "<p>/// warning\nDo not use <strong>CALLERID(num)</strong>.\n///</p>");
        assertThat(d.blocks()).hasSize(2);
        assertThat(d.blocks().get(0)).isEqualTo(new Doc.Note(Doc.ofText("The filters are only used for the current session.")));
        assertThat(d.blocks().get(1)).isInstanceOfSatisfying(Doc.Warning.class,
                w -> assertThat(w.body().plainText()).isEqualTo("Do not use CALLERID(num)."));
    }

    @Test
    void titledExample() {
        Doc d = doc("<div class=\"language-text highlight\"><span class=\"filename\">Example: Make a key</span>"
                + "<pre><span></span><code><span>import hashlib\n</span><span>m = 1\n</span></code></pre></div>");
        assertThat(d.blocks()).containsExactly(new Doc.Example("Make a key", "import hashlib\nm = 1"));
    }

    @Test
    void rawTextTagsAndLeakedMarkdownEscapesAreText() {
        // as on the Filter page: "<event\_name>" rendered as raw HTML with python-markdown's placeholder in it
        Doc d = doc("<p>Criteria.<br>\nSyntax: [name(<event\\\u000295\u0003name>)]<br>\nOne of each.<br></p>");
        assertThat(d.blocks()).extracting(Doc.Block::plainText)
                .containsExactly("Criteria.", "Syntax: [name(<event_name>)]", "One of each.");
    }

    @Test
    void upperCaseListIsAVariableList() {
        Doc d = doc("<ul><li><code>MIXMONITOR_FILENAME</code> - Will contain the filename.<br></li></ul>");
        assertThat(d.blocks()).containsExactly(new Doc.VariableList(List.of(
                new Doc.Entry("MIXMONITOR_FILENAME", Doc.ofText("Will contain the filename.")))));
    }
}
