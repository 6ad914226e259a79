package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Every action the real server offers ({@code ListCommands}) sent through the generated SDK, built
 * with exactly the parameters the SDK requires, at harmless values ({@code sweep-values.txt}). An
 * answer that says a parameter is missing is a disagreement between the docs' required flags and the
 * server: the ones known are listed in {@code required-disagreements.txt}, compared exactly, each with
 * what the server needs — proven by sending the action again with it.
 */
@RealServerTest
@Order(1)
@DisplayName("every action of the real server, through the SDK")
class ActionSweepTest {
    /**
     * How Asterisk 22 says a parameter is missing, from its sources' astman_send_error texts: "No channel
     * specified", "Channel not specified", "Need module name", "X requires a channel.", "Originate with
     * 'Exten' requires 'Context' and 'Priority'", "BridgeUniqueid must be provided", "Specify at least
     * one of these", "State parameter missing", and Filter's "Unknown operation" (manager.c action_filter
     * answers a missing Operation so).
     */
    static final Pattern PARAMETER_REFUSAL = Pattern.compile("(?i)(\\bnot specified\\b|\\bunspecified\\b"
            + "|\\bno\\b[^.]{0,40}\\bspecified\\b|\\bmissing\\b|^need\\b|\\brequires (a |an |that |')"
            + "|must be provided|must (be )?specif|\\bis required\\b|, required|specify at least|^unknown operation$)");

    private static AmiClient ami;
    private static Map<String, SdkActions.SdkAction> sdk;
    private static Map<String, String> values;
    private static final Map<String, AmiResponse> answers = new TreeMap<>();

    @BeforeAll
    static void connect(AsteriskServer server) {
        ami = AsteriskServer.connect(AsteriskServer.admin().eventMask("off").build());
        SeenEvents.ran(ActionSweepTest.class);
        sdk = SdkActions.all();
        values = new LinkedHashMap<>();
        for (String line : DataFile.lines("sweep-values.txt")) {
            int eq = line.indexOf('=');
            values.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
        }
    }

    @AfterAll
    static void close() {
        if (ami != null) {
            ami.close();
        }
    }

    @Test
    @DisplayName("every server action is in the SDK; each excluded one is a server action")
    void serverActionsAreInTheSdk() throws Exception {
        List<String> offered = serverActions();
        assertThat(offered).hasSizeGreaterThan(100);
        assertThat(offered).filteredOn(a -> !sdk.containsKey(a.toLowerCase(Locale.ROOT)))
                .as("actions the server offers that the SDK has no class for").isEmpty();
        assertThat(offered).containsAll(excluded().keySet());
    }

    @Test
    @DisplayName("built with the SDK-required parameters, no action is refused for a missing one, but the listed disagreements")
    void noActionLacksAParameterTheServerNeeds() throws Exception {
        Map<String, String> excluded = excluded();
        List<String> sent = new ArrayList<>();
        for (String name : serverActions()) {
            if (excluded.containsKey(name)) {
                continue;
            }
            SdkActions.SdkAction action = sdk.get(name.toLowerCase(Locale.ROOT));
            AmiAction<?> built = SdkActions.build(action, harmless(action, action.required()));
            answers.put(action.name(), send(built));
            sent.add(action.name());
        }
        writeReport();

        List<String> found = new ArrayList<>();
        answers.forEach((name, answer) -> {
            if (isRefusal(answer)) {
                found.add(name + " | " + DataFile.escape(answer.message()));
            }
        });
        List<String> expected = new ArrayList<>();
        for (List<String> row : DataFile.rows("required-disagreements.txt", 3)) {
            expected.add(row.get(0) + " | " + row.get(2));
        }
        System.out.printf("[sweep] %d of %d server actions sent (%d excluded); %d refused for a missing parameter%n",
                sent.size(), serverActions().size(), excluded.size(), found.size());
        assertThat(found).as("actions refused for a missing parameter (action | Message), against required-disagreements.txt")
                .containsExactlyElementsOf(expected);
        // the 8 the docs mark too loosely, now built with the requirement the SDK enforces, pass the server's checks
        assertThat(answers).containsKeys("AOCMessage", "BlindTransfer", "CoreShowChannelMap", "Filter", "MessageSend",
                "MixMonitorMute", "ModuleLoad", "Originate");
        assertThat(answers.values()).as("no answer is a permission error for admin")
                .noneMatch(a -> "Permission denied".equals(a.message()));
    }

