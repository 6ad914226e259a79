package io.amisdk.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one generation depended on — generator version, configuration, a hash of every input — and
 * which files it produced. Kept in the output directory as {@value #FILE_NAME}: when the next run
 * computes the same inputs and every listed file is still there, nothing needs doing.
 *
 * <p>The text is sorted {@code key=value} lines, then the produced paths; no dates and no absolute
 * paths, so it is as reproducible as the sources beside it.
 */
final class GenerationStamp {
    /** The stamp's file name inside the output directory. */
    static final String FILE_NAME = ".amisdk-stamp";

    private final Map<String, String> inputs;
    private final List<String> outputs;

    private GenerationStamp(Map<String, String> inputs, List<String> outputs) {
        this.inputs = new TreeMap<>(inputs);
        this.outputs = List.copyOf(outputs);
    }

    /** A stamp of these inputs, before anything is produced. */
    static GenerationStamp of(Map<String, String> inputs) {
        return new GenerationStamp(inputs, List.of());
    }

    /** This stamp with the produced files (relative, {@code /}-separated). */
    GenerationStamp withOutputs(List<String> producedPaths) {
        return new GenerationStamp(inputs, producedPaths.stream().sorted().toList());
    }

    /** The stamp stored in this directory, or null when there is none or it cannot be read. */
    static GenerationStamp readFrom(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, String> inputs = new TreeMap<>();
            List<String> outputs = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("output ")) {
                    outputs.add(line.substring("output ".length()));
                } else if (line.contains("=")) {
                    inputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
            return new GenerationStamp(inputs, outputs);
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes the stamp into the directory. */
    void writeTo(Path outputDirectory) throws IOException {
        Files.createDirectories(outputDirectory);
        Files.writeString(outputDirectory.resolve(FILE_NAME), text(), StandardCharsets.UTF_8);
    }

    /** Removes the stamp from the directory, so an interrupted generation is never taken as up to date. */
    static void deleteFrom(Path outputDirectory) throws IOException {
        Files.deleteIfExists(outputDirectory.resolve(FILE_NAME));
    }

    /** Whether this stamp's inputs equal {@code current}'s and every file it lists still exists. */
    boolean upToDateFor(GenerationStamp current, Path outputDirectory) {
        return inputs.equals(current.inputs) && !outputs.isEmpty()
                && outputs.stream().allMatch(p -> Files.isRegularFile(outputDirectory.resolve(p)));
    }

    /** How many files the stamped generation produced. */
    int outputCount() {
        return outputs.size();
    }

    String text() {
        StringBuilder sb = new StringBuilder("# amisdk generation stamp: do not edit\n");
        inputs.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        outputs.forEach(p -> sb.append("output ").append(p).append('\n'));
        return sb.toString();
    }

    /**
     * The SHA-256 of a file's bytes, in hex; of a folder (saved docs pages), over every file's relative
     * path and bytes, in sorted order.
     */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(file)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(file)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update(file.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                update(digest, f);
            }
        } else {
            update(digest, file);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of a text's UTF-8 bytes, in hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
