package io.amisdk.generator.source.html;

import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a docs site: from the API documentation URL (or one section's index) to the AMI_Actions
 * and AMI_Events indexes, then to every page they link, staying under the same host and path
 * prefix, reading at most {@link CrawlOptions#maxPages()} pages, a few at a time. Each page is
 * parsed by the worker that fetched it, so the HTML is held only briefly and parsed once.
 */
final class SiteCrawler {
    private final CrawlOptions options;

    SiteCrawler(CrawlOptions options) {
        this.options = options;
    }

    /**
     * Where a crawl starts: the site prefix, the section indexes under it, or one page.
     *
     * @param base     the API documentation URL, ending in a slash; every page read is under it
     * @param sections the section indexes to read
     * @param page     the one page to read when the URL names a page, else null
     */
    record Start(URI base, List<PageKind> sections, URI page) {
        static Start of(URI uri) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            path = path.replaceFirst("/index\\.html?$", "/");
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
            String parent = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
            PageKind section = sectionNamed(last);
            if (section != null) {
                return new Start(uri.resolve(parent), List.of(section), null);
            }
            String parentTrimmed = parent.isEmpty() ? "" : parent.substring(0, parent.length() - 1);
            PageKind pageSection = sectionNamed(parentTrimmed.substring(parentTrimmed.lastIndexOf('/') + 1));
            if (pageSection != null && !last.isEmpty()) {
                // one page, e.g. …/AMI_Actions/Login/
                String grandParent = parentTrimmed.substring(0, parentTrimmed.lastIndexOf('/') + 1);
                return new Start(uri.resolve(grandParent), List.of(pageSection), uri.resolve(trimmed + "/"));
            }
            return new Start(uri.resolve(trimmed + "/"), List.of(PageKind.ACTION, PageKind.EVENT), null);
        }

        private static PageKind sectionNamed(String segment) {
            PageKind k = PageKind.ofSection(segment);
            return k != null && segment.equals(k.section()) ? k : null;
        }
    }

    /** Every page's result in index order (actions first), index failures included. */
    List<ParsedPage> crawl(URI site) throws InterruptedException {
        Start start = Start.of(site);
        String prefix = start.base().toString();
        PageFetcher fetcher = new PageFetcher(options, prefix);
        List<ParsedPage> failures = new ArrayList<>();
        Map<URI, PageKind> pages = new LinkedHashMap<>();
        if (start.page() != null) {
            return fetchAll(fetcher, List.of(Map.entry(start.page(), start.sections().get(0))));
        }
        for (PageKind section : start.sections()) {
            URI index = start.base().resolve(section.section() + "/");
            try {
                Document doc = Jsoup.parse(fetcher.fetch(index), index.toString());
                List<URI> links = pageLinks(doc, index);
                if (links.isEmpty()) {
                    failures.add(ParsedPage.failed(new Problem(Location.of(index.toString()), null,
                            "the " + section.section() + " index links no pages under " + index)));
                }
                links.forEach(l -> pages.putIfAbsent(l, section));
            } catch (PageFetcher.FetchException e) {
                failures.add(ParsedPage.failed(new Problem(Location.of(index.toString()), null,
                        "cannot read the " + section.section() + " index: " + e.getMessage())));
            }
        }
        List<Map.Entry<URI, PageKind>> todo = new ArrayList<>(pages.entrySet());
        if (todo.size() > options.maxPages()) {
            failures.add(ParsedPage.failed(new Problem(Location.of(prefix), null, "the site lists " + todo.size()
                    + " pages; only the first " + options.maxPages() + " were read (raise the page limit to read all)")));
            todo = todo.subList(0, options.maxPages());
        }
        List<ParsedPage> results = new ArrayList<>(failures);
        results.addAll(fetchAll(fetcher, todo));
        return results;
    }

    private List<ParsedPage> fetchAll(PageFetcher fetcher, List<Map.Entry<URI, PageKind>> todo)
            throws InterruptedException {
        ProgressLine progress = new ProgressLine(options.progress(), "reading docs pages", todo.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
            Thread t = new Thread(r, "amisdk-docs-crawler");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ParsedPage>> futures = new ArrayList<>();
            for (Map.Entry<URI, PageKind> page : todo) {
                futures.add(pool.submit(() -> {
                    try {
                        return readPage(fetcher, page.getKey(), page.getValue());
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<ParsedPage> results = new ArrayList<>();
            for (Future<ParsedPage> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    // a bug in the parser, not a property of the page: keep it visible
                    throw new IllegalStateException("reading a docs page failed", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ParsedPage readPage(PageFetcher fetcher, URI uri, PageKind kind) throws InterruptedException {
        Location location = Location.of(uri.toString());
        String html;
        try {
            html = fetcher.fetch(uri);
        } catch (PageFetcher.FetchException e) {
            return ParsedPage.failed(new Problem(location, null, e.getMessage()));
        }
        return HtmlDocsReader.parsePage(html, location, kind);
    }

    /** The pages an index links to: one level below the index, on the same host, in link order. */
    static List<URI> pageLinks(Document index, URI indexUri) {
        Element root = index.selectFirst("article");
        List<URI> out = new ArrayList<>();
        for (Element a : (root == null ? index : root).select("a[href]")) {
            URI target;
            try {
                target = indexUri.resolve(a.attr("href").strip()).normalize();
            } catch (IllegalArgumentException e) {
                continue;
            }
            String rest = target.getPath() == null || !target.getPath().startsWith(indexUri.getPath())
                    ? null : target.getPath().substring(indexUri.getPath().length());
            if (rest == null || !sameServer(target, indexUri) || !rest.matches("[^/]+/?(index\\.html)?")) {
                continue;
            }
            String name = rest.replaceFirst("/?(index\\.html)?$", "");
            URI page = indexUri.resolve(name + "/");
            if (!out.contains(page)) {
                out.add(page);
            }
        }
        return out;
    }

    private static boolean sameServer(URI a, URI b) {
        return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && a.getPort() == b.getPort();
    }
}
