package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JavadocTest {
    @Test
    @DisplayName("comment enders, unicode escapes, HTML and tags are neutralised")
    void escapesText() {
        assertThat(Javadoc.text("a */ b")).isEqualTo("a *&#47; b");
        assertThat(Javadoc.text("C:\\users\\x")).isEqualTo("C:&#92;users&#92;x");
        assertThat(Javadoc.text("\\u000a")).doesNotContain("\\u");
        assertThat(Javadoc.text("<Key> & <b>")).isEqualTo("&lt;Key&gt; &amp; &lt;b&gt;");
        assertThat(Javadoc.text("@param x {@link Y}")).isEqualTo("&#64;param x &#123;&#64;link Y&#125;");
        assertThat(Javadoc.text("  several\n   lines\tand  spaces ")).isEqualTo("several lines and spaces");
    }

    @Test
    @DisplayName("a safe example goes in {@code}, kept line by line")
    void safeExample() {
        assertThat(Javadoc.example(null, "\nAction: Login\n  Username: admin  \n\n"))
                .isEqualTo("<pre>{@code\nAction: Login\n  Username: admin\n}</pre>");
        assertThat(Javadoc.example("Title <1>", "exten => s,1,Set(X=${Y})"))
                .isEqualTo("<p><b>Title &lt;1&gt;</b>\n<pre>{@code\nexten => s,1,Set(X=${Y})\n}</pre>");
    }

    @Test
    @DisplayName("an example {@code} cannot hold falls back to an escaped <pre>")
    void unsafeExamples() {
        assertThat(Javadoc.example(null, "a } b")).isEqualTo("<pre>\na &#125; b\n</pre>");
        assertThat(Javadoc.example(null, "/* c */")).isEqualTo("<pre>\n/* c *&#47;\n</pre>");
        assertThat(Javadoc.example(null, "x\n@Override")).isEqualTo("<pre>\nx\n&#64;Override\n</pre>");
        assertThat(Javadoc.example(null, "say \\u12")).isEqualTo("<pre>\nsay &#92;u12\n</pre>");
    }

    @Test
    @DisplayName("structured docs render as paragraphs, notes, lists and styled spans")
    void rendersBlocks() {
        Doc doc = new Doc(List.of(
                new Doc.Paragraph(List.of(new Doc.Inline(Doc.Inline.Style.TEXT, "Use "),
                        new Doc.Inline(Doc.Inline.Style.LITERAL, "Variable: a=b"),
                        new Doc.Inline(Doc.Inline.Style.TEXT, " for "),
                        new Doc.Inline(Doc.Inline.Style.REPLACEABLE, "name"),
                        new Doc.Inline(Doc.Inline.Style.TEXT, "."))),
                new Doc.Note(Doc.ofText("Careful.")),
                new Doc.EnumList(List.of(new Doc.Entry("on", Doc.ofText("Yes.")), new Doc.Entry("off", Doc.EMPTY)))));
        assertThat(Javadoc.doc(doc)).isEqualTo("Use <code>Variable: a=b</code> for <em>name</em>.\n\n"
                + "<p><b>Note:</b> Careful.\n\n"
                + "<ul>\n  <li><code>on</code>: Yes.</li>\n  <li><code>off</code></li>\n</ul>");
        assertThat(Javadoc.doc(Doc.EMPTY)).isEmpty();
    }

    @Test
    @DisplayName("the supplement's references to our recorded sessions stay out of users' Javadoc")
    void noRecordingPaths() {
        assertThat(Javadoc.withoutRecordings("Seen from Asterisk 22.10.1 in ami-transcripts/a_b.txt, "
                + "ami-transcripts/c.txt (e.g. INBOX).")).isEqualTo("Not in Asterisk's docs (e.g. INBOX).");
        assertThat(Javadoc.withoutRecordings("Asterisk sends headers its docs omit (X); seen in ami-transcripts/x.txt."))
                .isEqualTo("Asterisk sends headers its docs omit (X).");
        assertThat(Javadoc.withoutRecordings("The answer's headers as Asterisk 22.10.1 sends them (recorded in ping.txt)."))
                .isEqualTo("The answer's headers as Asterisk sends them.");
        assertThat(Javadoc.withoutRecordings("Answers with PeerEntry events and a PeerlistComplete, as recorded in iax_peers.txt."))
                .isEqualTo("Answers with PeerEntry events and a PeerlistComplete.");
        assertThat(Javadoc.withoutRecordings("No header block (iax_peers.txt: only an empty line arrived)."))
                .isEqualTo("No header block (only an empty line arrived).");
        assertThat(Javadoc.withoutRecordings("Plain text, no recording.")).isEqualTo("Plain text, no recording.");
    }

    @Test
    @DisplayName("no Javadoc names the version of the server a supplement entry was recorded from")
    void noRecordedVersion() {
        assertThat(Javadoc.withoutRecordings("The mailbox's name. Seen from Asterisk 22.10.1 in x.txt (e.g. "))
                .isEqualTo("The mailbox's name. Not in Asterisk's docs (e.g.");
        assertThat(Javadoc.withoutRecordings("Not in Asterisk's docs for this event; seen from Asterisk 22.10.1 in "
                + "a.txt, b.txt.")).isEqualTo("Not in Asterisk's docs for this event.");
        assertThat(Javadoc.withoutRecordings("Not in Asterisk's docs: sent by Asterisk 22.10.1 (main/manager.c)."))
                .isEqualTo("Not in Asterisk's docs: sent by Asterisk (main/manager.c).");
        assertThat(Javadoc.withoutRecordings("The answer's headers as Asterisk 22.10.1's main/manager.c writes them."))
                .isEqualTo("The answer's headers as Asterisk's main/manager.c writes them.");
        assertThat(Javadoc.withoutRecordings("Since Asterisk 12, the docs say.")).isEqualTo("Since Asterisk 12, the docs say.");
    }
}
