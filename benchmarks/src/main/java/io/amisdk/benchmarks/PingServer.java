package io.amisdk.benchmarks;

import io.amisdk.testkit.FakeAsterisk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The server the Ping benchmarks talk to, chosen by the {@code server} parameter: {@code testkit},
 * the testkit's FakeAsterisk (one write per answer, every action recorded, as tests use it), or
 * {@code lean}, this module's LoopbackAmiServer (answers to one read written at once).
 */
final class PingServer implements AutoCloseable {
    static final String USER = "admin";
    static final String SECRET = "amp111";

    private final String kind;
    private final FakeAsterisk fake;
    private final LoopbackAmiServer lean;

    private PingServer(String kind, FakeAsterisk fake, LoopbackAmiServer lean) {
        this.kind = kind;
        this.fake = fake;
        this.lean = lean;
    }

    static PingServer start(String kind) {
        try {
            return switch (kind) {
                case "testkit" -> new PingServer(kind, FakeAsterisk.builder().credentials(USER, SECRET).start(), null);
                case "lean" -> new PingServer(kind, null, LoopbackAmiServer.start(USER, SECRET));
                default -> throw new IllegalArgumentException("server must be testkit or lean, not " + kind);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + kind + " server", e);
        }
    }

    String host() {
        return fake != null ? fake.host() : lean.host();
    }

    int port() {
        return fake != null ? fake.port() : lean.port();
    }

    /** Forgets the actions FakeAsterisk recorded for tests, so that a long run does not fill the heap. */
    void forgetReceived() {
        if (fake == null) {
            return;
        }
        try {
            while (true) {
                fake.takeAction(Duration.ZERO);
            }
        } catch (AssertionError empty) {
            // FakeAsterisk reports an empty queue this way
        }
    }

    /** One line on how the client's bytes arrived (lean server only). */
    String summary() {
        return kind + " server" + (lean != null ? ": " + lean.trafficSummary() : "");
    }

    /**
     * Books the server threads' CPU time; call it before the client logs off, since the server's
     * session thread ends with the Logoff and would take its CPU time with it.
     */
    void retireThreads() {
        ServerThreads.retireAll();
    }

    @Override
    public void close() throws IOException {
        if (fake != null) {
            fake.close();
        } else {
            lean.close();
        }
    }
}
