package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code amisdk} health contributor ({@code management.health.amisdk.enabled}), when spring-boot-health (which
 * Actuator brings) is on the class path.
 */
@AutoConfiguration(after = AmiAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(AmiClient.class)
public class AmiHealthAutoConfiguration {
    /** On the method, not the class: its condition class is in spring-boot-health, loaded only once that is there. */
    @Bean
    @ConditionalOnEnabledHealthIndicator("amisdk")
    @ConditionalOnMissingBean(name = "amisdkHealthIndicator")
    AmiHealthIndicator amisdkHealthIndicator(AmiClient amiClient, ObjectProvider<AmiConnectionStatus> status) {
        return new AmiHealthIndicator(amiClient, status.getIfAvailable());
    }
}
