package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** FakeAsterisk scripted with typed responses and events, as a generated SDK's types (or their builders) give them. */
class TypedScriptingTest {
    /** Stands in for a generated DBGetResponseEvent (a list item). */
    record DbEntry(AmiMessage headers) implements AmiEvent {
        static DbEntry of(String family, String key, String value) {
            return new DbEntry(AmiMessage.builder().add("Event", "DBGetResponse").add("Family", family)
                    .add("Key", key).add("Val", value).build());
        }

        String val() {
            return headers.get("Val");
        }
    }

    /** Stands in for a generated typed response (GetvarResponse). */
    static AmiResponse getvar(String variable, String value) {
        return new AmiResponse(AmiMessage.builder().add("Response", "Success").add("Variable", variable)
                .add("Value", value).build());
    }

    @Test
    @DisplayName("a typed reply, a typed list and a typed event: the client reads them back as sent, under the action's ActionID")
    void typedScript() {
        EventDecoders decoders = EventDecoders.empty().register("DBGetResponse", DbEntry.class, DbEntry::new);
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(ami.clientConfig().eventDecoders(decoders).build())) {
            ami.expect("Getvar").reply(getvar("CDR(answer)", "2026-12-06"));
            AmiResponse value = client.call(GenericAction.of("Getvar").header("Variable", "CDR(answer)"));
            assertThat(value.get("Value")).isEqualTo("2026-12-06");
            assertThat(value.actionId()).isNotNull().isEqualTo(ami.takeAction("Getvar", Duration.ofSeconds(10)).actionId());

            ami.expect("DBGet").list(List.of(DbEntry.of("cidname", "100", "Alice"), DbEntry.of("cidname", "101", "Bob")));
            AmiListResponse<AmiEvent> entries = client.sendList(GenericAction.of("DBGet").header("Family", "cidname")).join();
            assertThat(entries.items()).extracting(e -> ((DbEntry) e).val()).containsExactly("Alice", "Bob");
            assertThat(entries.completion().eventName()).isEqualTo("DBGetComplete");
            assertThat(entries.completion().headers().get("ListItems")).isEqualTo("2");

            List<DbEntry> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            client.onEvent(DbEntry.class, seen::add); // typed: FullyBooted, sent after the login, is no DbEntry
            ami.emit(DbEntry.of("x", "y", "pushed"));
            Clients.await("the emitted event", Duration.ofSeconds(10), () -> !seen.isEmpty());
            assertThat(seen.get(0)).isEqualTo(DbEntry.of("x", "y", "pushed"));
        }
    }

    @Test
    @DisplayName("clientConfig() carries the fake's host, port and credentials: no secret to copy from Javadoc")
    void credentials() {
        try (FakeAsterisk ami = FakeAsterisk.builder().credentials("ops", "s3cret").start();
                AmiClient client = AmiClient.connect(ami.clientConfig().eventDecoders(EventDecoders.empty()).build())) {
            assertThat(client.config().username()).isEqualTo("ops");
            assertThat(client.call(GenericAction.of("Ping")).get("Ping")).isEqualTo("Pong");
        }
        assertThat(FakeAsterisk.DEFAULT_USERNAME).isEqualTo("admin");
    }
}
