package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericEvent;
import io.amisdk.testkit.FakeAsterisk;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.event.EventListener;

/** AMI events reach {@code @EventListener} methods typed; what a listener throws does not stop the next event. */
class AmiEventsTest {
    private FakeAsterisk ami;

    @BeforeEach
    void startFake() {
        ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").start();
    }

    @AfterEach
    void stopFake() {
        ami.close();
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AmiAutoConfiguration.class))
                .withBean(Listeners.class)
                .withPropertyValues("amisdk.host=" + ami.host(), "amisdk.port=" + ami.port(), "amisdk.username=admin",
                        "amisdk.secret=s3cret-value");
    }

    @Test
    void eventsArriveAsTheTypesTheSdkRegistered() {
        runner().run(context -> {
            AmiClient client = context.getBean(AmiClient.class);
            Waits.until("logged in", () -> client.state() == ConnectionState.LOGGED_IN);
            ami.emit("Newchannel", "Channel", "PJSIP/100-00000001");
            ami.emit("Hangup", "Channel", "PJSIP/100-00000001");
            Listeners listeners = context.getBean(Listeners.class);
            Waits.until("both events", () -> listeners.any.size() >= 2, () -> listeners.any);
            assertThat(listeners.newchannels).singleElement()
                    .satisfies(e -> assertThat(e.channel()).isEqualTo("PJSIP/100-00000001"));
            assertThat(listeners.generic).singleElement()
                    .satisfies(e -> assertThat(e.eventName()).isEqualTo("Hangup"));
            assertThat(listeners.any).extracting(AmiEvent::eventName).containsExactly("Newchannel", "Hangup");
            assertThat(listeners.fullyBooted).as("subscribed before the login: its first event arrives too").hasSize(1);
        });
    }

    @Test
    void aThrowingListenerNeitherStopsDeliveryNorTheClient() {
        runner().run(context -> {
            AmiClient client = context.getBean(AmiClient.class);
            Waits.until("logged in", () -> client.state() == ConnectionState.LOGGED_IN);
            ami.emit("UserEvent", "UserEvent", "boom-runtime");
            ami.emit("UserEvent", "UserEvent", "boom-error");
            ami.emit("UserEvent", "UserEvent", "after");
            Listeners listeners = context.getBean(Listeners.class);
            Waits.until("the event after the failures", () -> listeners.any.size() >= 3, () -> listeners.any);
            assertThat(listeners.any).extracting(e -> e.headers().get("UserEvent"))
                    .containsExactly("boom-runtime", "boom-error", "after");
            Waits.until("both failures counted", () -> client.listenerFailureCount() >= 2, client::listenerFailureCount);
            assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_IN);
        });
    }

    static class Listeners {
        final List<TestNewchannelEvent> newchannels = new CopyOnWriteArrayList<>();
        final List<GenericEvent> generic = new CopyOnWriteArrayList<>();
        final List<AmiEvent> any = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TestNewchannelEvent event) {
            newchannels.add(event);
        }

        final List<AmiEvent> fullyBooted = new CopyOnWriteArrayList<>();

        @EventListener
        void on(GenericEvent event) {
            if (!"FullyBooted".equals(event.eventName())) {
                generic.add(event);
            }
        }

        @EventListener
        void any(AmiEvent event) {
            if ("FullyBooted".equals(event.eventName())) { // the fake's, right after the login
                fullyBooted.add(event);
                return;
            }
            any.add(event);
            String user = event.headers().get("UserEvent");
            if ("boom-runtime".equals(user)) {
                throw new IllegalStateException("a listener's bug");
            }
            if ("boom-error".equals(user)) {
                throw new LinkageError("a listener's Error");
            }
        }
    }
}
