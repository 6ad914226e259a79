package io.amisdk.testkit;

import io.amisdk.runtime.AmiMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * Plays the server side of a recorded session to one client on loopback, byte for byte.
 *
 * <p>Each recorded server chunk is one write, so the recorded segmentation is kept (or every byte is
 * its own write, see {@link Builder#oneByteWrites()}). At each recorded client chunk the replay reads as
 * many messages from the client under test, checks their {@code Action} names, and maps each recorded
 * ActionID to the one the client chose; from then on every {@code ActionID} header the server sent
 * is rewritten to the client's. ActionIDs the recording never saw the client send (another
 * connection's) stay as recorded.
 *
 * <pre>{@code
 * try (TranscriptReplay replay = TranscriptReplay.builder(Transcript.load(file)).start()) {
 *     AmiClient client = AmiClient.connect(config.port(replay.port()).build());
 *     ...
 *     replay.awaitFinished(Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class TranscriptReplay implements AutoCloseable {
    private record ValueRange(int start, int end, String recorded) {
    }

    private final Transcript transcript;
    private final boolean oneByteWrites;
    private final ServerSocket server;
    private final Thread thread;
    private final byte[] serverStream;
    private final List<ValueRange> actionIds;
    private final Map<String, String> idMap = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<AmiMessage> received = Collections.synchronizedList(new ArrayList<>());
    private final Set<ValueRange> replaced = new HashSet<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile String failure;
    private volatile boolean serverDone;
    private volatile Socket socket;

    private TranscriptReplay(Builder b) throws IOException {
        this.transcript = b.transcript;
        this.oneByteWrites = b.oneByteWrites;
        this.server = b.sslContext == null ? new ServerSocket(0, 1, InetAddress.getLoopbackAddress())
                : b.sslContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.serverStream = transcript.serverBytes();
        this.actionIds = findActionIds(serverStream);
        this.thread = new Thread(this::run, "transcript-replay-" + transcript.name());
        this.thread.setDaemon(true);
    }

    /** Starts configuring a replay of this transcript. */
    public static Builder builder(Transcript transcript) {
        return new Builder(transcript);
    }

    /** Starts a replay of this transcript with the recorded segmentation. */
    public static TranscriptReplay start(Transcript transcript) {
        return builder(transcript).start();
    }

    /** The loopback port the replay listens on. */
    public int port() {
        return server.getLocalPort();
    }

    /** The loopback address, as a host name for a client config. */
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    /** The recorded ActionIDs mapped so far to the ones the client chose. */
    public Map<String, String> actionIdMap() {
        synchronized (idMap) {
            return Map.copyOf(idMap);
        }
    }

    /** Every message the client sent, in order. */
    public List<AmiMessage> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Whether the replay has played every chunk. */
    public boolean isFinished() {
        return finished.getCount() == 0;
    }

    /**
     * Waits until every chunk was played and the client closed (when the recording ends with the
     * client closing, the client under test must close too).
     *
     * @throws AssertionError when the client did not do what the recording did, or time ran out
     */
    public void awaitFinished(Duration timeout) {
        try {
            if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(transcript.name() + ": replay not finished within " + timeout.toMillis()
                        + " ms" + (failure == null ? "" : ": " + failure));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
        if (failure != null) {
            throw new AssertionError(transcript.name() + ": " + failure);
        }
    }

    /** Waits until the replay has written every recorded server byte (the client may still be open). */
    public void awaitServerDone(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!serverDone && failure == null && System.nanoTime() < deadline) {
            sleep(2);
        }
        if (failure != null) {
            throw new AssertionError(transcript.name() + ": " + failure);
        }
        if (!serverDone) {
            throw new AssertionError(transcript.name() + ": server bytes not all sent within " + timeout.toMillis() + " ms");
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Socket s = socket;
            if (s != null) {
                s.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (Socket s = server.accept()) {
            socket = s;
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            ActionReader in = new ActionReader(s.getInputStream());
            int position = 0;
            List<Transcript.Chunk> chunks = transcript.chunks();
            for (int i = 0; i < chunks.size(); i++) {
                Transcript.Chunk chunk = chunks.get(i);
                switch (chunk.direction()) {
                    case SERVER -> {
                        write(out, rewrite(position, position + chunk.length()));
                        position += chunk.length();
                        if (!hasMoreServerBytes(i + 1)) {
                            serverDone = true;
                        }
                    }
                    case CLIENT -> {
                        if (!readClient(in, chunk)) {
                            return;
                        }
                    }
                    case SERVER_CLOSED -> {
                        serverDone = true;
                        s.shutdownOutput();
                        s.close();
                        finished.countDown();
                        return;
                    }
                    case CLIENT_CLOSED -> {
                        serverDone = true;
                        // The client under test closes too; whatever it sends on the way out (Logoff) is read and kept.
                        AmiMessage extra;
                        while ((extra = in.next()) != null) {
                            received.add(extra);
                        }
                        finished.countDown();
                        return;
                    }
                }
            }
            serverDone = true;
            finished.countDown();
        } catch (IOException e) {
            if (!server.isClosed()) {
                fail("I/O error: " + e);
            }
        } finally {
            finished.countDown();
        }
    }

    private boolean hasMoreServerBytes(int from) {
        for (int i = from; i < transcript.chunks().size(); i++) {
            if (transcript.chunks().get(i).direction() == Transcript.Direction.SERVER) {
                return true;
            }
        }
        return false;
    }

    private boolean readClient(ActionReader in, Transcript.Chunk chunk) throws IOException {
        List<AmiMessage> recorded = AmiWire.clientMessages(chunk.bytes());
        for (AmiMessage expected : recorded) {
            AmiMessage actual = in.next();
            if (actual == null) {
                fail("the client closed, but the recording (line " + chunk.line() + ") has it send "
                        + describe(expected));
                return false;
            }
            received.add(actual);
            String expectedAction = expected.get("Action");
            if (expectedAction != null && !expectedAction.equalsIgnoreCase(actual.get("Action"))) {
                fail("line " + chunk.line() + ": expected " + describe(expected) + ", the client sent "
                        + describe(actual));
                return false;
            }
            String recordedId = expected.get("ActionID");
            String actualId = actual.get("ActionID");
            if (recordedId != null && !recordedId.isEmpty() && actualId != null) {
                idMap.put(recordedId, actualId);
            }
        }
        return true;
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
        if (oneByteWrites) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
            }
        } else {
            out.write(bytes);
            out.flush();
        }
    }

    /** The recorded server bytes [from, to) with every mapped ActionID value replaced, as a whole, where it starts. */
    private byte[] rewrite(int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from + 32);
        int p = from;
        for (ValueRange r : actionIds) {
            if (r.end() <= from || r.start() >= to) {
                continue;
            }
            if (r.start() >= from) {
                String mapped = idMap.get(r.recorded());
                if (mapped != null) {
                    out.write(serverStream, p, r.start() - p);
                    out.writeBytes(mapped.getBytes(StandardCharsets.UTF_8));
                    p = Math.min(r.end(), to);
                    replaced.add(r);
                }
            } else if (replaced.contains(r)) {
                p = Math.max(p, Math.min(r.end(), to)); // the whole new value went out with the chunk it started in
            }
        }
        out.write(serverStream, p, to - p);
        return out.toByteArray();
    }

    private static List<ValueRange> findActionIds(byte[] stream) {
        List<ValueRange> ranges = new ArrayList<>();
        byte[] key = "actionid:".getBytes(StandardCharsets.US_ASCII);
        int lineStart = 0;
        while (lineStart < stream.length) {
            int lf = AmiWire.indexOf(stream, lineStart, (byte) '\n');
            int lineEnd = lf < 0 ? stream.length : lf;
            if (startsWithIgnoreCase(stream, lineStart, lineEnd, key)) {
                int start = lineStart + key.length;
                if (start < lineEnd && stream[start] == ' ') {
                    start++;
                }
                int end = lineEnd > start && stream[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                if (end > start) {
                    ranges.add(new ValueRange(start, end, new String(stream, start, end - start, StandardCharsets.UTF_8)));
                }
            }
            lineStart = lineEnd + 1;
        }
        return ranges;
    }

    private static boolean startsWithIgnoreCase(byte[] s, int from, int to, byte[] key) {
        if (to - from < key.length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (Character.toLowerCase(s[from + i]) != key[i]) {
                return false;
            }
        }
        return true;
    }

    private void fail(String message) {
        if (failure == null) {
            failure = message;
        }
        finished.countDown();
    }

    private static String describe(AmiMessage m) {
        String action = m.get("Action");
        return action == null ? "a message without Action" : "Action " + action;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Options for a replay. */
    public static final class Builder {
        private final Transcript transcript;
        private boolean oneByteWrites;
        private SSLContext sslContext;

        private Builder(Transcript transcript) {
            this.transcript = Objects.requireNonNull(transcript, "transcript");
        }

        /** Writes every server byte on its own, instead of one write per recorded chunk. */
        public Builder oneByteWrites() {
            this.oneByteWrites = true;
            return this;
        }

        /** Listens with TLS (for {@code tls_login_ping}). */
        public Builder tls(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Opens the port and waits for one client. */
        public TranscriptReplay start() {
            try {
                TranscriptReplay replay = new TranscriptReplay(this);
                replay.thread.start();
                return replay;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on loopback", e);
            }
        }
    }
}
