package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fake behaves like Asterisk where the recordings show how Asterisk behaves. */
class FakeAsteriskTest {
    @Test
    @DisplayName("before login: Permission denied and the connection stays open; unknown actions: Invalid/unknown command")
    void asteriskLikeAnswers() {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("bob", "pw").start();
                AmiClient client = AmiClient.connect(Clients.config(ami).authType(AuthType.NONE).build())) {
            AmiResponse denied = Clients.errorOf(client.send(GenericAction.of("CoreStatus")));
            // errorOf() already required an error answer: what counts is the reason and the ActionID it answers
            assertThat(denied.message()).isEqualTo("Permission denied");
            assertThat(denied.actionId()).isNotBlank().isEqualTo(ami.history("CoreStatus").get(0).actionId());
            AmiResponse login = client.send(GenericAction.of("Login").header("Username", "bob").header("Secret", "pw")).join();
            assertThat(login.message()).isEqualTo("Authentication accepted");
            assertThat(Clients.errorOf(client.send(GenericAction.of("NoSuchAction"))).message()).isEqualTo("Invalid/unknown command");
            assertThat(Clients.errorOf(client.send(GenericAction.of("Challenge").header("AuthType", "SHA1"))).message())
                    .isEqualTo("Must specify AuthType");
            assertThat(ami.history()).extracting(ReceivedAction::name)
                    .containsExactly("CoreStatus", "Login", "NoSuchAction", "Challenge");
            assertThat(ami.takeAction(Duration.ofSeconds(10)).name()).isEqualTo("CoreStatus");
        }
    }

    @Test
    @DisplayName("handlers answer every arrival; expectations are used once, in order, before handlers")
    void handlersAndExpectations() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            ami.handle("Getvar", (a, s) -> s.reply(a, "Response", "Success", "Variable", a.get("Variable"), "Value", "h"));
            ami.expect("Getvar").reply("Response", "Success", "Value", "first");
            ami.expect("Getvar").reply("Response", "Error", "Message", "second");
            GenericAction getvar = GenericAction.of("Getvar").header("Variable", "X");
            assertThat(client.send(getvar).join().get("Value")).isEqualTo("first");
            assertThat(Clients.errorOf(client.send(getvar)).message()).isEqualTo("second");
            assertThat(client.send(getvar).join().get("Value")).isEqualTo("h");
            assertThat(client.send(getvar).join().get("Variable")).isEqualTo("X");
        }
    }
}
