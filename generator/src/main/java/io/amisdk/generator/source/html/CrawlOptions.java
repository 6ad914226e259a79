package io.amisdk.generator.source.html;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link HtmlDocsReader} reads a docs site over HTTP.
 *
 * @param cacheDir     where fetched pages are kept and found again (a re-run reads them from here
 *                     without asking the site), or null for no cache
 * @param offline      read only from the cache; a page that is not cached is a problem
 * @param maxPages     the most pages one run reads; a site listing more is a problem
 * @param concurrency  how many requests run at once
 * @param timeout      per request (and for connecting)
 * @param maxAttempts  attempts per page for transient failures (5xx, 429, timeouts, broken connections)
 * @param backoff      the wait before the second attempt; doubled before each later one
 * @param userAgent    the User-Agent header sent
 * @param progress     where the "pages done/total" line goes, or null for none
 */
public record CrawlOptions(Path cacheDir, boolean offline, int maxPages, int concurrency, Duration timeout,
        int maxAttempts, Duration backoff, String userAgent, PrintWriter progress) {
    /** The User-Agent sent unless another is given: names the tool and why it asks. */
    public static final String DEFAULT_USER_AGENT =
            "amisdk-docs-reader/" + version() + " (reads AMI action and event pages to generate a Java SDK)";

    public CrawlOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxPages < 1 || concurrency < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("maxPages, concurrency and maxAttempts must be at least 1");
        }
        if (offline && cacheDir == null) {
            throw new IllegalArgumentException("offline reading needs a page cache directory");
        }
    }

    /** No cache, online, 2000 pages, 4 requests at a time, 30 s timeout, 3 attempts from 500 ms, no progress line. */
    public static CrawlOptions defaults() {
        return new CrawlOptions(null, false, 2000, 4, Duration.ofSeconds(30), 3, Duration.ofMillis(500),
                DEFAULT_USER_AGENT, null);
    }

    public CrawlOptions withCacheDir(Path dir) {
        return new CrawlOptions(dir, offline, maxPages, concurrency, timeout, maxAttempts, backoff, userAgent, progress);
    }

    public CrawlOptions withOffline(boolean off) {
        return new CrawlOptions(cacheDir, off, maxPages, concurrency, timeout, maxAttempts, backoff, userAgent, progress);
    }

    public CrawlOptions withMaxPages(int max) {
        return new CrawlOptions(cacheDir, offline, max, concurrency, timeout, maxAttempts, backoff, userAgent, progress);
    }

    public CrawlOptions withConcurrency(int n) {
        return new CrawlOptions(cacheDir, offline, maxPages, n, timeout, maxAttempts, backoff, userAgent, progress);
    }

    public CrawlOptions withTimeout(Duration t) {
        return new CrawlOptions(cacheDir, offline, maxPages, concurrency, t, maxAttempts, backoff, userAgent, progress);
    }

    public CrawlOptions withRetries(int attempts, Duration firstBackoff) {
        return new CrawlOptions(cacheDir, offline, maxPages, concurrency, timeout, attempts, firstBackoff, userAgent,
                progress);
    }

    public CrawlOptions withUserAgent(String agent) {
        return new CrawlOptions(cacheDir, offline, maxPages, concurrency, timeout, maxAttempts, backoff, agent, progress);
    }

    public CrawlOptions withProgress(PrintWriter out) {
        return new CrawlOptions(cacheDir, offline, maxPages, concurrency, timeout, maxAttempts, backoff, userAgent, out);
    }

    private static String version() {
        String v = CrawlOptions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
