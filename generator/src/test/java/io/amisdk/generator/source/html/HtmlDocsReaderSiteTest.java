package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("HtmlDocsReader over HTTP (the saved pages served on loopback)")
class HtmlDocsReaderSiteTest {
    private FakeDocsSite site;

    @TempDir
    Path temp;

    @BeforeEach
    void start() throws Exception {
        site = new FakeDocsSite(SavedPages.line22());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static CrawlOptions fast() {
        return CrawlOptions.defaults().withTimeout(Duration.ofMillis(1500)).withRetries(2, Duration.ofMillis(20));
    }

    private static List<String> names(RawDocs docs) {
        return docs.actions().stream().map(e -> e.def().name()).toList();
    }

    private static List<ActionDef> actions(RawDocs docs) {
        return docs.actions().stream().map(RawDocs.Element::def).toList();
    }

    private static List<EventDef> events(RawDocs docs) {
        return docs.events().stream().map(RawDocs.Element::def).toList();
    }

    @Test
    @DisplayName("a healthy site gives the same elements as the saved folder, located at their URLs")
    void healthySiteMatchesFolder() throws Exception {
        StringWriter progress = new StringWriter();
        Problems problems = new Problems();
        RawDocs fromSite = new HtmlDocsReader(fast().withProgress(new PrintWriter(progress)))
                .read(site.base(), problems);
        RawDocs fromFolder = new HtmlDocsReader().read(SavedPages.line22(), new Problems());

        assertThat(problems.all()).isEmpty();
        assertThat(actions(fromSite)).isEqualTo(actions(fromFolder));
        assertThat(events(fromSite)).isEqualTo(events(fromFolder));
        assertThat(fromSite.asteriskLine()).isEqualTo("22");
        assertThat(fromSite.actions().get(0).location()).hasToString(site.base() + "AMI_Actions/AGI/");
        assertThat(progress.toString()).startsWith("\rreading docs pages: 1/335 pages")
                .endsWith("\rreading docs pages: 335/335 pages" + System.lineSeparator());
        assertThat(site.userAgents()).isNotEmpty().allMatch(ua -> ua.startsWith("amisdk-docs-reader/"));
        // two indexes and 335 pages, each asked for once
        assertThat(site.requests()).isEqualTo(337);
    }

    @Test
    @DisplayName("one section index reads only that section")
    void sectionIndexOnly() throws Exception {
        Problems problems = new Problems();
        RawDocs docs = new HtmlDocsReader(fast()).read(site.base().resolve("AMI_Events/"), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(docs.actions()).isEmpty();
        assertThat(docs.events()).hasSize(182);
    }

    @Test
    @DisplayName("404, 500, timeouts, redirect loops, off-site redirects, malformed and non-AMI pages are all reported")
    void faultsAreReportedAndTheRestIsRead() throws Exception {
        String actions = FakeDocsSite.PREFIX + "AMI_Actions/";
        String events = FakeDocsSite.PREFIX + "AMI_Events/";
        site.fault(actions + "Ping/", (x, n, s) -> FakeDocsSite.send(x, 404, "<html><body>gone</body></html>"));
        site.fault(actions + "Status/", (x, n, s) -> FakeDocsSite.send(x, 500, "<html><body>oops</body></html>"));
        site.fault(events + "Hangup/", (x, n, s) -> {
            if (n == 1) {
                FakeDocsSite.send(x, 503, "");
            } else {
                s.serveFile(x, x.getRequestURI().getPath());
            }
        });
        site.fault(actions + "Logoff/", (x, n, s) -> sleepThenServe(x, s, 3000));
        site.fault(events + "DialBegin/", (x, n, s) -> sleepThenServe(x, s, n == 1 ? 3000 : 0));
        site.fault(actions + "Reload/", (x, n, s) -> FakeDocsSite.redirect(x, actions + "Reload/again/"));
        site.fault(actions + "Reload/again/", (x, n, s) -> FakeDocsSite.redirect(x, actions + "Reload/"));
        site.fault(actions + "Originate/", (x, n, s) -> FakeDocsSite.redirect(x, actions + "Originate/index.html"));
        site.fault(actions + "Bridge/", (x, n, s) -> FakeDocsSite.redirect(x, "https://elsewhere.invalid/Bridge/"));
        site.fault(actions + "Command/", (x, n, s) -> FakeDocsSite.send(x, 200, "<html><body><article>"
                + "<h1>Command - [builtin]</h1><h3>Synopsis</h3><p>Execute Asterisk CLI Command.<h3>Syntax</h3>"
                + "<pre><code>Action: Command\nActionID: &lt;value&gt;\nCommand: &lt;val"));
        site.fault(events + "Newchannel/", (x, n, s) -> FakeDocsSite.send(x, 200,
                "<html><head><title>Maintenance</title></head><body><h1>Down for maintenance</h1><p>Back soon.</p></body></html>"));

        Problems problems = new Problems();
        RawDocs docs = new HtmlDocsReader(fast()).read(site.base(), problems);

        String a = site.base() + "AMI_Actions/";
        String e = site.base() + "AMI_Events/";
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                a + "Bridge/: redirected off the docs site to https://elsewhere.invalid/Bridge/ (only " + site.base() + "… is read)",
                a + "Command/:1: manager Command: unreadable Syntax line: Command: <val",
                a + "Command/:1: manager Command: parameter ActionID is in the Syntax block but not under Arguments",
                a + "Command/: malformed HTML: the page does not end with </html> (truncated?)",
                a + "Logoff/: timed out (no answer within 1500 ms), 2 attempts",
                a + "Ping/: HTTP 404 Not Found",
                a + "Reload/: redirect loop: " + a + "Reload/ -> " + a + "Reload/again/ -> " + a + "Reload/",
                a + "Status/: HTTP 500, 2 attempts",
                e + "Newchannel/: not an AMI action or event page: no Synopsis, Syntax or Arguments section under \"Down for maintenance\"");
        assertThat(names(docs)).hasSize(149).contains("Originate", "Command").doesNotContain("Ping", "Status", "Logoff",
                "Reload", "Bridge");
        assertThat(events(docs)).extracting(EventDef::name).hasSize(181).contains("Hangup", "DialBegin")
                .doesNotContain("Newchannel");
        assertThat(site.requests(FakeDocsSite.PREFIX + "AMI_Actions/Status/")).isEqualTo(2);
        assertThat(site.requests(FakeDocsSite.PREFIX + "AMI_Actions/Ping/")).as("a 404 is not retried").isEqualTo(1);
    }

    private static void sleepThenServe(com.sun.net.httpserver.HttpExchange x, FakeDocsSite s, long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        s.serveFile(x, x.getRequestURI().getPath());
    }

    @Test
    @DisplayName("a cached re-run asks the site nothing; --offline reports pages missing from the cache")
    void cacheAndOffline() throws Exception {
        Path cache = temp.resolve("cache");
        RawDocs online = new HtmlDocsReader(fast().withCacheDir(cache)).read(site.base(), new Problems());
        int asked = site.requests();

        Problems problems = new Problems();
        RawDocs offline = new HtmlDocsReader(fast().withCacheDir(cache).withOffline(true)).read(site.base(), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(site.requests()).as("nothing fetched offline").isEqualTo(asked);
        assertThat(actions(offline)).isEqualTo(actions(online));
        assertThat(events(offline)).isEqualTo(events(online));

        // an online re-run also reads the cache
        new HtmlDocsReader(fast().withCacheDir(cache)).read(site.base(), new Problems());
        assertThat(site.requests()).isEqualTo(asked);

        URI login = site.base().resolve("AMI_Actions/Login/");
        Path cached = new PageCache(cache).fileFor(login);
        assertThat(cached).isRegularFile().startsWith(cache);
        Files.delete(cached);
        Problems missing = new Problems();
        RawDocs partial = new HtmlDocsReader(fast().withCacheDir(cache).withOffline(true)).read(site.base(), missing);
        assertThat(missing.all()).extracting(Problem::toString).containsExactly(
                login + ": not in the page cache " + cache + " and --offline forbids fetching it");
        assertThat(names(partial)).hasSize(153).doesNotContain("Login");
        assertThat(site.requests()).isEqualTo(asked);
    }

    @Test
    @DisplayName("--offline with an empty cache fails clearly at the indexes")
    void offlineWithoutCache() {
        Path empty = temp.resolve("empty");
        Problems problems = new Problems();
        assertThatThrownBy(() -> new HtmlDocsReader(fast().withCacheDir(empty).withOffline(true))
                .read(site.base(), problems))
                .hasMessage(site.base() + ": read no AMI page: " + site.base() + "AMI_Actions/: cannot read the AMI_Actions"
                        + " index: not in the page cache " + empty + " and --offline forbids fetching it (and 1 more problems)");
        assertThat(problems.all()).extracting(Problem::message).containsExactly(
                "cannot read the AMI_Actions index: not in the page cache " + empty + " and --offline forbids fetching it",
                "cannot read the AMI_Events index: not in the page cache " + empty + " and --offline forbids fetching it");
        assertThat(site.requests()).isZero();
    }

    @Test
    @DisplayName("the page limit bounds the crawl and says so")
    void pageLimit() throws Exception {
        Problems problems = new Problems();
        RawDocs docs = new HtmlDocsReader(fast().withMaxPages(10)).read(site.base(), problems);
        assertThat(docs.actions()).hasSize(10);
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(site.base()
                + ": the site lists 335 pages; only the first 10 were read (raise the page limit to read all)");
        assertThat(site.requests()).isEqualTo(12);
    }

    @Test
    @DisplayName("a page's own URL reads just that page")
    void singlePage() throws Exception {
        Problems problems = new Problems();
        RawDocs docs = new HtmlDocsReader(fast()).read(site.base().resolve("AMI_Events/Newchannel/"), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(events(docs)).extracting(EventDef::name).containsExactly("Newchannel");
        assertThat(site.requests()).isEqualTo(1);
    }

    @Test
    void notAnHttpUrl() {
        assertThatThrownBy(() -> new HtmlDocsReader().read(URI.create("ftp://example.test/docs/"), new Problems()))
                .hasMessage("ftp://example.test/docs/: not an http(s) URL of a docs site");
    }
}
