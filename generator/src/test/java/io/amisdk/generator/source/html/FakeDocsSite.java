package io.amisdk.generator.source.html;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The saved docs folder served over loopback under the site's path
 * ({@code /Asterisk_22_Documentation/API_Documentation/}), with faults injected per path.
 */
final class FakeDocsSite implements AutoCloseable {
    static final String PREFIX = "/Asterisk_22_Documentation/API_Documentation/";

    /** What the site does for one path instead of serving the file. */
    interface Fault {
        /** Handles the request; {@code count} is the 1-based number of requests for this path so far. */
        void handle(HttpExchange exchange, int count, FakeDocsSite site) throws IOException;
    }

    private final Path folder;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    FakeDocsSite(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The API documentation URL, e.g. {@code http://127.0.0.1:1234/Asterisk_22_Documentation/API_Documentation/}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PREFIX);
    }

    void fault(String path, Fault fault) {
        faults.put(path, fault);
    }

    /** How many requests reached the site (all paths). */
    int requests() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int requests(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            int count = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
            Fault fault = faults.get(path);
            if (fault != null) {
                fault.handle(exchange, count, this);
            } else {
                serveFile(exchange, path);
            }
        }
    }

    void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = path.startsWith(PREFIX) ? folder.resolve(path.substring(PREFIX.length())).normalize() : null;
        if (file != null && path.endsWith("/")) {
            file = file.resolve("index.html");
        }
        if (file == null || !file.startsWith(folder) || !Files.isRegularFile(file)) {
            send(exchange, 404, "<html><body><h1>404 - Not found</h1></body></html>");
            return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
