package io.amisdk.generator.emit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes generated files into a directory so that a build sees only real changes: a file whose bytes
 * are already there is not touched (its mtime stays), a changed one is replaced atomically, and a file
 * an earlier run wrote but this run no longer produces is deleted. What earlier runs wrote is recorded
 * in the manifest {@value #MANIFEST} in the directory; files nobody generated are never touched.
 */
public final class IncrementalWriter {
    /** The manifest of files this writer produced, one relative path per line, sorted. */
    public static final String MANIFEST = ".amisdk-files";

    /**
     * What one write did, each list sorted by path.
     *
     * @param written   files created or replaced
     * @param unchanged files already holding these bytes, left untouched
     * @param deleted   files of an earlier run that this run no longer produces
     */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted) {
        public Result {
            written = List.copyOf(written);
            unchanged = List.copyOf(unchanged);
            deleted = List.copyOf(deleted);
        }
    }

    /** Writes these files into the directory (created if needed) and deletes stale ones. */
    public Result write(Path directory, List<GeneratedFile> files) throws IOException {
        Files.createDirectories(directory);
        Set<String> paths = new TreeSet<>();
        for (GeneratedFile file : files) {
            if (file.path().equals(MANIFEST)) {
                throw new IllegalArgumentException("a generated file may not be named " + MANIFEST);
            }
            if (!paths.add(file.path())) {
                throw new IllegalArgumentException("two generated files share the path " + file.path());
            }
        }
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<GeneratedFile> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        // Files are independent: they are compared and replaced on every core (a cold JVM spends a few
        // hundred milliseconds of one core on the SDK's four hundred files otherwise).
        List<Boolean> replaced;
        try {
            replaced = ParallelMap.map(sorted, file -> {
                try {
                    return writeOne(directory.resolve(file.path()), file.content());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < sorted.size(); i++) {
            (replaced.get(i) ? written : unchanged).add(sorted.get(i).path());
        }
        List<String> deleted = new ArrayList<>();
        Path manifest = directory.resolve(MANIFEST);
        for (String old : readManifest(manifest)) {
            if (!paths.contains(old)) {
                Path stale = directory.resolve(old).normalize();
                if (stale.startsWith(directory.normalize()) && Files.deleteIfExists(stale)) {
                    deleted.add(old);
                    deleteEmptyParents(stale.getParent(), directory.normalize());
                }
            }
        }
        byte[] manifestBytes = (paths.isEmpty() ? "" : String.join("\n", paths) + "\n").getBytes(StandardCharsets.UTF_8);
        if (!(Files.isRegularFile(manifest) && Arrays.equals(Files.readAllBytes(manifest), manifestBytes))) {
            replace(manifest, manifestBytes);
        }
        return new Result(written, unchanged, deleted);
    }

    /** Replaces the file unless it holds these bytes already; whether it did. */
    private static boolean writeOne(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        replace(target, bytes);
        return true;
    }

    private static List<String> readManifest(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        Set<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            // A hand-edited manifest must not make us delete outside the directory.
            if (!line.isBlank() && !line.startsWith("/") && !Arrays.asList(line.split("/")).contains("..")) {
                entries.add(line.strip());
            }
        }
        return new ArrayList<>(entries);
    }

    /** Replaces a file's bytes in one step, so a reader never sees half a file. */
    private static void replace(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile: its owner-only permissions would stick to the generated file.
        Path temp = target.resolveSibling("." + target.getFileName() + ".amisdk-tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void deleteEmptyParents(Path dir, Path root) throws IOException {
        Set<Path> visited = new HashSet<>();
        while (dir != null && !dir.equals(root) && dir.startsWith(root) && visited.add(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }
}
