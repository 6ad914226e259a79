package io.amisdk.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.testkit.FakeAsterisk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The example application as a user runs it, against the testkit's fake Asterisk, over HTTP on a free port. */
class AmiExampleApplicationTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void logsTypedEventsAndServesHealthAndMetrics() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").start();
                ConfigurableApplicationContext app = SpringApplication.run(AmiExampleApplication.class,
                        "--server.port=0", "--amisdk.host=" + ami.host(), "--amisdk.port=" + ami.port(),
                        "--amisdk.username=admin", "--amisdk.secret=s3cret-value")) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            CallLog log = app.getBean(CallLog.class);
            await(log::loggedIn, "logged in");

            HttpResponse<String> health = get(base + "/actuator/health/amisdk");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"state\":\"LOGGED_IN\"")
                    .doesNotContain("s3cret-value");

            ami.emit("Newchannel", "Channel", "PJSIP/100-00000001", "CallerIDNum", "100", "Exten", "200");
            await(() -> log.channels() == 1, "the Newchannel reaches CallLog as a NewchannelEvent");
            await(() -> {
                try {
                    return get(base + "/actuator/metrics/amisdk.events").statusCode() == 200;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "amisdk.events served");

            ami.close(); // Asterisk goes away
            await(() -> {
                try {
                    return get(base + "/actuator/health/amisdk").statusCode() == 503;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "health DOWN (503) once Asterisk is gone");
            assertThat(get(base + "/actuator/health/amisdk").body()).contains("\"status\":\"DOWN\"").contains("\"reason\"");
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(BOUND).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + BOUND.toSeconds() + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
