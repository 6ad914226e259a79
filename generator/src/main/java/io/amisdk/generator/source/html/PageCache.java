package io.amisdk.generator.source.html;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Fetched pages on disk, one file per URL, laid out like the site
 * ({@code <dir>/<host>_<port>/Asterisk_22_Documentation/…/AMI_Actions/Login/index.html}) so a
 * person can look inside. Pages are written whole or not at all (temp file, then move), so an
 * interrupted run never leaves half a page behind. A cached page is used as is: docs pages of a
 * release do not change, and a user who wants fresh ones removes the folder.
 */
final class PageCache {
    private final Path dir;

    PageCache(Path dir) {
        this.dir = dir;
    }

    /** The cached page, if there is one. */
    Optional<String> get(URI uri) throws IOException {
        Path file = fileFor(uri);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    void put(URI uri, String html) throws IOException {
        Path file = fileFor(uri);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".page", ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The file for a URL: every segment reduced to safe characters, so no URL can point outside the cache. */
    Path fileFor(URI uri) {
        String host = safe(uri.getHost() == null ? "localhost" : uri.getHost())
                + (uri.getPort() < 0 ? "" : "_" + uri.getPort());
        Path file = dir.resolve(uri.getScheme() == null ? "http" : safe(uri.getScheme())).resolve(host);
        String path = uri.getPath() == null ? "/" : uri.getPath();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                file = file.resolve(safe(segment));
            }
        }
        return path.endsWith("/") || path.isEmpty() ? file.resolve("index.html") : file.resolveSibling(file.getFileName() + ".page");
    }

    private static String safe(String segment) {
        String s = segment.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.matches("\\.*") ? s.replace('.', '_') + "_" : s;
    }
}
