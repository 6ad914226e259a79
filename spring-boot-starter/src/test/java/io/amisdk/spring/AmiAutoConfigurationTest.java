package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.testkit.FakeAsterisk;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration as Boot applies it: properties, the client bean, its lifecycle, backing off, bad input. */
class AmiAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AmiAutoConfiguration.class, AmiHealthAutoConfiguration.class,
                    AmiMetricsAutoConfiguration.class));

    private FakeAsterisk ami;

    @BeforeEach
    void startFake() {
        ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").start();
    }

    @AfterEach
    void stopFake() {
        ami.close();
    }

    private ApplicationContextRunner connected() {
        return runner.withPropertyValues("amisdk.host=" + ami.host(), "amisdk.port=" + ami.port(),
                "amisdk.username=admin", "amisdk.secret=s3cret-value");
    }

    @Test
    void propertiesReachTheClientConfig() {
        runner.withPropertyValues("amisdk.host=pbx.example", "amisdk.port=5039", "amisdk.username=ops",
                        "amisdk.secret=s3cret-value", "amisdk.auth-type=plain", "amisdk.event-mask=system,call",
                        "amisdk.connect-timeout=3s", "amisdk.action-timeout=7s", "amisdk.keepalive.interval=2s",
                        "amisdk.keepalive.timeout=1500ms", "amisdk.reconnect.initial-delay=100ms",
                        "amisdk.reconnect.max-delay=4s", "amisdk.reconnect.max-attempts=9",
                        "amisdk.disconnected-wait=250ms", "amisdk.tls.enabled=true",
                        "amisdk.tls.hostname-verification=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(AmiClient.class);
                    AmiClientConfig config = context.getBean(AmiClient.class).config();
                    assertThat(config.host()).isEqualTo("pbx.example");
                    assertThat(config.port()).isEqualTo(5039);
                    assertThat(config.username()).isEqualTo("ops");
                    assertThat(config.authType()).isEqualTo(AuthType.PLAIN);
                    assertThat(config.eventMask().wireValue()).isEqualTo("system,call");
                    assertThat(config.timeouts().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(config.timeouts().actionTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(config.timeouts().keepaliveInterval()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(config.timeouts().keepaliveTimeout()).isEqualTo(Duration.ofMillis(1500));
                    assertThat(config.reconnectPolicy().initialDelay()).isEqualTo(Duration.ofMillis(100));
                    assertThat(config.reconnectPolicy().maxDelay()).isEqualTo(Duration.ofSeconds(4));
                    assertThat(config.reconnectPolicy().maxAttempts()).isEqualTo(9);
                    assertThat(config.timeouts().disconnectedWait()).isEqualTo(Duration.ofMillis(250));
                    assertThat(config.tls().sslContext()).isNotNull();
                    assertThat(config.tls().hostnameVerification()).isFalse();
                    AmiProperties properties = context.getBean(AmiProperties.class);
                    assertThat(properties.toString()).contains("ops").doesNotContain("s3cret-value");
                    assertThat(config.toString()).doesNotContain("s3cret-value");
                });
    }

    @Test
    void defaultsAreTheRuntimeDefaults() {
        runner.withPropertyValues("amisdk.host=pbx", "amisdk.username=u", "amisdk.secret=s").run(context -> {
            AmiClientConfig config = context.getBean(AmiClient.class).config();
            AmiClientConfig runtime = AmiClientConfig.builder().host("pbx").credentials("u", "s").build();
            assertThat(config.port()).isEqualTo(runtime.port());
            assertThat(config.authType()).isEqualTo(runtime.authType());
            assertThat(config.eventMask()).isEqualTo(runtime.eventMask());
            assertThat(config.timeouts().connectTimeout()).isEqualTo(runtime.timeouts().connectTimeout());
            assertThat(config.timeouts().actionTimeout()).isEqualTo(runtime.timeouts().actionTimeout());
            assertThat(config.timeouts().keepaliveInterval()).isEqualTo(runtime.timeouts().keepaliveInterval());
            assertThat(config.timeouts().keepaliveTimeout()).isEqualTo(runtime.timeouts().keepaliveTimeout());
            assertThat(config.reconnectPolicy().initialDelay()).isEqualTo(runtime.reconnectPolicy().initialDelay());
            assertThat(config.reconnectPolicy().maxDelay()).isEqualTo(runtime.reconnectPolicy().maxDelay());
            assertThat(config.tls()).isNull();
        });
    }

    @Test
    void theClientLogsInWithTheContextAndLogsOffWithIt() {
        AmiClient[] seen = new AmiClient[1];
        connected().run(context -> {
            AmiClient client = context.getBean(AmiClient.class);
            seen[0] = client;
            Waits.until("logged in", () -> client.state() == ConnectionState.LOGGED_IN, client::state);
            // session 0 is the starter's reachability check (opened and closed), session 1 the login (awaitLoggedIn
            // fails otherwise), made with the context's credentials
            ami.awaitLoggedIn(1, Waits.BOUND);
            assertThat(ami.history("Login")).extracting(login -> login.get("Username")).containsExactly("admin");
        });
        assertThat(seen[0].state()).isEqualTo(ConnectionState.CLOSED);
        ami.takeAction("Logoff", Waits.BOUND); // fails unless a Logoff comes
        assertThat(ami.history()).extracting(action -> action.name()).as("the close logs off, last").endsWith("Logoff");
    }

    @Test
    void theApplicationsOwnClientListenersAreHookedIn() {
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        connected().withBean("myHooks", io.amisdk.runtime.AmiClientHooks.class, () -> new io.amisdk.runtime.AmiClientHooks() {
            @Override
            public void loginEnd(Duration took) {
                heard.add("loginEnd");
            }
        }).run(context -> {
            AmiClient client = context.getBean(AmiClient.class);
            Waits.until("logged in", () -> client.state() == ConnectionState.LOGGED_IN);
            Waits.until("the application's hook heard the login", () -> heard.contains("loginEnd"), () -> heard);
            assertThat(context.getBean(AmiConnectionStatus.class).problem()).as("the starter's own hook too").isNull();
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnClient() {
        connected().withUserConfiguration(OwnClient.class).run(context -> {
            assertThat(context).hasSingleBean(AmiClient.class);
            assertThat(context.getBean(AmiClient.class)).isSameAs(context.getBean(OwnClient.class).client);
            assertThat(context).doesNotHaveBean(AmiClientLifecycle.class).doesNotHaveBean(AmiConnectionStatus.class);
            assertThat(context.getBean(AmiClient.class).state())
                    .as("the application's own client is the application's to start").isNotEqualTo(ConnectionState.LOGGED_IN);
            assertThat(context).hasSingleBean(AmiEventPublisher.class).hasSingleBean(AmiHealthIndicator.class);
        });
        runner.withUserConfiguration(OwnClient.class).run(context -> assertThat(context)
                .as("no amisdk.* needed when the application brings its own client").hasNotFailed()
                .hasSingleBean(AmiClient.class));
    }

    @Test
    void missingHostAndSecretFailTheStartWithOneMessageNamingThem() {
        runner.withPropertyValues("amisdk.username=admin").run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            MissingAmiPropertyException missing = rootCause(failure, MissingAmiPropertyException.class);
            assertThat(missing.properties()).containsExactly("amisdk.host", "amisdk.secret");
            FailureAnalysis analysis = new MissingAmiPropertyFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .isEqualTo("amisdk.host, amisdk.secret are not set: the amisdk starter needs them to configure the AmiClient.");
            assertThat(analysis.getAction()).startsWith("Set amisdk.host, amisdk.secret").contains("AMISDK_HOST");
        });
    }

    @Test
    void missingSecretAloneIsNamedAlone() {
        runner.withPropertyValues("amisdk.host=pbx", "amisdk.username=admin").run(context -> {
            FailureAnalysis analysis = new MissingAmiPropertyFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("amisdk.secret is not set");
        });
    }

    @Test
    void turnedOffThereIsNoClient() {
        runner.withPropertyValues("amisdk.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(AmiClient.class).doesNotHaveBean(AmiHealthIndicator.class)
                    .doesNotHaveBean(AmiMetrics.class);
        });
    }

    @Test
    void withoutHealthOrMicrometerOnTheClassPathTheirBeansAreAbsent() {
        connected().withClassLoader(new FilteredClassLoader("org.springframework.boot.health", "io.micrometer"))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(AmiClient.class)
                            .doesNotHaveBean(AmiHealthIndicator.class).doesNotHaveBean(AmiMetrics.class);
                });
    }

    @Test
    void aBadTrustStoreIsNamed() {
        connected().withPropertyValues("amisdk.tls.enabled=true", "amisdk.tls.trust-store=classpath:no-such.p12")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(rootCause(context.getStartupFailure(), IllegalStateException.class))
                            .hasMessageStartingWith("amisdk.tls.trust-store classpath:no-such.p12 cannot be used");
                });
    }

    @Test
    void aBadEventMaskIsNamedWithTheWrongPart() {
        connected().withPropertyValues("amisdk.event-mask=system,cals").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure(), IllegalStateException.class))
                    .hasMessageStartingWith("amisdk.event-mask system,cals: ").hasMessageContaining("cals");
        });
    }

    static <T extends Throwable> T rootCause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnClient {
        final AmiClient client = AmiClient.create(AmiClientConfig.builder().host("own.example")
                .credentials("me", "mine").build());

        @Bean
        AmiClient myClient() {
            return client;
        }
    }
}
