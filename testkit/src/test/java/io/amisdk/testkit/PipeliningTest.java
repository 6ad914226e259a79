package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PipeliningTest {
    private static final int ACTIONS = 10_000;

    @Test
    @DisplayName("10 000 pipelined actions answered in shuffled order: each future gets its own response")
    void outOfOrder() {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connect(Clients.config(ami).build())) {
            // given: a server that answers only once all actions are in, in a shuffled order, in odd-sized writes
            List<ReceivedAction> received = Collections.synchronizedList(new ArrayList<>());
            ami.handle("Echo", (a, s) -> {
                received.add(a);
                if (received.size() == ACTIONS) {
                    List<ReceivedAction> shuffled = new ArrayList<>(received);
                    Collections.shuffle(shuffled, new Random(42));
                    StringBuilder all = new StringBuilder();
                    for (ReceivedAction r : shuffled) {
                        all.append("Response: Success\r\nActionID: ").append(r.actionId()).append("\r\nSeq: ")
                                .append(r.get("Seq")).append("\r\n\r\n");
                    }
                    byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
                    Random sizes = new Random(7);
                    for (int off = 0; off < bytes.length;) {
                        int n = Math.min(bytes.length - off, 1 + sizes.nextInt(3000));
                        byte[] part = new byte[n];
                        System.arraycopy(bytes, off, part, 0, n);
                        s.raw(part);
                        off += n;
                    }
                }
            });

            // when: every tenth action brings its own ActionID
            List<CompletableFuture<AmiResponse>> futures = new ArrayList<>(ACTIONS);
            for (int i = 0; i < ACTIONS; i++) {
                GenericAction echo = GenericAction.of("Echo").header("Seq", Integer.toString(i));
                if (i % 10 == 0) {
                    echo = echo.actionId("user-" + i);
                }
                futures.add(client.send(echo));
            }

            // then
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < ACTIONS; i++) {
                AmiResponse r = futures.get(i).join();
                assertThat(r.get("Seq")).isEqualTo(Integer.toString(i));
                ids.add(r.actionId());
                if (i % 10 == 0) {
                    assertThat(r.actionId()).isEqualTo("user-" + i);
                }
            }
            assertThat(ids).as("ActionIDs are unique per connection").hasSize(ACTIONS);
            assertThat(received).hasSize(ACTIONS);
        }
    }
}
