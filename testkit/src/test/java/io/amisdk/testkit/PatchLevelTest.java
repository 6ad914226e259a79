package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AmiUnavailableException;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.LinePolicy;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Availability to the patch level: an action that came in a point release ({@link AmiAction#since()}) or that a
 * module provides ({@link AmiAction#providedBy()}) is checked against the server's full version and its loaded
 * modules, under the line policy.
 */
class PatchLevelTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    static { // the testkit module does not read java.logging; this test reads the runtime's warnings through it
        PatchLevelTest.class.getModule().addReads(ModuleLayer.boot().findModule("java.logging").orElseThrow());
    }
    private static final String MODULE = "res_pjsip_maintenance";
    private static final String TOO_OLD = "PJSIPSetMaintenance came in Asterisk 22.10.0; this server is 22.9.0";
    private static final String NOT_LOADED =
            "PJSIPSetMaintenance is provided by res_pjsip_maintenance, which this server has not loaded";

    /** PJSIPSetMaintenance as an SDK generated from Asterisk 20, 22 and 23's docs would emit it. */
    private record SetMaintenance(String module) implements AmiAction<AmiResponse> {
        @Override
        public String actionName() {
            return "PJSIPSetMaintenance";
        }

        @Override
        public void writeHeaders(AmiHeaderWriter out) {
            out.header("Endpoint", "alice").header("State", "on");
        }

        @Override
        public AmiResponse decodeResponse(AmiResponse response) {
            return response;
        }

        @Override
        public List<String> availableIn() {
            return List.of("20", "22", "23");
        }

        @Override
        public List<String> since() {
            return List.of("20.20.0", "22.10.0", "23.4.0");
        }

        @Override
        public String providedBy() {
            return module;
        }
    }

    /** A fake server at {@code version} that has loaded the module or not, and answers PJSIPSetMaintenance. */
    private static FakeAsterisk server(String version, boolean moduleLoaded) {
        FakeAsterisk ami = FakeAsterisk.start();
        ami.handle("CoreSettings", (a, s) -> s.reply(a, "Response", "Success", "AMIversion", "11.0.0",
                "AsteriskVersion", version));
        // Asterisk 22's manager_modulecheck: Success with an empty Version, or Error "Module not loaded"
        ami.handle("ModuleCheck", (a, s) -> {
            if (moduleLoaded && MODULE.equals(a.get("Module"))) {
                s.reply(a, "Response", "Success", "Version", "");
            } else {
                s.error(a, "Module not loaded");
            }
        });
        ami.handle("PJSIPSetMaintenance", (a, s) -> s.success(a, "Maintenance mode set"));
        return ami;
    }

    private static AmiClient client(FakeAsterisk ami, LinePolicy policy) {
        return AmiClient.connect(Clients.config(ami).linePolicy(policy).build());
    }

    private static void awaitVersion(AmiClient client, String version) {
        Clients.await("the server's version learnt", WAIT, () -> version.equals(client.serverVersion()));
    }

    private static void assertRefused(CompletableFuture<AmiResponse> sent, String message) {
        assertThatThrownBy(() -> sent.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(AmiUnavailableException.class).hasMessage(message);
    }

    private static String sent(CompletableFuture<AmiResponse> sent) throws Exception {
        return sent.get(WAIT.toSeconds(), TimeUnit.SECONDS).message();
    }

    @Test
    @DisplayName("FAIL: a server older than the since() of its line refuses, nothing is sent")
    void failTooOld() throws Exception {
        try (FakeAsterisk ami = server("22.9.0", true); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.9.0");
            assertThat(client.serverLine()).isEqualTo("22");
            assertRefused(client.send(new SetMaintenance(null)), TOO_OLD);
            assertThat(ami.history("PJSIPSetMaintenance")).isEmpty();
        }
    }

    @Test
    @DisplayName("FAIL: a server at or past the since() of its line sends (22.10.1 against 22.10.0)")
    void failRecentEnough() throws Exception {
        try (FakeAsterisk ami = server("22.10.1", true); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.10.1");
            assertThat(sent(client.send(new SetMaintenance(null)))).isEqualTo("Maintenance mode set");
            assertThat(ami.takeAction("PJSIPSetMaintenance", WAIT).get("Endpoint")).isEqualTo("alice");
        }
    }

    @Test
    @DisplayName("FAIL: a release candidate of the since() version counts as it (22.10.0-rc1 sends)")
    void releaseCandidate() throws Exception {
        try (FakeAsterisk ami = server("22.10.0-rc1", true); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.10.0-rc1");
            assertThat(sent(client.send(new SetMaintenance(null)))).isEqualTo("Maintenance mode set");
        }
    }

    @Test
    @DisplayName("FAIL: a version it cannot read refuses nothing for since() (a development build)")
    void unreadableVersion() throws Exception {
        try (FakeAsterisk ami = server("GIT-master-abc1234", true); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "GIT-master-abc1234");
            assertThat(sent(client.send(new AnyLine()))).isEqualTo("Maintenance mode set");
        }
    }

    /** PJSIPSetMaintenance with since() but no lines: only the version could refuse it. */
    private static final class AnyLine implements AmiAction<AmiResponse> {
        @Override
        public String actionName() {
            return "PJSIPSetMaintenance";
        }

        @Override
        public void writeHeaders(AmiHeaderWriter out) {
            out.header("Endpoint", "alice");
        }

        @Override
        public AmiResponse decodeResponse(AmiResponse response) {
            return response;
        }

        @Override
        public List<String> since() {
            return List.of("20.20.0", "22.10.0", "23.4.0");
        }
    }

    @Test
    @DisplayName("FAIL: a module the server has not loaded refuses, nothing is sent")
    void failModuleNotLoaded() throws Exception {
        try (FakeAsterisk ami = server("22.10.1", false); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.10.1");
            assertRefused(client.send(new SetMaintenance(MODULE)), NOT_LOADED);
            assertThat(ami.history("ModuleCheck")).singleElement()
                    .satisfies(a -> assertThat(a.get("Module")).isEqualTo(MODULE));
            assertThat(ami.history("PJSIPSetMaintenance")).isEmpty();
        }
    }

    @Test
    @DisplayName("a loaded module sends; ModuleCheck is asked once per login for two sends, and again after a reconnect")
    void moduleLoadedAskedOncePerLogin() throws Exception {
        ReconnectPolicy fast = ReconnectPolicy.builder().initialDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(20)).build();
        try (FakeAsterisk ami = server("22.10.1", true);
                AmiClient client = AmiClient.connect(Clients.config(ami).linePolicy(LinePolicy.FAIL).reconnectPolicy(fast).build())) {
            awaitVersion(client, "22.10.1");
            assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
            assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
            assertThat(ami.history("ModuleCheck")).hasSize(1);
            assertThat(ami.history("PJSIPSetMaintenance")).hasSize(2);

            ami.dropAll(); // a restarted server may have loaded other modules
            ami.awaitLoggedIn(1, WAIT);
            Clients.await("LOGGED_IN again", WAIT, () -> client.state() == ConnectionState.LOGGED_IN);
            assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
            assertThat(ami.history("ModuleCheck")).hasSize(2);
        }
    }

    @Test
    @DisplayName("the module check never blocks send(): the future completes once ModuleCheck is answered")
    void moduleCheckDoesNotBlock() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        try (FakeAsterisk ami = server("22.10.1", true); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.10.1");
            ami.expect("ModuleCheck").then((a, s) -> {
                try {
                    answer.await(); // held until the test has seen send() return
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.reply(a, "Response", "Success", "Version", "");
            });
            CompletableFuture<AmiResponse> first = client.send(new SetMaintenance(MODULE));
            CompletableFuture<AmiResponse> second = client.send(new SetMaintenance(MODULE));
            ami.takeAction("ModuleCheck", WAIT);
            assertThat(first).as("not sent before ModuleCheck is answered").isNotDone();
            assertThat(second).isNotDone();
            assertThat(ami.history("PJSIPSetMaintenance")).isEmpty();
            answer.countDown();
            assertThat(sent(first)).isEqualTo("Maintenance mode set");
            assertThat(sent(second)).isEqualTo("Maintenance mode set");
            assertThat(ami.history("ModuleCheck")).hasSize(1);
        } finally {
            answer.countDown();
        }
    }

    @Test
    @DisplayName("FAIL: a ModuleCheck that fails otherwise (Permission denied) is not known, and sends")
    void moduleCheckNotAllowed() throws Exception {
        try (FakeAsterisk ami = server("22.10.1", false); AmiClient client = client(ami, LinePolicy.FAIL)) {
            awaitVersion(client, "22.10.1");
            ami.expect("ModuleCheck").reply("Response", "Error", "Message", "Permission denied");
            assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
        }
    }

    @Test
    @DisplayName("WARN sends what is too old or lacks its module, and warns once about each")
    void warn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler capture = new StreamHandler(out, new SimpleFormatter());
        capture.setLevel(Level.WARNING);
        Logger jul = Logger.getLogger("io.amisdk.runtime.LineCheck");
        jul.addHandler(capture);
        try (FakeAsterisk ami = server("22.9.0", false); AmiClient client = client(ami, LinePolicy.WARN)) {
            awaitVersion(client, "22.9.0");
            for (int i = 0; i < 3; i++) {
                assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
            }
            assertThat(ami.history("PJSIPSetMaintenance")).hasSize(3);
            capture.flush();
            String warnings = out.toString(StandardCharsets.UTF_8);
            assertThat(warnings.split(TOO_OLD, -1)).as(warnings).hasSize(2); // once
            assertThat(warnings.split(NOT_LOADED, -1)).as(warnings).hasSize(2);
        } finally {
            jul.removeHandler(capture);
        }
    }

    @Test
    @DisplayName("IGNORE sends, asking the server neither its version nor its modules")
    void ignore() throws Exception {
        try (FakeAsterisk ami = server("22.9.0", false); AmiClient client = client(ami, LinePolicy.IGNORE)) {
            assertThat(sent(client.send(new SetMaintenance(MODULE)))).isEqualTo("Maintenance mode set");
            assertThat(client.serverVersion()).isNull();
            assertThat(ami.history("CoreSettings")).isEmpty();
            assertThat(ami.history("ModuleCheck")).isEmpty();
        }
    }
}
