package io.amisdk.generator.source.ami;

import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.FakeSession;
import io.amisdk.testkit.ReceivedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link FakeAsterisk} that answers as the recorded Asterisk 22.10.1 did ({@link ServerRecording}). */
final class RecordedServer {
    private RecordedServer() {
    }

    /** Starts one; user admin, secret amp111, as on the recorded server. */
    static FakeAsterisk start(ServerRecording recording) {
        FakeAsterisk fake = FakeAsterisk.start();
        for (Map.Entry<String, List<Map.Entry<String, String>>> response : recording.responses().entrySet()) {
            fake.handle(response.getKey(), (action, session) -> session.reply(action, pairs(response.getValue())));
        }
        fake.handle("Command", (action, session) -> command(recording, action, session));
        return fake;
    }

    private static void command(ServerRecording recording, ReceivedAction action, FakeSession session) {
        List<String> output = recording.commands().get(action.get("Command"));
        if (output == null) {
            // what Asterisk 22 answers for a CLI command it does not know
            session.reply(action, "Response", "Error", "Message", "Command output follows", "Output",
                    "No such command '" + action.get("Command") + "' (type 'core show help "
                            + action.get("Command") + "' for other possible commands)");
            return;
        }
        List<String> pairs = new ArrayList<>(List.of("Response", "Success", "Message", "Command output follows"));
        for (String line : output) {
            pairs.add("Output");
            pairs.add(line);
        }
        session.reply(action, pairs.toArray(String[]::new));
    }

    private static String[] pairs(List<Map.Entry<String, String>> headers) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> h : headers) {
            pairs.add(h.getKey());
            pairs.add(h.getValue());
        }
        return pairs.toArray(String[]::new);
    }
}
