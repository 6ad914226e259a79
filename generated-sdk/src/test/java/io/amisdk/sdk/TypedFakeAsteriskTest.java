package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.sdk.action.DBGetAction;
import io.amisdk.sdk.action.GetvarAction;
import io.amisdk.sdk.event.DBGetCompleteEvent;
import io.amisdk.sdk.event.DBGetResponseEvent;
import io.amisdk.sdk.response.GetvarResponse;
import io.amisdk.testkit.FakeAsterisk;
import io.amisdk.testkit.ReceivedAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The unit test a user writes for code that calls Getvar and DBGet, with no header or event name as a
 * string: the fake server expects the generated actions by their {@code ACTION_NAME}, answers with a
 * generated response and generated events made by their builders, and the client reads them back typed.
 */
class TypedFakeAsteriskTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @DisplayName("Getvar answered by GetvarResponse.builder(): the client reads the variable back typed")
    void getvar() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            ami.expect(GetvarAction.ACTION_NAME)
                    .reply(GetvarResponse.builder().variable("CALLERID(num)").value("100").build());
            GetvarAction getvar = GetvarAction.builder().channel("PJSIP/100-00000001").variable("CALLERID(num)").build();
            GetvarResponse answer;
            try (AmiClient client = AmiClient.connect(ami.clientConfig().eventDecoders(AmiSdk.decoders()).build())) {
                answer = client.call(getvar).orThrow();
            }

            assertThat(answer.isSuccess()).isTrue();
            assertThat(answer.variable()).isEqualTo("CALLERID(num)");
            assertThat(answer.value()).isEqualTo("100");
            ReceivedAction sent = ami.takeAction(GetvarAction.ACTION_NAME, WAIT);
            assertThat(sent.message().headers()).containsSubsequence(written(getvar));
            assertThat(answer.actionId()).isNotBlank().isEqualTo(sent.actionId());
        }
    }

    @Test
    @DisplayName("an error built with status(ERROR) and message(..): call(..) fails with Asterisk's message")
    void getvarError() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            GetvarResponse error = GetvarResponse.builder().status(AmiResponse.Status.ERROR).message("No such channel").build();
            ami.expect(GetvarAction.ACTION_NAME).reply(error);
            try (AmiClient client = AmiClient.connect(ami.clientConfig().eventDecoders(AmiSdk.decoders()).build())) {
                GetvarAction getvar = GetvarAction.builder().channel("PJSIP/404").variable("X").build();

                assertThatThrownBy(() -> client.call(getvar)).isInstanceOfSatisfying(AmiActionFailedException.class,
                        e -> {
                            assertThat(e).hasMessageContaining("No such channel");
                            assertThat(e.response().status()).isEqualTo(AmiResponse.Status.ERROR);
                            assertThat(e.response().actionName()).isEqualTo(GetvarAction.ACTION_NAME);
                        });
            }
        }
    }

    @Test
    @DisplayName("DBGet answered by a list of DBGetResponseEvent.builder() items: the client reads each back typed")
    void dbget() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            ami.expect(DBGetAction.ACTION_NAME).list(List.of(
                    DBGetResponseEvent.builder().family("cidname").key("100").val("Alice").build(),
                    DBGetResponseEvent.builder().family("cidname").key("100").val("Alice B.").build()));
            DBGetAction dbget = DBGetAction.builder().family("cidname").key("100").build();
            AmiListResponse<DBGetResponseEvent> answer;
            try (AmiClient client = AmiClient.connect(ami.clientConfig().eventDecoders(AmiSdk.decoders()).build())) {
                answer = client.callList(dbget);
            }

            assertThat(answer.items()).extracting(DBGetResponseEvent::family, DBGetResponseEvent::key,
                    DBGetResponseEvent::val).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("cidname", "100", "Alice"),
                            org.assertj.core.groups.Tuple.tuple("cidname", "100", "Alice B."));
            assertThat(answer.completion()).isInstanceOf(DBGetCompleteEvent.class);
            assertThat(((DBGetCompleteEvent) answer.completion()).listItems()).hasValue(2);
            ReceivedAction sent = ami.takeAction(DBGetAction.ACTION_NAME, WAIT);
            assertThat(sent.message().headers()).containsSubsequence(written(dbget));
            assertThat(answer.items()).allSatisfy(item -> assertThat(item.actionId()).isEqualTo(sent.actionId()));
        }
    }

    /** The headers the action writes, as the server should receive them after its Action and ActionID. */
    private static List<Map.Entry<String, String>> written(AmiAction<?> action) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        action.writeHeaders(new io.amisdk.runtime.AmiHeaderWriter() {
            @Override
            public io.amisdk.runtime.AmiHeaderWriter header(String name, String value) {
                headers.add(Map.entry(name, value));
                return this;
            }
        });
        assertThat(headers).isNotEmpty();
        return headers;
    }
}
