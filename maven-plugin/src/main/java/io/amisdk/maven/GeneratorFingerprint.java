package io.amisdk.maven;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the generating code itself is: one SHA-256 over the bytes of every jar (and every class folder, as
 * in a reactor build) on the plugin's class path — the plugin, the generator and the libraries they use.
 * It goes into the up-to-date stamp, so a rebuilt generator of the same version (a snapshot, a local fix)
 * regenerates instead of leaving output the old one wrote.
 *
 * <p>A jar's hash is kept for the JVM's life under its path, size and modification time, so a build that
 * runs the goal in many modules reads each jar once; a class folder is hashed every time.
 */
final class GeneratorFingerprint {
    private static final Map<String, String> JAR_HASHES = new ConcurrentHashMap<>();

    private GeneratorFingerprint() {
    }

    /** The fingerprint of the class path this plugin runs from. */
    static String ofPlugin() throws IOException {
        return of(classPath(GenerateMojo.class.getClassLoader()));
    }

    /** The fingerprint of these jars and class folders, in the given order; a missing entry counts as absent. */
    static String of(List<Path> entries) throws IOException {
        MessageDigest digest = sha256();
        for (Path entry : entries) {
            String hash;
            if (Files.isDirectory(entry)) {
                hash = GenerationStamp.sha256(entry);
            } else if (Files.isRegularFile(entry)) {
                hash = jarHash(entry);
            } else {
                hash = "absent";
            }
            digest.update(entry.getFileName() == null ? new byte[0]
                    : entry.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(hash.getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /**
     * The jars and folders a class loader reads from: a Maven plugin realm's URLs (a {@link URLClassLoader}),
     * else the code sources of the plugin's and the generator's classes.
     */
    static List<Path> classPath(ClassLoader loader) {
        Set<Path> paths = new LinkedHashSet<>();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                add(paths, url);
            }
        }
        if (paths.isEmpty()) {
            for (Class<?> c : List.of(GenerateMojo.class, io.amisdk.generator.SdkGenerator.class)) {
                var source = c.getProtectionDomain().getCodeSource();
                if (source != null && source.getLocation() != null) {
                    add(paths, source.getLocation());
                }
            }
        }
        return new ArrayList<>(paths);
    }

    private static void add(Set<Path> paths, URL url) {
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        try {
            paths.add(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // not a local file: nothing of ours to hash
        }
    }

    private static String jarHash(Path jar) throws IOException {
        BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
        String key = jar.toAbsolutePath() + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
        String known = JAR_HASHES.get(key);
        if (known != null) {
            return known;
        }
        String hash = GenerationStamp.sha256(jar);
        JAR_HASHES.put(key, hash);
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
