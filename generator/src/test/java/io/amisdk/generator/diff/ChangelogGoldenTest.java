package io.amisdk.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.model.AmiModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The changelogs between shipped lines, compared exactly with checked-in copies. Run with
 * {@code -Damisdk.golden.update=true} to rewrite them, and review the diff in the commit (they change
 * when the model learns more, e.g. header types).
 */
class ChangelogGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/changelog");
    private static final boolean UPDATE = Boolean.getBoolean("amisdk.golden.update");

    @DisplayName("the changelog between two shipped lines equals its golden copy")
    @ParameterizedTest(name = "{0} \u2192 {1} as {2}")
    @CsvSource({"20,22,txt", "20,22,md", "20,22,json", "18,master,txt", "18,master,md"})
    void matchesGolden(String from, String to, String extension) throws Exception {
        Changelog log = Changelog.between(model(from), model(to));
        String rendered = ChangelogFormat.named(extension).render(log);
        Path golden = GOLDEN.resolve(from + "-" + to + "." + extension);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Damisdk.golden.update=true").exists();
        assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static AmiModel model(String line) throws IOException {
        try {
            return DocsLoader.load(ShippedDocs.xml(line), line).model();
        } catch (io.amisdk.generator.source.DocsException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
