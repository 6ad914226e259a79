package io.amisdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A minimal Asterisk on loopback for the round-trip benchmark, answering as Asterisk 22 does in the
 * recorded sessions: greeting, Challenge (MD5), Login (plain or MD5 key, checked), Ping, CoreSettings,
 * Logoff, and {@code Invalid/unknown command} for the rest. One thread per connection; it answers
 * everything a read brought in and then writes once, so pipelined actions get batched replies and
 * the server costs the clients as little as it can (the testkit's FakeAsterisk writes every
 * answer with its own syscall, as Asterisk does).
 */
public final class LoopbackAmiServer implements AutoCloseable {
    /** Every thread the server starts is named with this prefix (ServerThreads counts their CPU time). */
    static final String THREAD_PREFIX = "loopback-ami-";
    static final String GREETING = "Asterisk Call Manager/11.0.0\r\n";
    /** A fixed challenge; the MD5 key check still does the real computation. */
    static final String CHALLENGE = "166419500";

    private final ServerSocket server;
    private final String username;
    private final String secret;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final LongAdder reads = new LongAdder();
    private final LongAdder actions = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final Thread acceptor;
    private volatile boolean closed;

    private LoopbackAmiServer(String username, String secret) throws IOException {
        this.username = username;
        this.secret = secret;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, THREAD_PREFIX + "accept");
        this.acceptor.setDaemon(true);
    }

    /** Starts a server on an ephemeral loopback port that accepts this user. */
    public static LoopbackAmiServer start(String username, String secret) throws IOException {
        LoopbackAmiServer s = new LoopbackAmiServer(username, secret);
        s.acceptor.start();
        return s;
    }

    /** The port it listens on, on the loopback address. */
    public int port() {
        return server.getLocalPort();
    }

    /** The loopback host name clients should connect to. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /**
     * How the clients' bytes arrived: actions answered, socket reads it took, replies written. A client
     * that writes each pipelined action with its own syscall shows about one action per read.
     */
    public String trafficSummary() {
        long a = actions.sum();
        long r = reads.sum();
        long w = writes.sum();
        return String.format(Locale.ROOT, "%,d actions in %,d server reads (%.1f per read), answered in %,d writes (%.1f per write)",
                a, r, r == 0 ? 0.0 : (double) a / r, w, w == 0 ? 0.0 : (double) a / w);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket s : connections) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                connections.add(socket);
                Thread t = new Thread(() -> serve(socket), THREAD_PREFIX + connectionCount.incrementAndGet());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("[loopback-ami] accept failed: " + e);
                }
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            out.write(GREETING.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Session session = new Session();
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                reads.increment();
                boolean keepOpen = session.feed(buffer, n);
                if (session.reply.size() > 0) {
                    writes.increment();
                    session.reply.writeTo(out);
                    session.reply.reset();
                    out.flush();
                }
                if (!keepOpen) {
                    return; // Asterisk closes after Logoff and after a failed Login
                }
            }
        } catch (SocketException e) {
            // the client went away; normal at the end of a benchmark
        } catch (IOException e) {
            if (!closed) {
                System.err.println("[loopback-ami] connection failed: " + e);
            }
        } finally {
            connections.remove(socket);
        }
    }

    /** One connection's parse state: the current line, the headers of the action being read. */
    private final class Session {
        final ByteArrayOutputStream reply = new ByteArrayOutputStream(64 * 1024);
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private String action;
        private String actionId;
        private String authType;
        private String user;
        private String plainSecret;
        private String key;
        private boolean loggedIn;

        /** Parses the bytes and appends replies; false once the connection is to be closed. */
        boolean feed(byte[] bytes, int length) {
            int start = 0;
            for (int i = 0; i < length; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                line.write(bytes, start, i - start);
                start = i + 1;
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (text.endsWith("\r")) {
                    text = text.substring(0, text.length() - 1);
                }
                if (text.isEmpty()) {
                    if (action != null && !answer()) {
                        return false;
                    }
                    clear();
                } else {
                    header(text);
                }
            }
            line.write(bytes, start, length - start);
            return true;
        }

        private void header(String text) {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return;
            }
            String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            switch (name) {
                case "action" -> action = value;
                case "actionid" -> actionId = value;
                case "authtype" -> authType = value;
                case "username" -> user = value;
                case "secret" -> plainSecret = value;
                case "key" -> key = value;
                default -> {
                    // other headers (Events, ...) change nothing here
                }
            }
        }

        private void clear() {
            action = null;
            actionId = null;
            authType = null;
            user = null;
            plainSecret = null;
            key = null;
        }

        private boolean answer() {
            actions.increment();
            switch (action.toLowerCase(Locale.ROOT)) {
                case "challenge" -> {
                    if ("MD5".equalsIgnoreCase(authType)) {
                        respond("Success", "Challenge: " + CHALLENGE);
                    } else {
                        respond("Error", "Message: Must specify AuthType");
                    }
                }
                case "login" -> {
                    if (!credentialsMatch()) {
                        respond("Error", "Message: Authentication failed");
                        return false;
                    }
                    loggedIn = true;
                    respond("Success", "Message: Authentication accepted");
                }
                case "logoff" -> {
                    respond("Goodbye", "Message: Thanks for all the fish.");
                    return false;
                }
                default -> {
                    if (!loggedIn) {
                        respond("Error", "Message: Permission denied");
                    } else if (action.equalsIgnoreCase("Ping")) {
                        long micros = System.currentTimeMillis() * 1000;
                        respond("Success", "Ping: Pong\r\nTimestamp: " + micros / 1_000_000 + "."
                                + String.valueOf(1_000_000 + micros % 1_000_000).substring(1));
                    } else if (action.equalsIgnoreCase("CoreSettings")) {
                        respond("Success", "AMIversion: 11.0.0\r\nAsteriskVersion: 22.10.1\r\nSystemName: \r\n"
                                + "CoreMaxCalls: 0\r\nCoreMaxLoadAvg: 0.000000\r\nCoreRunUser: \r\nCoreRunGroup: \r\n"
                                + "CoreMaxFilehandles: 0\r\nCoreRealTimeEnabled: No\r\nCoreCDRenabled: Yes\r\n"
                                + "CoreHTTPenabled: No\r\nSoundsSearchCustomDir: No");
                    } else {
                        respond("Error", "Message: Invalid/unknown command");
                    }
                }
            }
            return true;
        }

        private boolean credentialsMatch() {
            if (!username.equals(user)) {
                return false;
            }
            if ("MD5".equalsIgnoreCase(authType)) {
                return key != null && key.equalsIgnoreCase(md5Hex(CHALLENGE + secret));
            }
            return secret.equals(plainSecret);
        }

        private void respond(String response, String body) {
            StringBuilder sb = new StringBuilder(96).append("Response: ").append(response).append("\r\n");
            if (actionId != null) {
                sb.append("ActionID: ").append(actionId).append("\r\n");
            }
            sb.append(body).append("\r\n\r\n");
            reply.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String md5Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
