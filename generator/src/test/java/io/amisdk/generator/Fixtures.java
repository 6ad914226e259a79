package io.amisdk.generator;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The small docs files under {@code src/test/resources/docs/} that we wrote for the tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path docs(String name) {
        URL url = Fixtures.class.getResource("/docs/" + name);
        if (url == null) {
            throw new AssertionError("test fixture missing: docs/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
