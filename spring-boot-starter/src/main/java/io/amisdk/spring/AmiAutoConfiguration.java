package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientHooks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures an {@link AmiClient} from {@code amisdk.*} (unless the application defines its own), starts it
 * with the context, closes it with the context and publishes its events as application events. Health and metrics are
 * {@link AmiHealthAutoConfiguration} and {@link AmiMetricsAutoConfiguration}, each on when its library is there.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "amisdk", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AmiProperties.class)
public class AmiAutoConfiguration {

    /** The client of the starter's own: built from the properties, started and closed by {@link AmiClientLifecycle}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(AmiClient.class)
    static class ClientConfiguration {
        @Bean
        AmiConnectionStatus amiConnectionStatus() {
            return new AmiConnectionStatus();
        }

        @Bean // closed by the lifecycle's stop, and (again, harmlessly) as a bean, if the context never started
        AmiClient amiClient(AmiProperties properties, ObjectProvider<AmiClientHooks> listeners) {
            return AmiClient.create(AmiClientConfigs.from(properties,
                    CompositeClientHooks.of(listeners.orderedStream().toList())));
        }

        @Bean
        AmiClientLifecycle amiClientLifecycle(AmiClient amiClient, AmiConnectionStatus status, AmiProperties properties) {
            status.watch(amiClient);
            return new AmiClientLifecycle(amiClient, status, properties.getStartupWait());
        }
    }

    @Bean
    AmiEventPublisher amiEventPublisher(AmiClient amiClient, ApplicationEventPublisher publisher) {
        return new AmiEventPublisher(amiClient, publisher);
    }
}
