package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The client's Micrometer meters ({@link AmiMetrics}), when Micrometer is on the class path: a {@link MeterBinder}
 * that Boot's metrics support binds to the application's registries. The {@link AmiMetrics} bean is also an
 * {@link io.amisdk.runtime.AmiClientHooks}, so the auto-configured client feeds it its action latencies.
 */
@AutoConfiguration(after = AmiAutoConfiguration.class)
@ConditionalOnClass(MeterBinder.class)
@ConditionalOnBean(AmiClient.class)
public class AmiMetricsAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    AmiMetrics amiMetrics() {
        return new AmiMetrics();
    }

    @Bean
    MeterBinder amiClientMeterBinder(AmiMetrics metrics, AmiClient amiClient) {
        return metrics.binder(amiClient);
    }
}
