package io.amisdk.generator.source.ami;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What a live Asterisk answered to the actions {@link AmiDocsReader} sends, recorded through amisdk's runtime
 * and replayed by a {@code FakeAsterisk}: the {@code CoreSettings} and {@code ListCommands} headers and the
 * output lines of every {@code Command}. Stored gzipped as sections {@code === response <Action>} (headers,
 * {@code Name: value}) and {@code === command <cli command>} (output lines as received).
 *
 * <p>Re-record (with the test server running, under its lock):
 * {@code flock /tmp/amisdk-asterisk-22.lock java -cp <test classpath> io.amisdk.generator.source.ami.ServerRecording
 * out.txt.gz 127.0.0.1 5038 admin} with the secret in {@code AMISDK_AMI_SECRET}.
 */
record ServerRecording(Map<String, List<Map.Entry<String, String>>> responses, Map<String, List<String>> commands) {
    static final String RESOURCE = "/ami/asterisk-22.10.1-manager-show.txt.gz";
    private static final String RESPONSE = "=== response ";
    private static final String COMMAND = "=== command ";

    /** The recording checked in with the tests. */
    static ServerRecording shipped() {
        try (InputStream in = Objects.requireNonNull(ServerRecording.class.getResourceAsStream(RESOURCE), RESOURCE);
                InputStream gz = new GZIPInputStream(in)) {
            return parse(new String(gz.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServerRecording parse(String text) {
        Map<String, List<Map.Entry<String, String>>> responses = new LinkedHashMap<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        List<String> lines = null;
        List<Map.Entry<String, String>> headers = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(RESPONSE)) {
                headers = new ArrayList<>();
                lines = null;
                responses.put(line.substring(RESPONSE.length()), headers);
            } else if (line.startsWith(COMMAND)) {
                lines = new ArrayList<>();
                headers = null;
                commands.put(line.substring(COMMAND.length()), lines);
            } else if (headers != null && !line.isEmpty()) {
                int colon = line.indexOf(": ");
                headers.add(Map.entry(line.substring(0, colon), line.substring(colon + 2)));
            } else if (lines != null) {
                lines.add(line);
            }
        }
        // each command section ends with the newline before the next "===" line
        commands.values().forEach(l -> {
            if (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
                l.remove(l.size() - 1);
            }
        });
        return new ServerRecording(responses, commands);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        AmiClientConfig config = AmiClientConfig.builder().host(args[1]).port(Integer.parseInt(args[2]))
                .credentials(args[3], System.getenv(AmiDocsUri.SECRET_VARIABLE)).eventMask("off").build();
        StringBuilder text = new StringBuilder();
        try (AmiClient client = AmiClient.connect(config)) {
            for (String action : List.of("CoreSettings", "ListCommands")) {
                text.append(RESPONSE).append(action).append('\n');
                AmiMessage headers = client.send(GenericAction.of(action)).get(30, TimeUnit.SECONDS).headers();
                for (Map.Entry<String, String> h : headers.headers()) {
                    if (!h.getKey().equalsIgnoreCase("ActionID")) {
                        text.append(h.getKey()).append(": ").append(h.getValue()).append('\n');
                    }
                }
                if (action.equals("ListCommands")) {
                    List<String> commands = new ArrayList<>();
                    headers.headers().stream().map(Map.Entry::getKey)
                            .filter(k -> !List.of("response", "actionid", "message").contains(k.toLowerCase()))
                            .forEach(k -> commands.add("manager show command " + k));
                    for (String command : commands) {
                        record(client, command, text);
                    }
                }
            }
            List<String> events = record(client, "manager show events", text);
            for (String line : events) {
                String t = line.strip();
                if (t.isEmpty() || t.equals("Events:") || t.startsWith("-") || t.endsWith("events registered.")) {
                    continue;
                }
                for (String name : t.split("\\s+")) {
                    record(client, "manager show event " + name, text);
                }
            }
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            o.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<String> record(AmiClient client, String command, StringBuilder text) throws Exception {
        AmiResponse r = client.send(GenericAction.of("Command").header("Command", command)).get(30, TimeUnit.SECONDS);
        text.append(COMMAND).append(command).append('\n');
        for (String line : r.output()) {
            if (line.startsWith("=== ")) {
                throw new IllegalStateException(command + " printed a line the recording cannot hold: " + line);
            }
            text.append(line).append('\n');
        }
        return r.output();
    }
}
