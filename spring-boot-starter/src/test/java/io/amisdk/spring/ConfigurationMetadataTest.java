package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metadata IDEs complete {@code amisdk.*} from is generated into the jar, with a description for each. */
class ConfigurationMetadataTest {
    @Test
    void everyPropertyIsListedWithADescription() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("META-INF/spring-configuration-metadata.json on the class path").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\"name\": \"(amisdk\\.[a-z.-]+)\",\\s*\"type\": \"[^\"]+\",\\s*\"description\": \"[^\"]+\"")
                .matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        assertThat(names).contains("amisdk.host", "amisdk.port", "amisdk.username", "amisdk.secret", "amisdk.auth-type",
                "amisdk.event-mask", "amisdk.connect-timeout", "amisdk.action-timeout", "amisdk.tls.enabled",
                "amisdk.tls.trust-store", "amisdk.tls.hostname-verification", "amisdk.keepalive.interval",
                "amisdk.keepalive.timeout", "amisdk.reconnect.enabled", "amisdk.reconnect.initial-delay",
                "amisdk.reconnect.max-delay", "amisdk.reconnect.max-attempts", "amisdk.startup-wait");
        assertThat(json).as("the secret's default is none: nothing to show")
                .doesNotContainPattern("\"name\": \"amisdk.secret\"[^}]*defaultValue");
        assertThat(json).as("event-mask values for completion (merged from the additional metadata)")
                .containsPattern("\"name\": \"amisdk.event-mask\",\\s*\"values\"").contains("\"value\": \"call\"");
    }
}
