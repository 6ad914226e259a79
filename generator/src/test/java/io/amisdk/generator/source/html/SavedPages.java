package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The saved line 22 pages in {@code ../shared/asterisk-docs/html/22}, reached through {@code amisdk.docs.dir}. */
final class SavedPages {
    private SavedPages() {
    }

    static Path docsDir() {
        String dir = System.getProperty("amisdk.docs.dir");
        assertThat(dir).as("system property amisdk.docs.dir (set by the build to ../shared/asterisk-docs)").isNotNull();
        Path docs = Path.of(dir);
        assertThat(docs).as("the shared Asterisk docs folder " + docs + " is missing").isDirectory();
        return docs;
    }

    static Path line22() {
        Path html = docsDir().resolve("html/22");
        assertThat(html).as("the saved line 22 pages " + html + " are missing").isDirectory();
        return html;
    }
}
