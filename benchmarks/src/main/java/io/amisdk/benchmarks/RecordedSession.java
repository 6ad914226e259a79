package io.amisdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The server side of one recorded AMI session from {@code ../shared/ami-transcripts}, decoded as
 * that folder's README describes: the {@code <<< server} chunks concatenated, escapes undone.
 */
public final class RecordedSession {
    /** System property naming the transcripts folder; Maven passes it to tests, the README to the jar. */
    public static final String DIR_PROPERTY = "amisdk.transcripts.dir";
    /** Where the folder is when the benchmarks run from the repository root. */
    public static final String DEFAULT_DIR = "../shared/ami-transcripts";

    private static final String SERVER = "<<< server";
    private static final String CLIENT = ">>> client";

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
        try {
            return parse(fileName, Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Decodes a transcript's text; a body line before any marker is an error naming its line. */
    static RecordedSession parse(String name, String text) {
        ByteArrayOutputStream server = new ByteArrayOutputStream(text.length());
        boolean started = false;
        boolean inServerChunk = false;
        String[] lines = text.split("\n", -1);
        // The text ends with a line break, so the last element is empty and is no line.
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            if (!started && line.startsWith("#")) {
                continue;
            }
            if (line.equals(SERVER) || line.equals(CLIENT) || line.startsWith("=== ")) {
                started = true;
                inServerChunk = line.equals(SERVER);
            } else if (!started) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": body line before the first marker");
            } else if (inServerChunk) {
                unescape(line, server, name, i + 1);
            }
        }
        return new RecordedSession(name, server.toByteArray());
    }

    private static void unescape(String line, ByteArrayOutputStream out, String name, int lineNumber) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i + 1 >= line.length()) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": lone backslash at the end of the line");
            }
            char e = line.charAt(++i);
            switch (e) {
                case '\\' -> out.write('\\');
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'x' -> {
                    if (i + 2 >= line.length()) {
                        throw new IllegalArgumentException(name + ":" + lineNumber + ": short \\x escape");
                    }
                    int hi = Character.digit(line.charAt(i + 1), 16);
                    int lo = Character.digit(line.charAt(i + 2), 16);
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException(name + ":" + lineNumber + ": bad \\x escape");
                    }
                    out.write(hi << 4 | lo);
                    i += 2;
                }
                default -> throw new IllegalArgumentException(name + ":" + lineNumber + ": unknown escape \\" + e);
            }
        }
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
