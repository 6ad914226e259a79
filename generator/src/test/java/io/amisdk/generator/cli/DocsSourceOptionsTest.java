package io.amisdk.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DocsSourceOptionsTest {
    @DisplayName("the crawl's progress line goes to a terminal only, never into a log or CI output")
    @Test
    void progressOnTerminalOnly() {
        PrintWriter err = new PrintWriter(new StringWriter());
        DocsSourceOptions options = new DocsSourceOptions();
        options.maxPages = 2000; // picocli sets its default
        assertThat(options.crawlOptions(err, true).progress()).isSameAs(err);
        assertThat(options.crawlOptions(err, false).progress()).isNull();
        // under Maven there is no console: the public method leaves the line out
        assertThat(options.crawlOptions(err).progress()).isNull();
    }
}
