package io.amisdk.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The recorded sessions in ../shared/ami-transcripts, found through the amisdk.transcripts.dir property. */
final class RecordedSessions {
    static final int EXPECTED_COUNT = 56;

    private RecordedSessions() {
    }

    static Path directory() {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("system property amisdk.transcripts.dir is not set "
                    + "(Maven sets it to ../shared/ami-transcripts)");
        }
        Path path = Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("amisdk.transcripts.dir = " + path.toAbsolutePath()
                    + " is not a directory: the recorded AMI sessions are missing");
        }
        return path;
    }

    static List<Transcript> all() {
        List<Transcript> all = Transcript.loadAll(directory());
        if (all.size() != EXPECTED_COUNT) {
            throw new IllegalStateException("expected " + EXPECTED_COUNT + " transcripts in " + directory()
                    + ", found " + all.size());
        }
        return all;
    }

    static Transcript named(String name) {
        return Transcript.load(directory().resolve(name + ".txt"));
    }
}