    @Test
    @DisplayName("each listed disagreement: the action is accepted with what the file says the server requires")
    void eachDisagreementNamesWhatTheServerNeeds() throws Exception {
        for (List<String> row : DataFile.rows("required-disagreements.txt", 3)) {
            SdkActions.SdkAction action = sdk.get(row.get(0).toLowerCase(Locale.ROOT));
            assertThat(action).as(row.get(0)).isNotNull();
            String requirement = row.get(1).replaceAll("\\s*\\(.*\\)$", "");
            for (String alternative : requirement.split(" or ")) {
                List<String> headers = new ArrayList<>(action.required());
                for (String h : alternative.split(" and ")) {
                    headers.add(h.strip());
                }
                for (String h : headers) {
                    assertThat(action.setter(h)).as(action.name() + ": the SDK's builder has no setter for " + h).isNotNull();
                }
                AmiResponse answer = send(SdkActions.build(action, harmless(action, headers)));
                assertThat(isRefusal(answer))
                        .as(action.name() + " with " + headers + " was answered: " + answer.message())
                        .isFalse();
            }
        }
    }

    @Test
    @DisplayName("IAXnetstats answers with bare rows, no Response: the runtime completes it when told; the SDK's action says so once it is fixed")
    void iaxNetstatsAnswersUnframed() throws Exception {
        AmiResponse rows = ami.send(GenericAction.of("IAXnetstats").unframed()).get(10, TimeUnit.SECONDS);
        // the rows-only answer: no Response line (an isSuccess() would hold for any answer that completes the future)
        assertThat(rows.headers().has("Response")).as("IAXnetstats answered with a Response line: " + rows).isFalse();
        assertThat(rows.status()).isEqualTo(AmiResponse.Status.OTHER);
        assertThat(ami.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping"))
                .as("the connection is in step after it").isEqualTo("Pong");
        // excluded from the sweep while the SDK's action does not say so: when it does, strike it from sweep-excluded.txt
        AmiAction<?> sdkAction = SdkActions.build(sdk.get("iaxnetstats"), Map.of());
        assertThat(sdkAction.answersUnframed()).as("IAXnetstatsAction.answersUnframed(), IAXnetstats excluded: "
                + excluded().containsKey("IAXnetstats")).isEqualTo(!excluded().containsKey("IAXnetstats"));
    }

    static boolean isRefusal(AmiResponse answer) {
        return answer.isError() && answer.message() != null && PARAMETER_REFUSAL.matcher(answer.message().strip()).find();
    }

    /** The server's answer, success or error (an error fails the future: its response is the answer). */
    private static AmiResponse send(AmiAction<?> action) throws Exception {
        try {
            if (action instanceof AmiListAction<?> list) {
                return ami.sendList(list).get(15, TimeUnit.SECONDS).response();
            }
            return ami.send(action).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AmiActionFailedException failed) {
                return failed.response();
            }
            throw e;
        }
    }

    private static Map<String, String> harmless(SdkActions.SdkAction action, List<String> headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String h : headers) {
            String value = values.get((action.name() + "." + h).toLowerCase(Locale.ROOT));
            if (value == null) {
                value = values.get(h.toLowerCase(Locale.ROOT));
            }
            if (value == null) {
                throw new IllegalStateException("sweep-values.txt has no harmless value for " + action.name() + "." + h);
            }
            out.put(h, value);
        }
        return out;
    }

    private static List<String> serverActions() throws Exception {
        AmiResponse list = ami.send(GenericAction.of("ListCommands")).get(10, TimeUnit.SECONDS).orThrow();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> h : list.headers().headers()) {
            String k = h.getKey();
            if (!k.equalsIgnoreCase("Response") && !k.equalsIgnoreCase("ActionID") && !k.equalsIgnoreCase("Message")) {
                names.add(k);
            }
        }
        return names;
    }

    private static Map<String, String> excluded() {
        Map<String, String> out = new TreeMap<>();
        for (List<String> row : DataFile.rows("sweep-excluded.txt", 2)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    /** target/server-sweep.txt: every action sent and its answer, for a reviewer. */
    private static void writeReport() throws IOException {
        StringBuilder sb = new StringBuilder("# action | Response | Message (Asterisk " + AsteriskServer.VERSION + ")\n");
        answers.forEach((name, a) -> sb.append(name).append(" | ").append(a.get("Response")).append(" | ")
                .append(DataFile.escape(a.message())).append('\n'));
        Path out = Path.of("target", "server-sweep.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
