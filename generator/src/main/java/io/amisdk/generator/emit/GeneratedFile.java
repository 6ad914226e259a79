package io.amisdk.generator.emit;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One output file, in memory: its path relative to the output directory ({@code /}-separated) and its
 * bytes (UTF-8, {@code \n} line ends).
 */
public record GeneratedFile(String path, byte[] content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("not a plain relative path: " + path);
        }
        content = content.clone();
    }

    /** A text file, encoded as UTF-8. */
    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedFile other && path.equals(other.path) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "GeneratedFile[" + path + ", " + content.length + " bytes]";
    }
}
