package io.amisdk.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with the amisdk starter. Give it the server and the login
 * ({@code --amisdk.host=pbx --amisdk.username=admin --amisdk.secret=...}, or AMISDK_HOST, AMISDK_USERNAME,
 * AMISDK_SECRET); it logs channels as they come and go ({@link CallLog}) and serves
 * {@code /actuator/health/amisdk} and {@code /actuator/metrics/amisdk.events}.
 */
@SpringBootApplication
public class AmiExampleApplication {
    public static void main(String[] args) {
        SpringApplication.run(AmiExampleApplication.class, args);
    }
}
