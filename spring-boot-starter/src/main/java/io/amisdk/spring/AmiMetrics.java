package io.amisdk.spring;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientHooks;
import io.amisdk.runtime.ConnectionState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client's Micrometer meters, fed by its hooks ({@link AmiClientHooks}) and its counts:
 * <ul>
 * <li>{@code amisdk.actions} (timer; tags {@code action}, {@code outcome} = success, error): latency from sending
 * to the answer, per action; {@code amisdk.actions.failed} (counter; tag {@code action}): no answer at all;</li>
 * <li>{@code amisdk.events} (counter; tag {@code event}): events received, per name;</li>
 * <li>{@code amisdk.events.dropped}, {@code amisdk.reconnects}, {@code amisdk.listener.failures} (counters) and
 * {@code amisdk.actions.in.flight}, {@code amisdk.logged.in} (gauges);</li>
 * <li>{@code amisdk.connect.failures} (counter; tag {@code stage} = connect, login).</li>
 * </ul>
 * Names in tags come from the server and the application; past {@value #MAX_NAMES} distinct ones per tag the rest
 * count under {@code other}, so no registry grows without bound.
 */
public class AmiMetrics implements AmiClientHooks {
    static final int MAX_NAMES = 500;

    private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();
    private final Set<String> actionNames = ConcurrentHashMap.newKeySet();
    private final Set<String> eventNames = ConcurrentHashMap.newKeySet();

    /** Registers the client's gauges and counts in {@code registry} and counts its events from now on. */
    MeterBinder binder(AmiClient client) {
        client.onAnyEvent(event -> eventReceived(event.eventName()));
        return registry -> {
            FunctionCounter.builder("amisdk.events.dropped", client, AmiClient::droppedEventCount)
                    .description("Events the overflow policy dropped (listeners too slow)").register(registry);
            FunctionCounter.builder("amisdk.reconnects", client, AmiClient::reconnectCount)
                    .description("Logins again after a lost connection").register(registry);
            FunctionCounter.builder("amisdk.listener.failures", client, c -> c.listenerFailureCount() + c.hookFailureCount())
                    .description("Exceptions thrown by event listeners, state listeners and hooks").register(registry);
            Gauge.builder("amisdk.actions.in.flight", client, AmiClient::inFlightActionCount)
                    .description("Actions awaiting their answer").register(registry);
            Gauge.builder("amisdk.logged.in", client, c -> c.state() == ConnectionState.LOGGED_IN ? 1 : 0)
                    .description("1 while logged in to Asterisk, else 0").register(registry);
            registries.add(registry);
        };
    }

    private static String bounded(Set<String> known, String name) {
        if (name == null) {
            return "unknown";
        }
        if (known.contains(name) || (known.size() < MAX_NAMES && known.add(name))) {
            return name;
        }
        return "other";
    }

    void eventReceived(String eventName) {
        String name = bounded(eventNames, eventName);
        for (MeterRegistry r : registries) {
            Counter.builder("amisdk.events").description("Events received").tag("event", name).register(r).increment();
        }
    }

    private void action(String action, String outcome, Duration latency) {
        String name = bounded(actionNames, action);
        for (MeterRegistry r : registries) {
            Timer.builder("amisdk.actions").description("Action latency, from sending to the answer")
                    .tag("action", name).tag("outcome", outcome).register(r).record(latency);
        }
    }

    @Override
    public void actionAnswered(String action, String actionId, boolean error, Duration latency) {
        action(action, error ? "error" : "success", latency);
    }

    @Override
    public void listCompleted(String action, String actionId, int items, Duration latency) {
        action(action, "success", latency);
    }

    @Override
    public void actionFailed(String action, String actionId, Throwable cause) {
        String name = bounded(actionNames, action);
        for (MeterRegistry r : registries) {
            Counter.builder("amisdk.actions.failed").description("Actions failed without an answer (timeout, lost connection, a bound)")
                    .tag("action", name).register(r).increment();
        }
    }

    @Override
    public void connectFailed(String host, int port, Throwable cause) {
        connectFailure("connect");
    }

    @Override
    public void loginFailed(Throwable cause) {
        connectFailure("login");
    }

    private void connectFailure(String stage) {
        for (MeterRegistry r : registries) {
            Counter.builder("amisdk.connect.failures").description("Connections or logins that failed")
                    .tag("stage", stage).register(r).increment();
        }
    }
}
