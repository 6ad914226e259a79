package io.amisdk.servertests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The suite's checked-in lists ({@code src/test/resources}): one entry a line, columns split by {@code " | "}, {@code #} comments. */
final class DataFile {
    private DataFile() {
    }

    /** The non-comment lines, each split into at most {@code columns} trimmed columns. */
    static List<List<String>> rows(String resource, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] parts = line.split(" \\| ", columns);
            List<String> row = new ArrayList<>();
            for (String p : parts) {
                row.add(p.strip());
            }
            if (row.size() != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " columns in: " + line);
            }
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /** The non-blank, non-comment lines. */
    static List<String> lines(String resource) {
        try (InputStream in = DataFile.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as the files write it: CR and LF as {@code \r}, {@code \n}, so that a message is compared exactly. */
    static String escape(String value) {
        return value == null ? "(none)" : value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
