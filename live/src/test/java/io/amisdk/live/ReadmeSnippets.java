package io.amisdk.live;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;

/** The snippets of docs/live.md, compiled with the tests so that they stay true (not run: they need a server). */
final class ReadmeSnippets {
    private ReadmeSnippets() {
    }

    static void liveChannelTable(AmiClientConfig config) {
        AmiClient ami = AmiClient.connect(config);
        LivePbx pbx = LivePbx.start(ami);
        pbx.ready().join();                                   // the server's lists are in
        pbx.channels().values().forEach(c -> System.out.printf("%-30s %-8s %s -> %s%n",
                c.name(), c.state(), c.callerIdNum(), c.connectedLineNum()));
        pbx.<LiveChannel>onChange(LiveChange.Kind.CHANNEL, ch -> System.out.println(ch.type() + " " + ch.value().name()));
    }

    static void extensionWithPresence(LivePbx pbx) {
        ExtensionState e = pbx.extensionStates().get("200@test");   // hint Custom:ext200,CustomPresence:ext200
        System.out.println(e.statusText() + " " + (e.hasPresence()
                ? e.presence().status() + " " + e.presence().message()  // Idle away Back at two
                : "-"));
        pbx.<ExtensionState>onChange(LiveChange.Kind.EXTENSION_STATE, ch -> System.out.println(ch.key() + " "
                + ch.value().statusText() + " " + (ch.value().hasPresence() ? ch.value().presence().status() : "-")));
    }

    static void followedCall(LivePbx pbx) {
        CallHandle call = pbx.originate(Originate.to("PJSIP/100").extension("default", "200", 1),
                phase -> System.out.println(phase));          // DIALING, RINGING, ANSWERED, BRIDGED, HUNG_UP
        call.answered()
            .thenCompose(ch -> call.ended())
            .whenComplete((ch, failure) -> System.out.println(failure == null
                    ? "ended, cause " + ch.hangupCause()
                    : "not answered: " + ((CallFailure) failure.getCause()).reason()));  // BUSY, NO_ANSWER, ...
    }
}
