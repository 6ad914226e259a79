package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.Fixtures;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Docs that are wrong")
class ProblemsTest {
    @Test
    @DisplayName("malformed XML is one error naming file, line and column")
    void malformedXml() {
        Path file = Fixtures.docs("bad-xml.xml");

        assertThatThrownBy(() -> DocsLoader.load(file))
                .isInstanceOf(DocsException.class)
                .hasMessageStartingWith(file + ":5:")
                .hasMessageContaining("not well-formed XML")
                .satisfies(e -> {
                    Location at = ((DocsException) e).location();
                    assertThat(at.line()).isEqualTo(5);
                    assertThat(at.column()).isPositive();
                });
    }

    @Test
    @DisplayName("XML that is not Asterisk docs is an error")
    void notDocs() {
        assertThatThrownBy(() -> DocsLoader.load(Fixtures.docs("not-docs.xml")))
                .isInstanceOf(DocsException.class)
                .hasMessageContaining("not Asterisk docs")
                .hasMessageContaining("<html>");
    }

    @Test
    @DisplayName("a missing file is an error naming it")
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("core-en_US.xml");

        assertThatThrownBy(() -> DocsLoader.load(missing))
                .isInstanceOf(DocsException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    @DisplayName("neither the DTD nor an external entity is fetched")
    void noExternalFetch() throws Exception {
        LoadedDocs docs = DocsLoader.load(Fixtures.docs("external-entity.xml"));

        assertThat(docs.model().action("Ping").synopsis()).isEqualTo("Keepalive");
    }

    @Test
    @DisplayName("a pointer matching nothing and an unsupported pointer are problems naming entry, pointer and line")
    void danglingPointer() throws Exception {
        Path file = Fixtures.docs("dangling.xml");

        LoadedDocs docs = DocsLoader.load(file);

        assertThat(docs.problems()).hasSize(2);
        Problem dangling = docs.problems().get(0);
        assertThat(dangling.location().source()).isEqualTo(file.toString());
        assertThat(dangling.location().line()).isEqualTo(7);
        assertThat(dangling.subject()).isEqualTo("manager Ping");
        assertThat(dangling.message()).isEqualTo("xpointer matches nothing: "
                + "xpointer(/docs/manager[@name='Nothing']/syntax/parameter[@name='Here'])");
        assertThat(dangling.toString()).startsWith(file + ":7:");
        Problem unsupported = docs.problems().get(1);
        assertThat(unsupported.subject()).isEqualTo("managerEvent Pong");
        assertThat(unsupported.location().line()).isEqualTo(14);
        assertThat(unsupported.message()).startsWith("unsupported xpointer").contains("bogus");
        // The rest of the docs is still read.
        assertThat(docs.model().action("Ping").parameters()).extracting(ParameterDef::name).containsExactly("ActionID");
    }

    @Test
    @DisplayName("include cycles are problems, direct or through another entry, and reading ends")
    void cycles() throws Exception {
        LoadedDocs docs = DocsLoader.load(Fixtures.docs("cycle.xml"));

        assertThat(docs.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).contains("cycle"));
        assertThat(docs.problems()).extracting(Problem::subject)
                .contains("managerEvent Selfish", "managerEvent Ping", "managerEvent Pong");
        assertThat(docs.problems()).filteredOn(p -> p.subject().equals("managerEvent Selfish"))
                .singleElement().satisfies(p -> assertThat(p.location().line()).isEqualTo(8));
        assertThat(docs.model().event("Selfish").fields()).extracting(ParameterDef::name).containsExactly("Own");
        assertThat(docs.model().event("Ping").fields()).extracting(ParameterDef::name)
                .containsExactly("PingField", "PongField");
    }

    @Test
    @DisplayName("unknown elements are problems with their line; their text is kept")
    void unknownElements() throws Exception {
        LoadedDocs docs = DocsLoader.load(Fixtures.docs("unknown-element.xml"));

        assertThat(docs.problems()).extracting(Problem::message)
                .containsExactlyInAnyOrder("unknown element <blink> in <para>",
                        "unknown element <frobnicate> in <manager>");
        assertThat(docs.problems()).extracting(p -> p.location().line()).containsExactlyInAnyOrder(7, 9);
        assertThat(docs.problems()).extracting(Problem::subject).containsOnly("manager Ping");
        assertThat(docs.model().action("Ping").parameter("Mode").description().plainText()).isEqualTo("The mode.");
    }
}
