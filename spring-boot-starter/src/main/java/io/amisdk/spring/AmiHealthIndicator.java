package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code amisdk} health contributor: UP while the client is logged in, DOWN with the reason otherwise. Details:
 * {@code state}, {@code host}, {@code amiVersion} (from the greeting), {@code serverVersion} and {@code line}
 * (Asterisk's, asked after each login), {@code reconnects}; {@code reason} when DOWN.
 */
public class AmiHealthIndicator implements HealthIndicator {
    private final AmiClient client;
    private final AmiConnectionStatus status;

    /** {@code status} may be null (a client of the application's own): DOWN then says only the state. */
    public AmiHealthIndicator(AmiClient client, AmiConnectionStatus status) {
        this.client = client;
        this.status = status;
    }

    @Override
    public Health health() {
        ConnectionState state = client.state();
        Health.Builder health = state == ConnectionState.LOGGED_IN ? Health.up() : Health.down();
        health.withDetail("state", state.name())
                .withDetail("host", client.config().host() + ':' + client.config().port());
        if (client.amiVersion() != null) {
            health.withDetail("amiVersion", client.amiVersion());
        }
        if (status != null && status.serverVersion() != null) {
            health.withDetail("serverVersion", status.serverVersion());
            health.withDetail("line", status.serverLine());
        } else if (client.serverLine() != null) {
            health.withDetail("line", client.serverLine());
        }
        health.withDetail("reconnects", client.reconnectCount());
        if (state != ConnectionState.LOGGED_IN) {
            String reason = status == null ? null : status.problem();
            health.withDetail("reason", reason != null ? reason : "the client is " + state.name().toLowerCase(java.util.Locale.ROOT));
        }
        return health.build();
    }
}
