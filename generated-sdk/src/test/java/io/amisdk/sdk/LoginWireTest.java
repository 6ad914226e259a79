package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.sdk.action.LoginAction;
import io.amisdk.testkit.Transcript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The generated LoginAction goes on the wire exactly as the recorded client's Login did. */
class LoginWireTest {
    private static Transcript transcript(String name) {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null) {
            throw new IllegalStateException("amisdk.transcripts.dir is not set (Maven sets it)");
        }
        return Transcript.load(Path.of(dir, name + ".txt"));
    }

    /** The first client chunk of a recorded session: the bytes the recorded client sent for its Login. */
    private static byte[] firstClientChunk(Transcript transcript) {
        return transcript.chunks().stream().filter(c -> c.direction() == Transcript.Direction.CLIENT).findFirst()
                .orElseThrow().bytes();
    }

    /** Greets, reads one action's bytes up to its blank line, answers Success with the same ActionID. */
    private static byte[] readOneAction(ServerSocket server) throws IOException {
        try (Socket socket = server.accept()) {
            OutputStream out = socket.getOutputStream();
            out.write("Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream action = new ByteArrayOutputStream();
            while (!endsWithBlankLine(action.toByteArray())) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the client closed before ending its action");
                }
                action.write(b);
            }
            String text = action.toString(StandardCharsets.UTF_8);
            String id = text.lines().filter(l -> l.startsWith("ActionID: ")).findFirst().orElse("ActionID: ")
                    .substring("ActionID: ".length());
            out.write(("Response: Success\r\nActionID: " + id + "\r\nMessage: Authentication accepted\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            in.read(); // until the client closes
            return action.toByteArray();
        }
    }

    private static boolean endsWithBlankLine(byte[] bytes) {
        int n = bytes.length;
        return n >= 4 && Arrays.equals(Arrays.copyOfRange(bytes, n - 4, n), new byte[] {'\r', '\n', '\r', '\n'});
    }

    @Test
    @DisplayName("LoginAction sends the exact bytes of login_plain_success.txt")
    void loginBytes() throws Exception {
        byte[] recorded = firstClientChunk(transcript("login_plain_success"));
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try {
                    return readOneAction(server);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            AmiClientConfig config = AmiClientConfig.builder().host(server.getInetAddress().getHostAddress())
                    .port(server.getLocalPort()).authType(AuthType.NONE).build();
            try (AmiClient client = AmiClient.connect(config)) {
                AmiResponse response = client.send(LoginAction.builder().actionId("login-1").username("admin")
                        .secret("amp111").build()).get(10, TimeUnit.SECONDS);

                // the server's answer, matched to this Login by the ActionID it echoed
                assertThat(response.actionId()).isEqualTo("login-1");
                assertThat(response.message()).isEqualTo("Authentication accepted");
            }

            assertThat(new String(received.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8))
                    .isEqualTo(new String(recorded, StandardCharsets.UTF_8))
                    .isEqualTo("Action: Login\r\nActionID: login-1\r\nUsername: admin\r\nSecret: amp111\r\n\r\n");
        }
    }
}
