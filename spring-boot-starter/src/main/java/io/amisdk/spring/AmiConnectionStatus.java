package io.amisdk.spring;

import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectException;
import io.amisdk.runtime.AmiClientHooks;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;

/**
 * What the health contributor tells beyond {@link AmiClient#state()}: why the client is not logged in (the last
 * connect, login or connection failure, in Asterisk's words where it answered) and the server's Asterisk version,
 * asked once per login. Fed by the client's hooks, so it knows only about the auto-configured client.
 */
public class AmiConnectionStatus implements AmiClientHooks {
    private volatile String problem = "not connected yet";
    private volatile String serverVersion;

    /** Why the client is not logged in, or what went wrong last; null while nothing did. */
    public String problem() {
        return problem;
    }

    /** The server's {@code AsteriskVersion} (e.g. {@code 22.10.1}) learnt after the last login, or null. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The server's Asterisk line: the major number of its version ({@code 22}), {@code master}, or null. */
    public String serverLine() {
        String v = serverVersion;
        if (v == null) {
            return null;
        }
        if (v.contains("master")) {
            return "master";
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? null : v.substring(0, end);
    }

    /** Asks the server's version after each login (CoreSettings); a refusal leaves it unknown. */
    void watch(AmiClient client) {
        client.onStateChange(state -> {
            if (state == ConnectionState.LOGGED_IN) {
                client.send(GenericAction.of("CoreSettings")).whenComplete((response, failure) -> {
                    if (response != null) {
                        serverVersion = response.get("AsteriskVersion");
                    }
                });
            }
        });
    }

    /** Records why the starter is still waiting for a first connection. */
    void problem(String why) {
        this.problem = why;
    }

    @Override
    public void connectFailed(String host, int port, Throwable cause) {
        problem = cause instanceof AmiConnectException ? cause.getMessage() // "cannot connect to host:port: ..."
                : "cannot connect: " + cause.getMessage();
    }

    @Override
    public void loginFailed(Throwable cause) {
        problem = cause instanceof AmiAuthenticationException ? cause.getMessage() // "login refused by Asterisk: ..."
                : "login failed: " + cause.getMessage();
    }

    @Override
    public void loginEnd(Duration took) {
        problem = null;
    }

    @Override
    public void connectionLost(Throwable cause) {
        problem = "connection lost: " + cause.getMessage();
    }

    @Override
    public void closed() {
        if (problem == null) {
            problem = "the client is closed";
        }
    }
}
