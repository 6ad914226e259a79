package io.amisdk.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded AMI session in the transcript format of {@code ami-transcripts/README.md}: comment
 * lines, then chunks, each the bytes of one client {@code send()} or one {@code recv()}, or a close marker.
 */
public final class Transcript {
    /** Who produced a chunk. */
    public enum Direction {
        /** {@code >>> client}: the bytes of one client send(). */
        CLIENT,
        /** {@code <<< server}: the bytes of one client recv(). */
        SERVER,
        /** {@code === server closed}. */
        SERVER_CLOSED,
        /** {@code === client closed}. */
        CLIENT_CLOSED
    }

    /** One chunk; close markers have no bytes. */
    public record Chunk(Direction direction, byte[] bytes, int line) {
        public Chunk {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The length of the chunk in bytes. */
        public int length() {
            return bytes.length;
        }

        @Override
        public String toString() {
            return direction + "(" + bytes.length + " bytes, line " + line + ")";
        }
    }

    private final String name;
    private final List<String> comments;
    private final List<Chunk> chunks;

    private Transcript(String name, List<String> comments, List<Chunk> chunks) {
        this.name = name;
        this.comments = List.copyOf(comments);
        this.chunks = List.copyOf(chunks);
    }

    /** Reads a transcript file; its name is the file name without {@code .txt}. */
    public static Transcript load(Path file) {
        try {
            String fileName = file.getFileName().toString();
            String name = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
            return parse(name, Files.readString(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read transcript " + file, e);
        }
    }

    /** Every {@code *.txt} transcript in the directory, sorted by name (README and EVENTS are not transcripts). */
    public static List<Transcript> loadAll(Path directory) {
        try (var files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted()
                    .map(Transcript::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list transcripts in " + directory, e);
        }
    }

    /**
     * Parses transcript text.
     *
     * @throws IllegalArgumentException naming the line of a bad escape or a body line before any marker
     */
    public static Transcript parse(String name, String text) {
        List<String> comments = new ArrayList<>();
        List<Chunk> chunks = new ArrayList<>();
        Direction direction = null;
        int chunkLine = 0;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[] lines = text.split("\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i];
            int lineNumber = i + 1;
            if (direction == null && chunks.isEmpty() && line.startsWith("#")) {
                comments.add(line);
                continue;
            }
            Direction marker = switch (line) {
                case ">>> client" -> Direction.CLIENT;
                case "<<< server" -> Direction.SERVER;
                case "=== server closed" -> Direction.SERVER_CLOSED;
                case "=== client closed" -> Direction.CLIENT_CLOSED;
                default -> null;
            };
            if (marker != null) {
                if (direction != null) {
                    chunks.add(new Chunk(direction, body.toByteArray(), chunkLine));
                }
                body.reset();
                direction = marker;
                chunkLine = lineNumber;
                continue;
            }
            if (direction == null) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": body line before the first marker");
            }
            if (direction == Direction.SERVER_CLOSED || direction == Direction.CLIENT_CLOSED) {
                throw new IllegalArgumentException(name + ":" + lineNumber + ": a close marker has no body");
            }
            unescape(line, body, name, lineNumber);
        }
        if (direction != null) {
            chunks.add(new Chunk(direction, body.toByteArray(), chunkLine));
        }
        return new Transcript(name, comments, chunks);
    }

    private static void unescape(String line, ByteArrayOutputStream out, String name, int lineNumber) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                if (c < 0x20 || c > 0x7e) {
                    throw new IllegalArgumentException(name + ":" + lineNumber + ": unescaped byte 0x"
                            + Integer.toHexString(c) + " at column " + (i + 1));
                }
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
                    int hi = i + 1 < line.length() ? Character.digit(line.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < line.length() ? Character.digit(line.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new IllegalArgumentException(name + ":" + lineNumber + ": bad \\x escape at column " + i);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> throw new IllegalArgumentException(name + ":" + lineNumber + ": unknown escape \\" + e
                        + " at column " + i);
            }
        }
    }

    /** The scenario name, e.g. {@code login_md5_success}. */
    public String name() {
        return name;
    }

    /** The {@code #} comment lines at the top. */
    public List<String> comments() {
        return comments;
    }

    /** Every chunk and close marker, in recorded order. */
    public List<Chunk> chunks() {
        return chunks;
    }

    /** Everything the server sent, concatenated. */
    public byte[] serverBytes() {
        return concat(Direction.SERVER);
    }

    /** Everything the client sent, concatenated. */
    public byte[] clientBytes() {
        return concat(Direction.CLIENT);
    }

    /** Whether the server closed the connection in this recording. */
    public boolean serverClosed() {
        return chunks.stream().anyMatch(c -> c.direction() == Direction.SERVER_CLOSED);
    }

    private byte[] concat(Direction direction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Chunk c : chunks) {
            if (c.direction() == direction) {
                out.writeBytes(c.bytes);
            }
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "Transcript{" + name + ", " + chunks.size() + " chunks}";
    }
}
