package io.amisdk.generator.supplement;

import io.amisdk.testkit.Transcript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The recorded AMI sessions of {@code amisdk.transcripts.dir}, decoded as their README describes,
 * split into messages: just enough to check the shipped supplement against what Asterisk sent.
 */
final class RecordedSessions {
    /** One message: its headers in order, repeated names kept. */
    record Message(List<Map.Entry<String, String>> headers) {
        String get(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }
    }

    /** One session: the client's and the server's messages. */
    record Session(String name, List<Message> client, List<Message> server) {
    }

    private RecordedSessions() {
    }

    /** The transcripts directory, from the system property Maven sets; fails loudly when absent. */
    static Path dir() {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("amisdk.transcripts.dir must name the ami-transcripts directory"
                    + " (Maven sets it to ../shared/ami-transcripts); got " + dir);
        }
        return Path.of(dir);
    }

    /** Every {@code *.txt} session, sorted by name. */
    static List<Session> all() throws IOException {
        List<Session> sessions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                sessions.add(read(file));
            }
        }
        if (sessions.isEmpty()) {
            throw new IllegalStateException("no transcripts in " + dir());
        }
        return sessions;
    }

    private static Session read(Path file) {
        Transcript transcript = Transcript.load(file);
        String serverText = new String(transcript.serverBytes(), StandardCharsets.ISO_8859_1);
        // The greeting is one line without the blank line that ends every other message.
        serverText = serverText.substring(serverText.indexOf("\r\n") + 2);
        String clientText = new String(transcript.clientBytes(), StandardCharsets.ISO_8859_1);
        return new Session(transcript.name(), messages(clientText), messages(serverText));
    }

    private static List<Message> messages(String stream) {
        List<Message> messages = new ArrayList<>();
        for (String block : stream.split("\r?\n\r?\n")) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String line : block.split("\r?\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(Map.entry(line.substring(0, colon), line.substring(colon + 1).strip()));
                }
            }
            if (!headers.isEmpty()) {
                messages.add(new Message(headers));
            }
        }
        return messages;
    }

    /** For each session, the action of each ActionID the client sent. */
    static Map<String, String> actionsById(Session session) {
        Map<String, String> actions = new LinkedHashMap<>();
        for (Message m : session.client()) {
            if (m.get("Action") != null && m.get("ActionID") != null) {
                actions.put(m.get("ActionID"), m.get("Action"));
            }
        }
        return actions;
    }
}
