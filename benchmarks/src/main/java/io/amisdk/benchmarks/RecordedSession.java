package io.amisdk.benchmarks;

import io.amisdk.testkit.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The server side of one recorded AMI session from {@code ../shared/ami-transcripts}: the
 * {@code <<< server} chunks concatenated, as the testkit's {@link Transcript} decodes them.
 */
public final class RecordedSession {
    /** System property naming the transcripts folder; Maven passes it to tests, the README to the jar. */
    public static final String DIR_PROPERTY = "amisdk.transcripts.dir";
    /** Where the folder is when the benchmarks run from the repository root. */
    public static final String DEFAULT_DIR = "../shared/ami-transcripts";

    private final String name;
    private final byte[] serverBytes;

    private RecordedSession(String name, byte[] serverBytes) {
        this.name = name;
        this.serverBytes = serverBytes;
    }

    /** Reads the named transcript from the folder given by {@value #DIR_PROPERTY}; fails clearly when it is missing. */
    public static RecordedSession load(String fileName) {
        Path dir = Paths.get(System.getProperty(DIR_PROPERTY, DEFAULT_DIR));
        Path file = dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("AMI transcript " + file.toAbsolutePath().normalize()
                    + " is missing: run from the repository root with ../shared beside it, or pass -D"
                    + DIR_PROPERTY + "=/path/to/ami-transcripts");
        }
        // Decoded by the testkit's transcript reader, the one every test of the recordings uses.
        return new RecordedSession(fileName, Transcript.load(file).serverBytes());
    }

    /** The transcript's file name. */
    public String name() {
        return name;
    }

    /** The exact bytes the server sent, greeting first. */
    public byte[] serverBytes() {
        return serverBytes.clone();
    }
}
