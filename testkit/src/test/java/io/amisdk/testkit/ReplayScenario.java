package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a recorded session says a client should see, worked out from the recorded bytes alone with
 * the testkit's {@link AmiWire} (never with the runtime's parser): how the client logged in, which
 * actions it sent, each action's answer, and every event.
 */
final class ReplayScenario {
    /** How the recording logged in. */
    enum Login { NONE, PLAIN, MD5 }

    /** How the client under test must send an action to get the recorded answer. */
    enum Mode { RESPONSE, LIST, AWAIT_ORIGINATE_RESPONSE }

    /** One recorded action after the login and what the server answered. */
    record Step(AmiMessage action, Mode mode, AmiMessage response, List<AmiMessage> items, AmiMessage completion,
            AmiMessage awaitedEvent) {
    }

    final Transcript transcript;
    final Login login;
    final AmiMessage loginAction;
    final AmiMessage loginResponse;
    final List<Step> steps = new ArrayList<>();
    final List<AmiMessage> serverMessages;
    final Map<String, Integer> eventCounts = new LinkedHashMap<>();
    final String greeting;

    ReplayScenario(Transcript transcript) {
        this.transcript = transcript;
        this.serverMessages = AmiWire.messages(transcript.serverBytes(), true);
        this.greeting = AmiWire.greeting(transcript.serverBytes());
        List<AmiMessage> client = AmiWire.clientMessages(transcript.clientBytes());
        int first = 0;
        if (!client.isEmpty() && is(client.get(0), "Login")) {
            login = Login.PLAIN;
            loginAction = client.get(0);
            first = 1;
        } else if (client.size() > 1 && is(client.get(0), "Challenge") && "MD5".equalsIgnoreCase(client.get(0).get("AuthType"))
                && is(client.get(1), "Login")) {
            login = Login.MD5;
            loginAction = client.get(1);
            first = 2;
        } else {
            login = Login.NONE;
            loginAction = null;
        }
        loginResponse = loginAction == null ? null : responseFor(loginAction.get("ActionID"), -1);
        int withoutId = 0;
        for (int i = first; i < client.size(); i++) {
            AmiMessage action = client.get(i);
            String id = action.get("ActionID");
            AmiMessage response = responseFor(id, id == null ? withoutId++ : -1);
            steps.add(step(action, response));
        }
        for (AmiMessage m : serverMessages) {
            String name = m.get("Event");
            if (name != null) {
                eventCounts.merge(name, 1, Integer::sum);
            }
        }
    }

    private Step step(AmiMessage action, AmiMessage response) {
        String id = action.get("ActionID");
        if (response != null && id != null && announcesList(response)) {
            List<AmiMessage> items = new ArrayList<>();
            AmiMessage completion = null;
            int start = serverMessages.indexOf(response);
            for (int i = start + 1; i < serverMessages.size(); i++) {
                AmiMessage m = serverMessages.get(i);
                if (m.get("Event") == null || !id.equals(m.get("ActionID"))) {
                    continue;
                }
                if ("Complete".equalsIgnoreCase(m.get("EventList"))) {
                    completion = m;
                    break;
                }
                items.add(m);
            }
            return new Step(action, Mode.LIST, response, items, completion, null);
        }
        if (is(action, "Originate") && "true".equalsIgnoreCase(action.get("Async")) && id != null) {
            for (AmiMessage m : serverMessages) {
                if ("OriginateResponse".equals(m.get("Event")) && id.equals(m.get("ActionID"))) {
                    return new Step(action, Mode.AWAIT_ORIGINATE_RESPONSE, response, List.of(), null, m);
                }
            }
        }
        return new Step(action, Mode.RESPONSE, response, List.of(), null, null);
    }

    /** The recorded response (a message with Response and no Event) with this ActionID, or the n-th one without. */
    private AmiMessage responseFor(String actionId, int nthWithoutId) {
        int seen = 0;
        for (AmiMessage m : serverMessages) {
            if (m.get("Event") != null || m.get("Response") == null) {
                continue;
            }
            String id = m.get("ActionID");
            if (actionId != null && actionId.equals(id)) {
                return m;
            }
            if (actionId == null && id == null && seen++ == nthWithoutId) {
                return m;
            }
        }
        return null;
    }

    private static boolean announcesList(AmiMessage response) {
        String message = response.get("Message");
        return "start".equalsIgnoreCase(response.get("EventList"))
                || (message != null && message.toLowerCase(Locale.ROOT).contains("will follow"));
    }

    static boolean is(AmiMessage m, String action) {
        return action.equalsIgnoreCase(m.get("Action"));
    }

    int totalEvents() {
        return eventCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
