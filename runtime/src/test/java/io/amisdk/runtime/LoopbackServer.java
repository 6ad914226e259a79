package io.amisdk.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;

/**
 * A tiny AMI server for the runtime's own unit tests (the testkit's FakeAsterisk depends on the
 * runtime, so it cannot be used here): greets, reads actions, and hands each to a handler.
 */
final class LoopbackServer implements AutoCloseable {
    /** One accepted connection. */
    static final class Session {
        final Socket socket;
        private final OutputStream out;

        Session(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
        }

        synchronized void write(String text) {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // the client went away; the test will notice
            }
        }

        void reply(Map<String, String> action, String... headers) {
            StringBuilder sb = new StringBuilder();
            sb.append(headers[0]).append(": ").append(headers[1]).append("\r\n");
            if (action.containsKey("ActionID")) {
                sb.append("ActionID: ").append(action.get("ActionID")).append("\r\n");
            }
            for (int i = 2; i < headers.length; i += 2) {
                sb.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            write(sb.append("\r\n").toString());
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    final ServerSocket server;
    final BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
    final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private volatile BiConsumer<Session, Map<String, String>> handler;

    LoopbackServer(BiConsumer<Session, Map<String, String>> handler) throws IOException {
        this.handler = handler;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "loopback-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers Login with success and Ping with Pong; anything else goes to {@code more}. */
    static BiConsumer<Session, Map<String, String>> basic(BiConsumer<Session, Map<String, String>> more) {
        return (s, a) -> {
            switch (a.getOrDefault("Action", "")) {
                case "Login" -> s.reply(a, "Response", "Success", "Message", "Authentication accepted");
                case "Challenge" -> s.reply(a, "Response", "Success", "Challenge", "123456789");
                case "Ping" -> s.reply(a, "Response", "Success", "Ping", "Pong", "Timestamp", "1.0");
                case "Logoff" -> {
                    s.reply(a, "Response", "Goodbye", "Message", "Thanks for all the fish.");
                    s.close();
                }
                default -> more.accept(s, a);
            }
        };
    }

    void handler(BiConsumer<Session, Map<String, String>> handler) {
        this.handler = handler;
    }

    int port() {
        return server.getLocalPort();
    }

    AmiClientConfig.Builder config() {
        return AmiClientConfig.builder().host("127.0.0.1").port(port()).credentials("admin", "amp111")
                .timeouts(t -> t.keepaliveInterval(java.time.Duration.ZERO)).reconnectPolicy(ReconnectPolicy.disabled())
                .eventDecoders(EventDecoders.empty());
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Session session = new Session(socket);
                sessions.add(session);
                Thread t = new Thread(() -> serve(session), "loopback-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Session session) {
        session.write("Asterisk Call Manager/11.0.0\r\n");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(session.socket.getInputStream(),
                StandardCharsets.UTF_8))) {
            Map<String, String> action = new java.util.LinkedHashMap<>();
            List<String> order = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (!action.isEmpty()) {
                        received.add(action);
                        handler.accept(session, action);
                    }
                    action = new java.util.LinkedHashMap<>();
                    order.clear();
                    continue;
                }
                int colon = line.indexOf(':');
                action.putIfAbsent(line.substring(0, colon), line.substring(colon + 2));
            }
        } catch (IOException e) {
            // connection closed
        } finally {
            session.close();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Session s : sessions) {
            s.close();
        }
    }
}
