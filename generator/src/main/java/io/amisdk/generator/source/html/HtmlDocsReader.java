package io.amisdk.generator.source.html;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import io.amisdk.generator.source.RawDocs.Element;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads the AMI pages of the Asterisk docs website, from a saved folder
 * ({@code AMI_Actions/<Name>/index.html}, {@code AMI_Events/<Name>/index.html}) or from the site
 * itself, into the raw elements the XML reader also produces. One element per action page and
 * one per event instance shown; each located at its page (path relative to the folder, or URL).
 * Problems with single pages are collected; the reader never stops at the first.
 */
public final class HtmlDocsReader {
    private final CrawlOptions options;

    /** A reader with {@link CrawlOptions#defaults()}. */
    public HtmlDocsReader() {
        this(CrawlOptions.defaults());
    }

    public HtmlDocsReader(CrawlOptions options) {
        this.options = options;
    }

    /** Whether this string is a URL the reader fetches ({@code http:} or {@code https:}), not a path. */
    public static boolean isSiteUrl(String docs) {
        String s = docs.toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** Whether this folder holds saved docs pages (an AMI_Actions or AMI_Events folder, or is one). */
    public static boolean isPagesFolder(Path folder) {
        return Files.isDirectory(folder) && !sections(folder).isEmpty();
    }

    /**
     * Reads docs given as text: an http(s) URL of the site, or a folder of saved pages.
     *
     * @throws DocsException when the folder or URL cannot be read at all
     */
    public RawDocs read(String docs, Problems problems) throws DocsException {
        if (isSiteUrl(docs)) {
            URI uri;
            try {
                uri = new URI(docs);
            } catch (java.net.URISyntaxException e) {
                throw new DocsException(Location.of(docs), "not a valid URL: " + e.getReason());
            }
            return read(uri, problems);
        }
        return read(Path.of(docs), problems);
    }

    /**
     * Reads a folder of saved pages: the folder with AMI_Actions and AMI_Events in it, or one of them.
     *
     * @throws DocsException when the folder is missing, holds no AMI section folder, or no page in it can be read
     */
    public RawDocs read(Path folder, Problems problems) throws DocsException {
        Location where = Location.of(folder.toString());
        if (!Files.isDirectory(folder)) {
            throw new DocsException(where, "no such folder of docs pages");
        }
        List<Path> sectionDirs = sections(folder);
        if (sectionDirs.isEmpty()) {
            throw new DocsException(where, "not a folder of AMI docs pages (no AMI_Actions or AMI_Events folder in it)");
        }
        List<Path> pages = new ArrayList<>();
        for (Path section : sectionDirs) {
            try (Stream<Path> entries = Files.list(section)) {
                entries.map(d -> d.resolve("index.html")).filter(Files::isRegularFile).sorted().forEach(pages::add);
            } catch (IOException e) {
                throw new DocsException(Location.of(section.toString()), "cannot list the folder: " + e.getMessage(), e);
            }
        }
        ProgressLine progress = new ProgressLine(options.progress(), "reading docs pages", pages.size());
        // Parsing dominates (40 MB of HTML for line 22); pages are independent, so parse them in parallel.
        List<ParsedPage> parsed = pages.parallelStream().map(page -> {
            String relative = folder.relativize(page).toString().replace('\\', '/');
            Location location = Location.of(relative.isEmpty() ? page.toString() : relative);
            PageKind kind = PageKind.ofSection(page.getParent().getParent().getFileName().toString());
            try {
                return parsePage(Files.readString(page, StandardCharsets.UTF_8), location, kind);
            } catch (IOException e) {
                return ParsedPage.failed(new Problem(location, null, "cannot read the page: " + e.getMessage()));
            } catch (UncheckedIOException e) {
                return ParsedPage.failed(new Problem(location, null, "cannot read the page: " + e.getCause().getMessage()));
            } finally {
                progress.step();
            }
        }).toList();
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return collect(name, parsed, problems);
    }

    /**
     * Reads the site at this URL: the API documentation folder (which holds AMI_Actions and
     * AMI_Events), or one of those two section indexes.
     *
     * @throws DocsException when the URL is not http(s), no page can be read, or the crawl is interrupted
     */
    public RawDocs read(URI site, Problems problems) throws DocsException {
        if (site.getScheme() == null || !isSiteUrl(site.toString()) || site.getHost() == null) {
            throw new DocsException(Location.of(site.toString()), "not an http(s) URL of a docs site");
        }
        try {
            return collect(site.toString(), new SiteCrawler(options).crawl(site), problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocsException(Location.of(site.toString()), "reading the site was interrupted", e);
        }
    }

    /** Parses one page's HTML; {@code kind} from the page's section folder, or null to tell from the page. */
    static ParsedPage parsePage(String html, Location location, PageKind kind) {
        ParsedPage page = HtmlPageParser.parse(html, location, kind);
        if (!html.isBlank() && !html.regionMatches(true, lastTagStart(html), "</html", 0, 6)) {
            // Parsing never fails on broken HTML, so say when a page looks cut short.
            List<Problem> problems = new ArrayList<>(page.problems());
            problems.add(new Problem(location, null, "malformed HTML: the page does not end with </html> (truncated?)"));
            return new ParsedPage(location, page.actions(), page.events(), page.asteriskLine(), problems);
        }
        return page;
    }

    private static int lastTagStart(String html) {
        int i = html.lastIndexOf('<');
        return Math.max(i, 0);
    }

    /**
     * The elements of every page, their problems added to {@code problems}.
     *
     * @throws DocsException when not one AMI page could be read: there is no model to speak of
     */
    private static RawDocs collect(String source, List<ParsedPage> pages, Problems problems) throws DocsException {
        List<Element<ActionDef>> actions = new ArrayList<>();
        List<Element<EventDef>> events = new ArrayList<>();
        String line = null;
        for (ParsedPage page : pages) {
            page.problems().forEach(problems::add);
            for (ActionDef a : page.actions()) {
                actions.add(new Element<>(a, page.location()));
            }
            for (EventDef e : page.events()) {
                events.add(new Element<>(e, page.location()));
            }
            if (line == null) {
                line = page.asteriskLine();
            }
        }
        if (actions.isEmpty() && events.isEmpty()) {
            List<Problem> found = pages.stream().flatMap(p -> p.problems().stream()).toList();
            throw new DocsException(Location.of(source), found.isEmpty() ? "no AMI action or event page in it"
                    : "read no AMI page: " + found.get(0) + (found.size() > 1
                    ? " (and " + (found.size() - 1) + " more problems)" : ""));
        }
        return new RawDocs(source, line, actions, events);
    }

    private static List<Path> sections(Path folder) {
        PageKind self = folder.getFileName() == null ? null : PageKind.ofSection(folder.getFileName().toString());
        if (self != null) {
            return List.of(folder);
        }
        List<Path> out = new ArrayList<>();
        for (PageKind k : PageKind.values()) {
            Path dir = folder.resolve(k.section());
            if (Files.isDirectory(dir)) {
                out.add(dir);
            }
        }
        return out;
    }
}
