package io.amisdk.generator.cli;

import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.html.CrawlOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options that say how to read {@code --docs} when it is not the XML: its format, and for the
 * docs website the page cache, {@code --offline} and the page limit. Shared by every command that
 * reads docs, as a picocli mixin.
 */
public final class DocsSourceOptions {
    @Option(names = "--format", paramLabel = "xml|html|ami", converter = FormatConverter.class,
            description = "The docs' form (default: ami for ami://user@host:port, html for a URL or a folder, xml for a"
                    + " file).")
    DocsFormat format;

    @Option(names = "--cache", paramLabel = "<dir>",
            description = "Where fetched docs pages are kept and re-read (default: ~/.cache/amisdk/pages).")
    Path cache;

    @Option(names = "--offline", description = "Read docs pages only from the cache; a page not cached is a problem.")
    boolean offline;

    @Option(names = "--max-pages", paramLabel = "<n>", defaultValue = "2000",
            description = "The most docs pages one run reads (default: ${DEFAULT-VALUE}).")
    int maxPages;

    /** The format given, or null to detect it. */
    public DocsFormat format() {
        return format;
    }

    /**
     * How to crawl, with the progress line on {@code err} when amisdk runs on a terminal: in a log or a CI
     * job the line's {@code \r} rewrites would pile up into one long line, so there it is left out.
     */
    public CrawlOptions crawlOptions(PrintWriter err) {
        return crawlOptions(err, System.console() != null);
    }

    /** How to crawl, with the progress line on {@code err} only when {@code terminal}. */
    CrawlOptions crawlOptions(PrintWriter err, boolean terminal) {
        Path dir = cache != null ? cache : Path.of(System.getProperty("user.home"), ".cache", "amisdk", "pages");
        return CrawlOptions.defaults().withCacheDir(dir).withOffline(offline).withMaxPages(maxPages)
                .withProgress(terminal ? err : null);
    }

    /** Whether {@code docs} is read as HTML pages. */
    public boolean isHtml(String docs) {
        return (format != null ? format : DocsFormat.detect(docs)) == DocsFormat.HTML;
    }

    static final class FormatConverter implements ITypeConverter<DocsFormat> {
        @Override
        public DocsFormat convert(String value) {
            try {
                return DocsFormat.named(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a docs format (xml, html or ami)");
            }
        }
    }
}
