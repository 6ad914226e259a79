package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.sdk.action.GetvarAction;
import io.amisdk.sdk.response.GetvarResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Load against the real server: 10,000 pipelined actions over one connection, then 8 connections
 * pipelining at once. The action is Getvar of a name unique to each action; Asterisk echoes the name
 * in its answer ({@code Variable:}), so an answer delivered to the wrong future is caught whatever
 * ActionID it carried.
 */
@RealServerTest
@Order(3)
@DisplayName("load on the real server")
class LoadTest {
    static final int ACTIONS = 10_000;
    static final int CONNECTIONS = 8;

    static AmiClientConfig config() {
        return AsteriskServer.admin().eventMask("off").limits(l -> l.maxActionsInFlight(2 * ACTIONS))
                .timeouts(t -> t.actionTimeout(Duration.ofSeconds(90))).build();
    }

    @Test
    @DisplayName("10,000 pipelined actions over one connection: all answered, none misrouted")
    void pipelinedOnOneConnection() throws Exception {
        try (AmiClient ami = AsteriskServer.connect(config())) {
            pipeline(ami, "warm", 500);
            long t0 = System.nanoTime();
            pipeline(ami, "one", ACTIONS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[load] 1 connection: %d pipelined Getvar in %.2f s = %.0f actions/s%n", ACTIONS, seconds,
                    ACTIONS / seconds);
        }
    }

    @Test
    @DisplayName("8 connections at once, 10,000 pipelined actions each: all answered, none misrouted")
    void eightConnectionsAtOnce() throws Exception {
        List<AmiClient> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            for (int c = 0; c < CONNECTIONS; c++) {
                AmiClient ami = AsteriskServer.connect(config());
                clients.add(ami);
                pipeline(ami, "warm" + c, 200);
            }
            long t0 = System.nanoTime();
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < CONNECTIONS; c++) {
                AmiClient ami = clients.get(c);
                String tag = "c" + c;
                runs.add(pool.submit(() -> {
                    pipeline(ami, tag, ACTIONS);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(150, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("[load] %d connections at once: %d pipelined Getvar in %.2f s = %.0f actions/s%n", CONNECTIONS,
                    CONNECTIONS * ACTIONS, seconds, CONNECTIONS * ACTIONS / seconds);
        } finally {
            pool.shutdownNow();
            clients.forEach(AmiClient::close);
        }
    }

    /** Sends n Getvar at once and checks that each answer names the variable its own action asked for. */
    static void pipeline(AmiClient ami, String tag, int n) throws Exception {
        List<CompletableFuture<GetvarResponse>> answers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            answers.add(ami.send(GetvarAction.builder().variable(variable(tag, i)).build()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        for (int i = 0; i < n; i++) {
            AmiResponse answer = answers.get(i).join();
            assertThat(answer.get("Variable")).as("answer %d of %s", i, tag).isEqualTo(variable(tag, i));
        }
    }

    static String variable(String tag, int i) {
        return "AMISDK_LOAD_" + tag + "_" + i;
    }
}
