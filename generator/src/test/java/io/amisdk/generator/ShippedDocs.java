package io.amisdk.generator;

import static org.assertj.core.api.Assertions.fail;

import io.amisdk.generator.source.DocsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference docs in {@code ../shared/asterisk-docs}, found through the {@code amisdk.docs.dir}
 * system property Maven sets. Missing data fails the test with a clear message; it is never skipped.
 */
public final class ShippedDocs {
    /** Every docs file we have: raw per Asterisk line, and line 22 as {@code xmldoc dump} exports it. */
    public static final List<String> ALL = List.of("18", "20", "21", "22", "23", "master", "22-processed");

    private static final Map<String, LoadedDocs> LOADED = new ConcurrentHashMap<>();

    private ShippedDocs() {
    }

    /** The {@code asterisk-docs} folder. */
    public static Path dir() {
        String property = System.getProperty("amisdk.docs.dir");
        if (property == null || property.isBlank()) {
            fail("system property amisdk.docs.dir is not set: run the tests through Maven, which points it at"
                    + " ../shared/asterisk-docs");
        }
        Path dir = Path.of(property);
        if (!Files.isDirectory(dir.resolve("xml"))) {
            fail("Asterisk docs reference data missing: no xml/ folder in amisdk.docs.dir=" + dir);
        }
        return dir;
    }

    /** {@code xml/<line>/core-en_US.xml}. */
    public static Path xml(String line) {
        Path file = dir().resolve("xml").resolve(line).resolve("core-en_US.xml");
        if (!Files.isRegularFile(file)) {
            fail("Asterisk docs reference data missing: " + file);
        }
        return file;
    }

    /** The docs of that line, read and linked once per test run. */
    public static LoadedDocs load(String line) {
        return LOADED.computeIfAbsent(line, l -> {
            try {
                return DocsLoader.load(xml(l));
            } catch (DocsException e) {
                throw new AssertionError("shipped docs do not load: " + e.getMessage(), e);
            }
        });
    }
}
