package io.amisdk.spring;

import io.amisdk.runtime.AuthType;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code amisdk.*} properties: where the Asterisk Manager Interface is and how to log in. {@code amisdk.host},
 * {@code amisdk.username} and {@code amisdk.secret} have no default; the rest default to the runtime's defaults.
 * {@link #toString()} never shows the secret or the trust store password.
 */
@ConfigurationProperties(prefix = "amisdk")
public class AmiProperties {
    /** Whether to auto-configure an AmiClient at all. */
    private boolean enabled = true;

    /** Host name or address of the Asterisk server (required). */
    private String host;

    /** AMI port: 5038 for plain TCP; Asterisk's TLS listener is usually 5039. */
    private int port = 5038;

    /** Manager user, as in manager.conf (required unless auth-type is NONE). */
    private String username;

    /** Secret of the manager user (required unless auth-type is NONE). Never logged. */
    private String secret;

    /** How to log in: MD5 (challenge/response, the default) or PLAIN (the secret in clear; only over TLS or loopback). */
    private AuthType authType = AuthType.MD5;

    /** Which events the session receives: on, off, or event classes such as system,call,agent. */
    private String eventMask = "on";

    /** How long opening the connection and reading the greeting may take. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long an action may wait for its answer. */
    private Duration actionTimeout = Duration.ofSeconds(10);

    /**
     * How long the context start waits for the first login; 0 (the default) does not wait: the client logs in in
     * the background, and a down Asterisk does not keep the application from starting.
     */
    private Duration startupWait = Duration.ZERO;

    /** How long an action sent while not logged in waits for the (re)login; 0 fails it at once. */
    private Duration disconnectedWait = Duration.ZERO;

    /** TLS to Asterisk's tlsenable listener. */
    private final Tls tls = new Tls();

    /** Keepalive: how a silent or frozen Asterisk is found out. */
    private final Keepalive keepalive = new Keepalive();

    /** Reconnecting after the connection is lost, and connecting at start while Asterisk is not reachable yet. */
    private final Reconnect reconnect = new Reconnect();

    public boolean isEnabled() { return enabled; }

    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public String getHost() { return host; }

    public void setHost(String host) { this.host = host; }

    public int getPort() { return port; }

    public void setPort(int port) { this.port = port; }

    public String getUsername() { return username; }

    public void setUsername(String username) { this.username = username; }

    public String getSecret() { return secret; }

    public void setSecret(String secret) { this.secret = secret; }

    public AuthType getAuthType() { return authType; }

    public void setAuthType(AuthType authType) { this.authType = authType; }

    public String getEventMask() { return eventMask; }

    public void setEventMask(String eventMask) { this.eventMask = eventMask; }

    public Duration getConnectTimeout() { return connectTimeout; }

    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }

    public Duration getActionTimeout() { return actionTimeout; }

    public void setActionTimeout(Duration actionTimeout) { this.actionTimeout = actionTimeout; }

    public Duration getStartupWait() { return startupWait; }

    public void setStartupWait(Duration startupWait) { this.startupWait = startupWait; }

    public Duration getDisconnectedWait() { return disconnectedWait; }

    public void setDisconnectedWait(Duration disconnectedWait) { this.disconnectedWait = disconnectedWait; }

    public Tls getTls() { return tls; }

    public Keepalive getKeepalive() { return keepalive; }

    public Reconnect getReconnect() { return reconnect; }

    @Override
    public String toString() {
        return "AmiProperties{host=" + host + ", port=" + port + ", username=" + username
                + ", secret=" + (secret == null ? null : "******") + ", authType=" + authType + ", eventMask=" + eventMask
                + ", tls=" + tls + ", keepalive=" + keepalive + ", reconnect=" + reconnect + '}';
    }

    /** {@code amisdk.tls.*}. */
    public static class Tls {
        /** Whether to speak TLS (Asterisk's tlsenable listener, usually port 5039). */
        private boolean enabled;

        /** Trust store holding the server's certificate or its CA (PKCS12 or JKS); the JDK's trust store when unset. */
        private String trustStore;

        /** Password of the trust store. Never logged. */
        private String trustStorePassword;

        /** Type of the trust store: PKCS12 or JKS. */
        private String trustStoreType = "PKCS12";

        /** Whether the server certificate must name the host. */
        private boolean hostnameVerification = true;

        public boolean isEnabled() { return enabled; }

        public void setEnabled(boolean enabled) { this.enabled = enabled; }

        public String getTrustStore() { return trustStore; }

        public void setTrustStore(String trustStore) { this.trustStore = trustStore; }

        public String getTrustStorePassword() { return trustStorePassword; }

        public void setTrustStorePassword(String trustStorePassword) { this.trustStorePassword = trustStorePassword; }

        public String getTrustStoreType() { return trustStoreType; }

        public void setTrustStoreType(String trustStoreType) { this.trustStoreType = trustStoreType; }

        public boolean isHostnameVerification() { return hostnameVerification; }

        public void setHostnameVerification(boolean hostnameVerification) { this.hostnameVerification = hostnameVerification; }

        @Override
        public String toString() {
            return "{enabled=" + enabled + ", trustStore=" + trustStore + ", trustStorePassword="
                    + (trustStorePassword == null ? null : "******") + ", type=" + trustStoreType
                    + ", hostnameVerification=" + hostnameVerification + '}';
        }
    }

    /** {@code amisdk.keepalive.*}. */
    public static class Keepalive {
        /** Idle time (no answer from Asterisk) before a keepalive Ping; 0 turns keepalive off. */
        private Duration interval = Duration.ofSeconds(30);

        /** How long a keepalive Ping may go unanswered before the connection counts as lost; the action timeout when unset. */
        private Duration timeout;

        public Duration getInterval() { return interval; }

        public void setInterval(Duration interval) { this.interval = interval; }

        public Duration getTimeout() { return timeout; }

        public void setTimeout(Duration timeout) { this.timeout = timeout; }

        @Override
        public String toString() {
            return "{interval=" + interval + ", timeout=" + timeout + '}';
        }
    }

    /** {@code amisdk.reconnect.*}. */
    public static class Reconnect {
        /** Whether to reconnect after a lost connection (and keep trying at start until Asterisk is reachable). */
        private boolean enabled = true;

        /** Delay before the first attempt; each next delay doubles. */
        private Duration initialDelay = Duration.ofMillis(500);

        /** Longest delay between two attempts. */
        private Duration maxDelay = Duration.ofSeconds(30);

        /** Most attempts after one loss; 0 means no limit. */
        private int maxAttempts;

        public boolean isEnabled() { return enabled; }

        public void setEnabled(boolean enabled) { this.enabled = enabled; }

        public Duration getInitialDelay() { return initialDelay; }

        public void setInitialDelay(Duration initialDelay) { this.initialDelay = initialDelay; }

        public Duration getMaxDelay() { return maxDelay; }

        public void setMaxDelay(Duration maxDelay) { this.maxDelay = maxDelay; }

        public int getMaxAttempts() { return maxAttempts; }

        public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }

        @Override
        public String toString() {
            return "{enabled=" + enabled + ", delay=" + initialDelay + ".." + maxDelay + ", maxAttempts=" + maxAttempts + '}';
        }
    }
}
