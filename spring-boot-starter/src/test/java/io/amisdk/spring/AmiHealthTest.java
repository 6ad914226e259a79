package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.testkit.FakeAsterisk;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The {@code amisdk} health contributor through logins, losses, refusals and a server down at start. */
class AmiHealthTest {
    private FakeAsterisk ami;

    @BeforeEach
    void startFake() {
        ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").start();
        ami.handle("CoreSettings", (action, session) -> session.reply(action, "Response", "Success",
                "AMIversion", "11.0.0", "AsteriskVersion", "22.10.1"));
    }

    @AfterEach
    void stopFake() {
        ami.close();
    }

    private ApplicationContextRunner runner(int port, String secret) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AmiAutoConfiguration.class, AmiHealthAutoConfiguration.class,
                        HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class))
                .withPropertyValues("amisdk.host=" + ami.host(), "amisdk.port=" + port, "amisdk.username=admin",
                        "amisdk.secret=" + secret, "amisdk.reconnect.initial-delay=20ms",
                        "amisdk.reconnect.max-delay=200ms");
    }

    private static Health health(AssertableApplicationContext context) {
        return context.getBean(AmiHealthIndicator.class).health();
    }

    private static Health awaitStatus(AssertableApplicationContext context, Status status) {
        Health[] last = new Health[1];
        Waits.until("health " + status, () -> (last[0] = health(context)).getStatus().equals(status), () -> last[0]);
        return last[0];
    }

    @Test
    void upWhenLoggedInWithServerVersionLineAndReconnects() {
        runner(ami.port(), "s3cret-value").run(context -> {
            assertThat(context.getBean(HealthContributorRegistry.class).getContributor("amisdk"))
                    .as("registered under the name amisdk").isSameAs(context.getBean(AmiHealthIndicator.class));
            awaitStatus(context, Status.UP);
            Waits.until("the server version asked after login", () -> health(context).getDetails().containsKey("serverVersion"));
            Map<String, Object> details = health(context).getDetails();
            assertThat(details).containsEntry("state", "LOGGED_IN").containsEntry("serverVersion", "22.10.1")
                    .containsEntry("line", "22").containsEntry("amiVersion", "11.0.0").containsEntry("reconnects", 0L)
                    .doesNotContainKey("reason");
        });
    }

    @Test
    void downWithTheReasonWhenTheConnectionIsLostThenUpAgain() {
        runner(ami.port(), "s3cret-value").run(context -> {
            awaitStatus(context, Status.UP);
            AmiClient client = context.getBean(AmiClient.class);
            ami.close(); // the server goes away: no reconnect can succeed
            Health down = awaitStatus(context, Status.DOWN);
            assertThat((String) down.getDetails().get("reason")).matches("(connection lost: |cannot connect to ).+");
            assertThat(client.state()).isNotEqualTo(ConnectionState.CLOSED);
        });
    }

    @Test
    void aReconnectShowsInTheDetails() {
        runner(ami.port(), "s3cret-value").run(context -> {
            awaitStatus(context, Status.UP);
            ami.dropAll();
            Waits.until("a reconnect", () -> context.getBean(AmiClient.class).reconnectCount() == 1);
            assertThat(awaitStatus(context, Status.UP).getDetails()).containsEntry("reconnects", 1L);
        });
    }

    @Test
    void aWrongSecretIsDownWithAsterisksAnswerAndNoRetryLoop() {
        runner(ami.port(), "wrong").run(context -> {
            assertThat(context).hasNotFailed();
            AmiClient client = context.getBean(AmiClient.class);
            Waits.until("the client gives up", () -> client.state() == ConnectionState.CLOSED, client::state);
            Health down = health(context);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("reason", "login refused by Asterisk: Authentication failed");
            assertThat(ami.history("Login")).as("one login, not a loop").hasSize(1);
        });
    }

    @Test
    void anAsteriskDownAtStartDoesNotStopTheApplicationAndIsUpOnceItComes() throws Exception {
        try (PortForwarder later = PortForwarder.reserve()) {
            runner(later.port(), "s3cret-value").run(context -> {
                assertThat(context).hasNotFailed();
                awaitStatus(context, Status.DOWN);
                Waits.until("a connect failure as the reason", () -> String.valueOf(health(context).getDetails().get("reason"))
                        .startsWith("cannot connect to " + ami.host() + ":" + later.port()), () -> health(context));
                later.open(ami.port());
                awaitStatus(context, Status.UP);
            });
        }
    }

    @Test
    void turnedOffByManagementHealthAmisdkEnabled() {
        runner(ami.port(), "s3cret-value").withPropertyValues("management.health.amisdk.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AmiHealthIndicator.class));
    }
}
