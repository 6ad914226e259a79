package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A fake Asterisk on loopback for tests, in the style of okhttp's MockWebServer. It greets, checks
 * plain and MD5 logins like Asterisk (wrong credentials: {@code Authentication failed}, then it
 * hangs up; other actions before login: {@code Permission denied}), answers Ping and Logoff, and
 * answers anything else from handlers ({@link #handle}) or with {@code Invalid/unknown command}.
 * Expectations ({@link #expect}) come before all of these, Login included.
 *
 * <pre>{@code
 * try (FakeAsterisk ami = FakeAsterisk.start();                          // accepts DEFAULT_USERNAME / DEFAULT_SECRET
 *         AmiClient client = AmiClient.connect(ami.clientConfig().build())) {
 *     ami.expect("Getvar").reply(getvarResponse);                        // typed: any AmiResponse
 *     ami.expect("DBGet").list(List.of(entry1, entry2));                  // typed items, then DBGetComplete
 *     ...
 *     ReceivedAction getvar = ami.takeAction("Getvar", Duration.ofSeconds(5));
 * }
 * }</pre>
 * The raw forms ({@code reply("Response", "Success", ...)}, {@code raw(text)}) stay for odd framing and faults.
 * docs/testing.md has a complete unit test.
 */
public final class FakeAsterisk implements AutoCloseable {
    /** The user a FakeAsterisk accepts unless built with other {@link Builder#credentials credentials}. */
    public static final String DEFAULT_USERNAME = "admin";
    /** That user's secret. */
    public static final String DEFAULT_SECRET = "amp111";

    private final String greeting;
    private final boolean keepHistory;
    private final String username;
    private final String secret;
    private final ServerSocket server;
    private final Thread acceptor;
    private final Map<String, ActionHandler> handlers = new ConcurrentHashMap<>();
    private final Map<String, Deque<Expectation>> expectations = new ConcurrentHashMap<>();
    private final BlockingQueue<ReceivedAction> received = new LinkedBlockingQueue<>();
    private final List<ReceivedAction> history = Collections.synchronizedList(new ArrayList<>());
    private final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger challengeCounter = new AtomicInteger(100_000_000);
    private final Map<FakeSession, String> challenges = new ConcurrentHashMap<>();

    private FakeAsterisk(Builder b) throws IOException {
        this.greeting = b.greeting;
        this.keepHistory = b.keepHistory;
        this.username = b.username;
        this.secret = b.secret;
        this.server = b.sslContext == null ? new ServerSocket(0, 200, InetAddress.getLoopbackAddress())
                : b.sslContext.getServerSocketFactory().createServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "fake-asterisk-acceptor-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    /** Starts configuring a fake server. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a fake server that accepts user {@code admin} with secret {@code amp111}. */
    public static FakeAsterisk start() {
        return builder().start();
    }

    /** The port the server listens on (chosen by the system). */
    public int port() {
        return server.getLocalPort();
    }

    /** The loopback address as text, for a client config. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** Queues what to do the next time this action arrives (expectations are used once, in order). */
    public Expectation expect(String actionName) {
        Expectation e = new Expectation(actionName);
        expectations.computeIfAbsent(actionName.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>()).add(e);
        return e;
    }

    /** Answers every arrival of this action with the handler (after any expectations for it are used up). */
    public FakeAsterisk handle(String actionName, ActionHandler handler) {
        handlers.put(actionName.toLowerCase(Locale.ROOT), handler);
        return this;
    }

    /** The next received action (logins included), or throws AssertionError after the timeout. */
    public ReceivedAction takeAction(Duration timeout) {
        try {
            ReceivedAction a = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (a == null) {
                throw new AssertionError("no action received within " + timeout.toMillis() + " ms");
            }
            return a;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }

    /** The next received action with this name, skipping others, or throws AssertionError after the timeout. */
    public ReceivedAction takeAction(String actionName, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + actionName + " received within " + timeout.toMillis() + " ms");
            }
            ReceivedAction a = takeAction(Duration.ofNanos(left));
            if (actionName.equalsIgnoreCase(a.name())) {
                return a;
            }
        }
    }

    /** Every action received so far, from every session, in arrival order ({@link #takeAction} does not consume these). */
    public List<ReceivedAction> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The received actions with this name, in arrival order. */
    public List<ReceivedAction> history(String actionName) {
        return history().stream().filter(a -> actionName.equalsIgnoreCase(a.name())).toList();
    }

    /** Every session so far, in connection order. */
    public List<FakeSession> sessions() {
        return List.copyOf(sessions);
    }

    /** How many clients have connected so far. */
    public int connectionCount() {
        return sessions.size();
    }

    /** Waits until session number {@code index} (0-based) is logged in, or throws AssertionError. */
    public FakeSession awaitLoggedIn(int index, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (sessions.size() > index && sessions.get(index).isLoggedIn()) {
                return sessions.get(index);
            }
            sleep(2);
        }
        throw new AssertionError("session " + index + " not logged in within " + timeout.toMillis() + " ms");
    }

    /** Sends an event to every open, logged-in session. */
    public void emit(String eventName, String... headerPairs) {
        String text = FakeSession.formatEvent(eventName, headerPairs);
        for (FakeSession s : sessions) {
            if (s.isOpen() && s.isLoggedIn()) {
                s.raw(text);
            }
        }
    }

    /** Sends a typed event (a generated event, or any {@link io.amisdk.runtime.AmiEvent}) to every logged-in session. */
    public void emit(io.amisdk.runtime.AmiEvent event) {
        String text = FakeSession.format(event.headers(), null);
        for (FakeSession s : sessions) {
            if (s.isOpen() && s.isLoggedIn()) {
                s.raw(text);
            }
        }
    }

    /**
     * A client configuration for this server: its host and port, and the credentials it accepts (by default
     * {@value #DEFAULT_USERNAME} / {@value #DEFAULT_SECRET}); add what the test needs and build.
     */
    public io.amisdk.runtime.AmiClientConfig.Builder clientConfig() {
        return io.amisdk.runtime.AmiClientConfig.builder().host(host()).port(port()).credentials(username, secret);
    }

    /** Drops every open connection. */
    public void dropAll() {
        sessions.forEach(FakeSession::drop);
    }

    /** Stops the server, closes every connection and waits for its threads. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        dropAll();
        for (Thread t : threads) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                FakeSession session = new FakeSession(socket, sessions.size());
                sessions.add(session);
                Thread t = new Thread(() -> serve(socket, session), "fake-asterisk-session-" + session.index());
                t.setDaemon(true);
                threads.removeIf(old -> !old.isAlive());
                threads.add(t);
                t.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket, FakeSession session) {
        session.raw(greeting + "\r\n");
        try {
            ActionReader in = new ActionReader(socket.getInputStream());
            while (true) {
                session.awaitUnstalled();
                AmiMessage message = in.next();
                if (message == null) {
                    break;
                }
                session.awaitUnstalled();
                ReceivedAction action = new ReceivedAction(message);
                if (keepHistory) {
                    received.add(action);
                    history.add(action);
                }
                dispatch(action, session);
            }
        } catch (IOException e) {
            // the connection closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            session.drop();
        }
    }

    private void dispatch(ReceivedAction action, FakeSession session) {
        String name = action.name();
        if (name == null) {
            session.error(action, "Missing action in request");
            return;
        }
        String key = name.toLowerCase(Locale.ROOT);
        // Expectations come first, even for Login and Challenge, so tests can script a broken login.
        Deque<Expectation> queue = expectations.get(key);
        Expectation expectation = null;
        if (queue != null) {
            synchronized (queue) {
                expectation = queue.poll();
            }
        }
        if (expectation != null) {
            if (key.equals("login")) {
                session.loggedIn();
            }
            expectation.run(action, session);
            return;
        }
        switch (key) {
            case "challenge" -> {
                if (!"MD5".equalsIgnoreCase(action.get("AuthType"))) {
                    session.error(action, "Must specify AuthType");
                    return;
                }
                String challenge = Integer.toString(challengeCounter.incrementAndGet());
                challenges.put(session, challenge);
                session.reply(action, "Response", "Success", "Challenge", challenge);
                return;
            }
            case "login" -> {
                if (credentialsMatch(action, session)) {
                    // One write, so that FullyBooted comes before anything a test emits after the login.
                    String accepted = FakeSession.formatReply(action, "Response", "Success", "Message", "Authentication accepted");
                    if (!"off".equalsIgnoreCase(action.get("Events"))) {
                        accepted += FakeSession.formatEvent("FullyBooted", "Privilege", "system,all", "Uptime", "1",
                                "LastReload", "1", "Status", "Fully Booted");
                    }
                    session.loggedIn();
                    session.raw(accepted);
                } else {
                    session.error(action, "Authentication failed");
                    session.drop();
                }
                return;
            }
            case "logoff" -> {
                session.reply(action, "Response", "Goodbye", "Message", "Thanks for all the fish.");
                session.drop();
                return;
            }
            default -> {
                // below
            }
        }
        if (!session.isLoggedIn()) {
            session.error(action, "Permission denied");
            return;
        }
        ActionHandler handler = handlers.get(key);
        if (handler != null) {
            handler.handle(action, session);
        } else if (key.equals("ping")) {
            session.reply(action, "Response", "Success", "Ping", "Pong", "Timestamp",
                    String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0));
        } else {
            session.error(action, "Invalid/unknown command");
        }
    }

    private boolean credentialsMatch(ReceivedAction login, FakeSession session) {
        if (!username.equals(login.get("Username"))) {
            return false;
        }
        if ("MD5".equalsIgnoreCase(login.get("AuthType"))) {
            String challenge = challenges.get(session);
            return challenge != null && md5Hex(challenge + secret).equals(login.get("Key"));
        }
        return secret.equals(login.get("Secret"));
    }

    private static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "FakeAsterisk{port " + port() + ", " + sessions.size() + " sessions}";
    }

    /** Options for a fake server. */
    public static final class Builder {
        private String greeting = "Asterisk Call Manager/11.0.0";
        private String username = DEFAULT_USERNAME;
        private String secret = DEFAULT_SECRET;
        private SSLContext sslContext;
        private boolean keepHistory = true;

        private Builder() {
        }

        /** Whether received actions are kept for {@link FakeAsterisk#takeAction(Duration)} and {@link FakeAsterisk#history()}; turn off for long benchmarks. */
        public Builder keepHistory(boolean keep) {
            this.keepHistory = keep;
            return this;
        }

        /** The greeting line; by default Asterisk 22's {@code Asterisk Call Manager/11.0.0}. */
        public Builder greeting(String line) {
            this.greeting = line;
            return this;
        }

        /** The only user that may log in; by default admin / amp111. */
        public Builder credentials(String username, String secret) {
            this.username = username;
            this.secret = secret;
            return this;
        }

        /** Listens with TLS using this context (key manager holding the server certificate). */
        public Builder tls(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Opens the port and starts accepting clients. */
        public FakeAsterisk start() {
            try {
                FakeAsterisk fake = new FakeAsterisk(this);
                fake.acceptor.start();
                return fake;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on loopback", e);
            }
        }
    }
}
