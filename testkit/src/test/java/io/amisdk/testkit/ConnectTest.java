package io.amisdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectException;
import io.amisdk.runtime.AmiTimeoutException;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.GenericAction;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConnectTest {
    @Test
    @DisplayName("connectAsync completes once logged in")
    void connectAsync() throws Exception {
        try (FakeAsterisk ami = FakeAsterisk.start();
                AmiClient client = AmiClient.connectAsync(Clients.config(ami).build()).get(10, TimeUnit.SECONDS)) {
            assertThat(client.state()).isEqualTo(ConnectionState.LOGGED_IN);
            assertThat(client.amiVersion()).isEqualTo("11.0.0");
            assertThat(client.send(GenericAction.of("Ping")).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
    }

    @Test
    @DisplayName("nobody listening: AmiConnectException naming host and port")
    void refused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        int closedPort = port;
        try (FakeAsterisk ami = FakeAsterisk.start()) {
            assertThatThrownBy(() -> AmiClient.connect(Clients.config(ami).port(closedPort).build()))
                    .isInstanceOf(AmiConnectException.class).hasMessageContaining(":" + closedPort);
        }
    }

    @Test
    @DisplayName("a server that never greets: a timeout after the connect timeout")
    void noGreeting() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                FakeAsterisk unused = FakeAsterisk.start()) {
            // the connection stays open and silent until the test is over (was 5 s: a late timer then saw a close instead)
            CountDownLatch over = new CountDownLatch(1);
            Thread acceptor = new Thread(() -> {
                try (Socket s = silent.accept()) {
                    over.await();
                } catch (Exception e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try {
                assertThatThrownBy(() -> AmiClient.connect(Clients.config(unused).port(silent.getLocalPort())
                        .timeouts(t -> t.connectTimeout(Duration.ofMillis(300))).build()))
                        .isInstanceOf(AmiTimeoutException.class).hasMessageContaining("greeting");
            } finally {
                over.countDown();
            }
        }
    }
}
