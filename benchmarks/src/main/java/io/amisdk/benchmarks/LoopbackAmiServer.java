package io.amisdk.benchmarks;

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
import java.util.Arrays;
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

    /**
     * One connection's parse state: the current line, the headers of the action being read. It works
     * on bytes, not Strings, so that the server's own CPU time per Ping stays small beside a client's:
     * a line is matched where it lies, and only the login's headers become Strings.
     */
    private final class Session {
        private static final byte[] ACTION = ascii("action");
        private static final byte[] ACTION_ID = ascii("actionid");
        private static final byte[] AUTH_TYPE = ascii("authtype");
        private static final byte[] USERNAME = ascii("username");
        private static final byte[] SECRET = ascii("secret");
        private static final byte[] KEY = ascii("key");
        private static final byte[] PING = ascii("ping");
        private static final byte[] RESPONSE = ascii("Response: ");
        private static final byte[] ACTION_ID_LINE = ascii("ActionID: ");
        private static final byte[] SUCCESS = ascii("Response: Success\r\n");
        private static final byte[] PONG = ascii("Ping: Pong\r\nTimestamp: ");
        private static final byte[] CRLF = ascii("\r\n");

        final Reply reply = new Reply();
        private byte[] line = new byte[256];
        private int lineLength;
        private boolean ping;
        private String action;
        private final byte[] actionId = new byte[256];
        /** The Pong's timestamp ("seconds.micros", Asterisk's form), made again only when the clock's millisecond moves. */
        private final Reply timestamp = new Reply(32);
        private long timestampMillis = -1;
        private int actionIdLength = -1;
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
                boolean keepOpen;
                if (lineLength == 0) {
                    keepOpen = onLine(bytes, start, i); // the whole line is in this read: no copy
                } else {
                    append(bytes, start, i - start);
                    keepOpen = onLine(line, 0, lineLength);
                    lineLength = 0;
                }
                if (!keepOpen) {
                    return false;
                }
                start = i + 1;
            }
            append(bytes, start, length - start);
            return true;
        }

        private void append(byte[] bytes, int from, int count) {
            if (lineLength + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
            }
            System.arraycopy(bytes, from, line, lineLength, count);
            lineLength += count;
        }

        /** One line, {@code b[from, to)} without its LF; false once the connection is to be closed. */
        private boolean onLine(byte[] b, int from, int to) {
            if (to > from && b[to - 1] == '\r') {
                to--;
            }
            if (to == from) {
                boolean keepOpen = !hasAction() || answer();
                clear();
                return keepOpen;
            }
            int colon = from;
            while (colon < to && b[colon] != ':') {
                colon++;
            }
            if (colon == from || colon == to) {
                return true;
            }
            int nameEnd = trimEnd(b, from, colon);
            int nameStart = trimStart(b, from, nameEnd);
            int valueStart = trimStart(b, colon + 1, to);
            int valueEnd = trimEnd(b, valueStart, to);
            if (matches(b, nameStart, nameEnd, ACTION)) {
                ping = matches(b, valueStart, valueEnd, PING);
                action = ping ? null : text(b, valueStart, valueEnd);
            } else if (matches(b, nameStart, nameEnd, ACTION_ID)) {
                actionIdLength = Math.min(valueEnd - valueStart, actionId.length);
                System.arraycopy(b, valueStart, actionId, 0, actionIdLength);
            } else if (matches(b, nameStart, nameEnd, AUTH_TYPE)) {
                authType = text(b, valueStart, valueEnd);
            } else if (matches(b, nameStart, nameEnd, USERNAME)) {
                user = text(b, valueStart, valueEnd);
            } else if (matches(b, nameStart, nameEnd, SECRET)) {
                plainSecret = text(b, valueStart, valueEnd);
            } else if (matches(b, nameStart, nameEnd, KEY)) {
                key = text(b, valueStart, valueEnd);
            }
            // other headers (Events, ...) change nothing here
            return true;
        }

        private boolean hasAction() {
            return ping || action != null;
        }

        private void clear() {
            ping = false;
            action = null;
            actionIdLength = -1;
            authType = null;
            user = null;
            plainSecret = null;
            key = null;
        }

        private boolean answer() {
            actions.increment();
            if (ping && loggedIn) {
                long millis = System.currentTimeMillis();
                if (millis != timestampMillis) {
                    long micros = millis * 1000;
                    timestamp.reset();
                    timestamp.putNumber(micros / 1_000_000).put((byte) '.').putDigits(micros % 1_000_000, 6);
                    timestampMillis = millis;
                }
                reply.put(SUCCESS);
                putActionId();
                reply.put(PONG).put(timestamp.bytes, timestamp.length).put(CRLF).put(CRLF);
                return true;
            }
            String name = ping ? "ping" : action.toLowerCase(Locale.ROOT);
            switch (name) {
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
                    } else if (name.equals("coresettings")) {
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

        private void startReply(String response) {
            reply.put(RESPONSE).put(ascii(response)).put(CRLF);
            putActionId();
        }

        private void putActionId() {
            if (actionIdLength >= 0) {
                reply.put(ACTION_ID_LINE).put(actionId, actionIdLength).put(CRLF);
            }
        }

        private void respond(String response, String body) {
            startReply(response);
            reply.put(body.getBytes(StandardCharsets.UTF_8)).put(CRLF).put(CRLF);
        }

        private static boolean matches(byte[] b, int from, int to, byte[] lowerCase) {
            if (to - from != lowerCase.length) {
                return false;
            }
            for (int i = 0; i < lowerCase.length; i++) {
                if ((b[from + i] | 0x20) != lowerCase[i]) { // ASCII letters only: the names matched are letters
                    return false;
                }
            }
            return true;
        }

        private static int trimStart(byte[] b, int from, int to) {
            while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                from++;
            }
            return from;
        }

        private static int trimEnd(byte[] b, int from, int to) {
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
            return to;
        }

        private static String text(byte[] b, int from, int to) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
    }

    /** The replies to one read, written at once. */
    static final class Reply {
        private byte[] bytes;
        private int length;

        Reply() {
            this(64 * 1024);
        }

        Reply(int capacity) {
            bytes = new byte[capacity];
        }

        Reply put(byte[] b) {
            return put(b, b.length);
        }

        Reply put(byte[] b, int count) {
            ensure(count);
            System.arraycopy(b, 0, bytes, length, count);
            length += count;
            return this;
        }

        Reply put(byte b) {
            ensure(1);
            bytes[length++] = b;
            return this;
        }

        /** A non-negative number in decimal. */
        Reply putNumber(long n) {
            int digits = 1;
            for (long rest = n / 10; rest > 0; rest /= 10) {
                digits++;
            }
            return putDigits(n, digits);
        }

        /** The low {@code digits} decimal digits of a non-negative number, zero-padded. */
        Reply putDigits(long n, int digits) {
            ensure(digits);
            for (int i = digits - 1; i >= 0; i--) {
                bytes[length + i] = (byte) ('0' + n % 10);
                n /= 10;
            }
            length += digits;
            return this;
        }

        int size() {
            return length;
        }

        void writeTo(OutputStream out) throws IOException {
            out.write(bytes, 0, length);
        }

        void reset() {
            length = 0;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static String md5Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }
}
