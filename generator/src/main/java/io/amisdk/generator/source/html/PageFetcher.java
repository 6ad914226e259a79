package io.amisdk.generator.source.html;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gets one page: from the cache when it is there, else over HTTP with a timeout, bounded
 * retries with doubling backoff for transient failures, and redirects followed by hand so that a
 * loop, too many hops or a hop off the site is reported as such. Thread-safe.
 */
final class PageFetcher {
    private static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    private final HttpClient client;
    private final CrawlOptions options;
    private final PageCache cache;
    private final String sitePrefix;

    /** {@code sitePrefix} is the URL every page and redirect must start with (same host, same path prefix). */
    PageFetcher(CrawlOptions options, String sitePrefix) {
        this.options = options;
        this.sitePrefix = sitePrefix;
        this.cache = options.cacheDir() == null ? null : new PageCache(options.cacheDir());
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Why a page could not be had; the message says what went wrong, the caller names the URL. */
    static final class FetchException extends Exception {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }
    }

    /** The page's HTML. */
    String fetch(URI uri) throws FetchException, InterruptedException {
        if (cache != null) {
            try {
                var cached = cache.get(uri);
                if (cached.isPresent()) {
                    return cached.get();
                }
            } catch (IOException e) {
                throw new FetchException("cannot read the cached copy " + cache.fileFor(uri) + ": " + e.getMessage());
            }
        }
        if (options.offline()) {
            throw new FetchException("not in the page cache " + options.cacheDir() + " and --offline forbids fetching it");
        }
        String html = fetchFollowingRedirects(uri);
        if (cache != null) {
            try {
                cache.put(uri, html);
            } catch (IOException e) {
                throw new FetchException("fetched, but cannot write it to the page cache: " + e.getMessage());
            }
        }
        return html;
    }

    private String fetchFollowingRedirects(URI start) throws FetchException, InterruptedException {
        List<URI> chain = new ArrayList<>();
        URI uri = start;
        while (true) {
            chain.add(uri);
            HttpResponse<byte[]> response = sendWithRetries(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> new FetchException("HTTP " + status + " redirect without a Location header"));
                URI next = uri.resolve(location);
                if (chain.contains(next)) {
                    throw new FetchException("redirect loop: " + describe(chain) + " -> " + next);
                }
                if (!next.toString().startsWith(sitePrefix)) {
                    throw new FetchException("redirected off the docs site to " + next + " (only " + sitePrefix
                            + "… is read)");
                }
                if (chain.size() > MAX_REDIRECTS) {
                    throw new FetchException("more than " + MAX_REDIRECTS + " redirects: " + describe(chain));
                }
                uri = next;
                continue;
            }
            if (status != 200) {
                throw new FetchException("HTTP " + status + (status == 404 ? " Not Found" : ""));
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.isEmpty() && !type.toLowerCase(Locale.ROOT).contains("html")) {
                throw new FetchException("not an HTML page (Content-Type: " + type + ")");
            }
            return new String(response.body(), charset(type));
        }
    }

    /** Sends, retrying 429, 5xx, timeouts and broken connections; returns the last answer otherwise. */
    private HttpResponse<byte[]> sendWithRetries(URI uri) throws FetchException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html")
                .GET()
                .build();
        String lastFailure = null;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(options.backoff().toMillis() << (attempt - 2));
            }
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status == 429 || status >= 500) {
                    lastFailure = "HTTP " + status;
                    continue;
                }
                return response;
            } catch (HttpTimeoutException e) {
                lastFailure = "timed out (no answer within " + options.timeout().toMillis() + " ms)";
            } catch (IOException e) {
                lastFailure = "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }
        throw new FetchException(lastFailure + (options.maxAttempts() > 1
                ? ", " + options.maxAttempts() + " attempts" : ""));
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String describe(List<URI> chain) {
        return String.join(" -> ", chain.stream().map(URI::toString).toList());
    }
}
