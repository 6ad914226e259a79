package io.amisdk.spring;

import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiClientHooks;
import io.amisdk.runtime.AmiTls;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.EventMask;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Turns {@link AmiProperties} into the runtime's {@link AmiClientConfig}: the one place the starter names the
 * runtime's configuration builder.
 */
final class AmiClientConfigs {
    private AmiClientConfigs() {
    }

    /** The missing required properties, in the order a user would set them; empty when none is missing. */
    static List<String> missing(AmiProperties p) {
        List<String> missing = new ArrayList<>();
        if (blank(p.getHost())) {
            missing.add("amisdk.host");
        }
        if (p.getAuthType() != AuthType.NONE) {
            if (blank(p.getUsername())) {
                missing.add("amisdk.username");
            }
            if (blank(p.getSecret())) {
                missing.add("amisdk.secret");
            }
        }
        return missing;
    }

    /**
     * The client configuration for these properties, with these hooks.
     *
     * @throws MissingAmiPropertyException naming every required property that is not set
     */
    static AmiClientConfig from(AmiProperties p, AmiClientHooks hooks) {
        List<String> missing = missing(p);
        if (!missing.isEmpty()) {
            throw new MissingAmiPropertyException(missing);
        }
        AmiClientConfig.Builder b = AmiClientConfig.builder()
                .host(p.getHost().strip())
                .port(p.getPort())
                .authType(p.getAuthType())
                .eventMask(eventMask(p.getEventMask()))
                .timeouts(t -> {
                    t.connectTimeout(p.getConnectTimeout()).actionTimeout(p.getActionTimeout())
                            .disconnectedWait(p.getDisconnectedWait()).keepaliveInterval(p.getKeepalive().getInterval());
                    if (p.getKeepalive().getTimeout() != null) {
                        t.keepaliveTimeout(p.getKeepalive().getTimeout());
                    }
                })
                .reconnectPolicy(reconnectPolicy(p.getReconnect()))
                .hooks(hooks);
        if (p.getAuthType() != AuthType.NONE) {
            b.credentials(p.getUsername(), p.getSecret());
        }
        if (p.getTls().isEnabled()) {
            b.tls(AmiTls.of(sslContext(p.getTls())).withHostnameVerification(p.getTls().isHostnameVerification()));
        }
        return b.build();
    }

    /** The mask as Asterisk reads it, or an error naming the property and the part that is no event class. */
    static EventMask eventMask(String value) {
        try {
            return EventMask.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("amisdk.event-mask " + value + ": " + e.getMessage(), e);
        }
    }

    static ReconnectPolicy reconnectPolicy(AmiProperties.Reconnect r) {
        if (!r.isEnabled()) {
            return ReconnectPolicy.disabled();
        }
        return ReconnectPolicy.defaults().toBuilder().initialDelay(r.getInitialDelay()).maxDelay(r.getMaxDelay())
                .maxAttempts(r.getMaxAttempts()).build();
    }

    /** The JDK's default context, or one trusting the configured trust store (a path, {@code file:} or {@code classpath:}). */
    static SSLContext sslContext(AmiProperties.Tls tls) {
        try {
            if (blank(tls.getTrustStore())) {
                return SSLContext.getDefault();
            }
            Resource resource = new DefaultResourceLoader().getResource(tls.getTrustStore());
            KeyStore store = KeyStore.getInstance(tls.getTrustStoreType());
            char[] password = tls.getTrustStorePassword() == null ? null : tls.getTrustStorePassword().toCharArray();
            try (InputStream in = resource.getInputStream()) {
                store.load(in, password);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("amisdk.tls.trust-store " + tls.getTrustStore() + " cannot be used: "
                    + e.getMessage(), e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
