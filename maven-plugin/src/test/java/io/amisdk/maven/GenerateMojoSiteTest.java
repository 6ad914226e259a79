package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("docs given as the website's URL: read through the page cache, offline from it alone")
@Timeout(60)
class GenerateMojoSiteTest {
    private static final String PREFIX = "/Asterisk_22_Documentation/API_Documentation/";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> log = new ArrayList<>();

    /** A three-page site on loopback: the saved line-22 pages of Login, Ping and FullyBooted, with two indexes. */
    @BeforeEach
    void startSite() throws IOException {
        Path saved = new File(System.getProperty("amisdk.docs.dir"), "html/22").toPath();
        Path site = dir.resolve("site");
        for (String page : List.of("AMI_Actions/Login", "AMI_Actions/Ping", "AMI_Events/FullyBooted")) {
            Files.createDirectories(site.resolve(page));
            Files.copy(saved.resolve(page).resolve("index.html"), site.resolve(page).resolve("index.html"));
        }
        Files.writeString(site.resolve("AMI_Actions/index.html"),
                "<html><body><article><a href=\"Login/\">Login</a> <a href=\"Ping/\">Ping</a></article></body></html>");
        Files.writeString(site.resolve("AMI_Events/index.html"),
                "<html><body><article><a href=\"FullyBooted/\">FullyBooted</a></article></body></html>");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> serve(exchange, site));
        server.start();
    }

    @AfterEach
    void stopSite() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange, Path site) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            Path file = path.startsWith(PREFIX) ? site.resolve(path.substring(PREFIX.length())).resolve("index.html")
                    .normalize() : null;
            if (file == null || !file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        }
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    private GenerateMojo mojo(boolean offline) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.docs = url();
        mojo.cacheDirectory = dir.resolve("cache").toFile();
        mojo.offline = offline;
        mojo.maxPages = 10;
        mojo.packageName = "com.example.ami";
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.useBuiltInSupplement = false;
        mojo.project = new MavenProject();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    @Test
    @DisplayName("online it fetches and caches the pages; offline, with the site gone, the cache gives the same model")
    void urlThenOffline() throws Exception {
        mojo(false).execute();

        Path out = dir.resolve("out/com/example/ami");
        assertThat(out.resolve("LoginAction.java")).isRegularFile();
        assertThat(out.resolve("PingAction.java")).isRegularFile();
        assertThat(out.resolve("FullyBootedEvent.java")).isRegularFile();
        assertThat(Files.readString(out.resolve("LoginAction.java"))).contains("Asterisk 22");
        assertThat(requests.get()).isEqualTo(5);
        assertThat(log).last().asString().startsWith("amisdk: 2 actions, 1 events");

        server.stop(0);
        log.clear();
        mojo(true).execute();

        assertThat(log).last().asString().startsWith("amisdk: up to date");
        assertThat(requests.get()).isEqualTo(5);
    }

    @Test
    @DisplayName("offline with nothing cached: the build fails naming the index it could not read from the cache")
    void offlineWithoutCache() {
        assertThatThrownBy(() -> mojo(true).execute()).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("amisdk: cannot read the docs: " + url())
                .hasMessageContaining(url() + "AMI_Actions/: cannot read the AMI_Actions index: not in the page cache");
        assertThat(requests.get()).isZero();
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("a maxPages below what the site lists is a problem; below 1 it is a usage error")
    void maxPages() {
        GenerateMojo two = mojo(false);
        two.maxPages = 2;
        assertThatThrownBy(two::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("the site lists 3 pages; only the first 2 were read");

        GenerateMojo none = mojo(false);
        none.maxPages = 0;
        assertThatThrownBy(none::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("amisdk: maxPages must be at least 1, not 0");
    }
}
