package io.amisdk.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to originate: a channel (dial string) connected to a dialplan extension or an application.
 * {@code Originate.to("PJSIP/100").extension("default", "200", 1).callerId("\"Desk\" <100>")}.
 */
public final class Originate {
    private final String channel;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();

    private Originate(String channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    /** Originates to this dial string ({@code PJSIP/100}, {@code Local/200@test}). */
    public static Originate to(String channel) {
        return new Originate(channel);
    }

    /** Connects the answered channel to this dialplan location. */
    public Originate extension(String context, String exten, int priority) {
        headers.put("Context", context);
        headers.put("Exten", exten);
        headers.put("Priority", Integer.toString(priority));
        return this;
    }

    /** Connects the answered channel to this application instead. */
    public Originate application(String application, String data) {
        headers.put("Application", application);
        headers.put("Data", data);
        return this;
    }

    /** The caller ID to send. */
    public Originate callerId(String callerId) {
        headers.put("CallerID", callerId);
        return this;
    }

    /** A channel variable to set. */
    public Originate variable(String name, String value) {
        variables.put(name, value);
        return this;
    }

    String channel() {
        return channel;
    }

    Map<String, String> headers() {
        return headers;
    }

    Map<String, String> variables() {
        return variables;
    }
}
