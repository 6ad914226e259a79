package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.sdk.action.UserEventAction;
import io.amisdk.sdk.event.UserEventEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * A whole Spring Boot application with the amisdk starter, Boot's health and Micrometer support against the real
 * Asterisk: health UP with the server's version; a frozen server (only the keepalive can tell) and a stopped one make
 * it DOWN, and UP again once the server is back; typed events reach {@code @EventListener}; the meters are there.
 */
@RealServerTest
class SpringBootStarterTest {
    private static final Duration KEEPALIVE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration KEEPALIVE_TIMEOUT = Duration.ofSeconds(2);
    /** Only ends a test that would hang: every wait below returns as soon as its condition holds. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    @DisplayName("Spring Boot starter: health UP, DOWN when Asterisk freezes or stops, UP when it is back; typed events; metrics")
    void healthFollowsTheServer(AsteriskServer server) throws Exception {
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF)
                .registerShutdownHook(false) // closed below; the suite's JVM goes on
                .properties("amisdk.host=" + AsteriskServer.HOST, "amisdk.port=" + AsteriskServer.PORT,
                        "amisdk.username=" + AsteriskServer.ADMIN, "amisdk.secret=" + AsteriskServer.ADMIN_SECRET,
                        "amisdk.connect-timeout=2s", "amisdk.keepalive.interval=" + KEEPALIVE_INTERVAL.toMillis() + "ms",
                        "amisdk.keepalive.timeout=" + KEEPALIVE_TIMEOUT.toMillis() + "ms",
                        "amisdk.reconnect.initial-delay=200ms", "amisdk.reconnect.max-delay=1s")
                .run()) {
            HealthIndicator health = (HealthIndicator) context.getBean(HealthContributorRegistry.class).getContributor("amisdk");
            assertThat(health).as("the amisdk health contributor").isNotNull();
            AmiClient client = context.getBean(AmiClient.class);
            MeterRegistry meters = context.getBean(MeterRegistry.class);

            await(health, Status.UP, "UP after the start");
            System.out.printf("[starter] health UP %.2f s after the application's start began%n", (System.nanoTime() - t0) / 1e9);
            await(() -> health.health().getDetails().containsKey("serverVersion"), "the server's version in the details");
            assertThat(health.health().getDetails()).containsEntry("serverVersion", "22.10.1").containsEntry("line", "22")
                    .containsEntry("reconnects", 0L);

            // typed events through @EventListener
            client.send(UserEventAction.builder().userEvent("AmisdkStarter").build()).get(10, TimeUnit.SECONDS).orThrow();
            Events events = context.getBean(Events.class);
            await(() -> events.userEvents.stream().anyMatch(e -> "AmisdkStarter".equals(e.userEvent())),
                    "the UserEvent as a typed UserEventEvent at the @EventListener");

            // metrics
            assertThat(meters.get("amisdk.actions").tag("action", "UserEvent").tag("outcome", "success").timer().count())
                    .isEqualTo(1);
            await(() -> meters.find("amisdk.events").tag("event", "UserEvent").counter() != null, "UserEvent counted");
            assertThat(meters.get("amisdk.logged.in").gauge().value()).isEqualTo(1.0);
            assertThat(meters.get("amisdk.actions.in.flight").gauge()).isNotNull();
            assertThat(meters.get("amisdk.events.dropped").functionCounter().count()).isZero();

            // frozen: the socket stays open, only the keepalive finds out
            try {
                server.freeze();
                long frozen = System.nanoTime();
                Health down = await(health, Status.DOWN, "DOWN while Asterisk is frozen");
                System.out.printf("[starter] frozen: health DOWN after %.2f s (keepalive bound: interval %d ms + timeout %d ms;"
                        + " the checker runs every interval/4); reason: %s%n", (System.nanoTime() - frozen) / 1e9,
                        KEEPALIVE_INTERVAL.toMillis(), KEEPALIVE_TIMEOUT.toMillis(), down.getDetails().get("reason"));
                assertThat(down.getDetails()).containsKey("reason");
            } finally {
                server.ensureRunning();
            }
            long resumed = System.nanoTime();
            await(health, Status.UP, "UP again after SIGCONT");
            System.out.printf("[starter] resumed: health UP %.2f s after SIGCONT%n", (System.nanoTime() - resumed) / 1e9);

            // stopped and started again
            long stopping = System.nanoTime();
            try {
                server.stopServer();
                Health down = await(health, Status.DOWN, "DOWN while Asterisk is stopped");
                System.out.printf("[starter] stopped: health DOWN %.2f s after stop.sh began; reason: %s%n",
                        (System.nanoTime() - stopping) / 1e9, down.getDetails().get("reason"));
                assertThat(down.getDetails()).containsKey("reason");
            } finally {
                server.ensureRunning();
            }
            long started = System.nanoTime();
            Health up = await(health, Status.UP, "UP again after the restart");
            System.out.printf("[starter] restarted: health UP %.2f s after start.sh returned%n", (System.nanoTime() - started) / 1e9);
            assertThat((Long) up.getDetails().get("reconnects")).isGreaterThanOrEqualTo(2L);
            assertThat(meters.get("amisdk.reconnects").functionCounter().count()).isGreaterThanOrEqualTo(2);
            context.close();
            assertThat(client.state()).isEqualTo(ConnectionState.CLOSED);
        } finally {
            server.ensureRunning();
        }
    }

    private static Health await(HealthIndicator health, Status status, String what) {
        Health[] last = new Health[1];
        await(() -> (last[0] = health.health()).getStatus().equals(status), what);
        return last[0];
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
            }
            AsteriskServer.sleep(Duration.ofMillis(20));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        Events events() {
            return new Events();
        }
    }

    static class Events {
        final List<UserEventEvent> userEvents = new CopyOnWriteArrayList<>();

        @EventListener
        void on(UserEventEvent event) {
            userEvents.add(event);
        }
    }

}
