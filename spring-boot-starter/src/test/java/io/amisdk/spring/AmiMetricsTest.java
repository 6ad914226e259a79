package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import io.amisdk.testkit.FakeAsterisk;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The meters, bound by Boot's own metrics support to the application's registry. */
class AmiMetricsTest {
    private FakeAsterisk ami;

    @BeforeEach
    void startFake() {
        ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").start();
    }

    @AfterEach
    void stopFake() {
        ami.close();
    }

    @Test
    void actionsEventsReconnectsAndGaugesAreMeasured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AmiAutoConfiguration.class, AmiMetricsAutoConfiguration.class,
                        MetricsAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class))
                .withPropertyValues("amisdk.host=" + ami.host(), "amisdk.port=" + ami.port(), "amisdk.username=admin",
                        "amisdk.secret=s3cret-value", "amisdk.reconnect.initial-delay=20ms")
                .run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    AmiClient client = context.getBean(AmiClient.class);
                    Waits.until("logged in", () -> client.state() == ConnectionState.LOGGED_IN);
                    assertThat(registry.get("amisdk.logged.in").gauge().value()).isEqualTo(1.0);

                    client.send(GenericAction.of("Ping")).get(20, TimeUnit.SECONDS);
                    client.send(GenericAction.of("NoSuchAction")).handle((r, e) -> e).get(20, TimeUnit.SECONDS);
                    assertThat(registry.get("amisdk.actions").tag("action", "Ping").tag("outcome", "success").timer().count())
                            .isEqualTo(1);
                    assertThat(registry.get("amisdk.actions").tag("action", "NoSuchAction").tag("outcome", "error").timer()
                            .count()).isEqualTo(1);
                    assertThat(registry.get("amisdk.actions.in.flight").gauge().value()).isZero();

                    ami.emit("Newchannel", "Channel", "PJSIP/100-00000001");
                    ami.emit("Newchannel", "Channel", "PJSIP/100-00000002");
                    Waits.until("two Newchannel counted", () -> registry.find("amisdk.events").tag("event", "Newchannel")
                            .counter() != null && registry.get("amisdk.events").tag("event", "Newchannel").counter().count() == 2);

                    assertThat(registry.get("amisdk.reconnects").functionCounter().count()).isZero();
                    ami.dropAll();
                    Waits.until("a reconnect counted", () -> registry.get("amisdk.reconnects").functionCounter().count() == 1);
                    assertThat(registry.get("amisdk.events.dropped").functionCounter().count()).isZero();
                    assertThat(registry.get("amisdk.listener.failures").functionCounter().count()).isZero();
                });
    }

    @Test
    void namesFromTheServerAreBounded() {
        AmiMetrics metrics = new AmiMetrics();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        AmiClient client = AmiClient.create(io.amisdk.runtime.AmiClientConfig.builder().host("h").credentials("u", "s").build());
        try {
            metrics.binder(client).bindTo(registry);
            for (int i = 0; i < AmiMetrics.MAX_NAMES + 100; i++) {
                metrics.eventReceived("UserEvent" + i);
                metrics.actionAnswered("Action" + i, "id", false, Duration.ofMillis(1));
            }
            assertThat(registry.find("amisdk.events").counters()).hasSize(AmiMetrics.MAX_NAMES + 1);
            assertThat(registry.get("amisdk.events").tag("event", "other").counter().count()).isEqualTo(100);
            assertThat(registry.find("amisdk.actions").timers()).hasSize(AmiMetrics.MAX_NAMES + 1);
        } finally {
            client.close();
        }
    }
}
