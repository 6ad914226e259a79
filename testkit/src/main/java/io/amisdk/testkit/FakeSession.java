package io.amisdk.testkit;

import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** One client connection to a {@link FakeAsterisk}: write replies, events or raw bytes, drop it, or stall it. */
public final class FakeSession {
    private final Socket socket;
    private final OutputStream out;
    private final int index;
    private volatile boolean loggedIn;
    private volatile CountDownLatch stall;

    FakeSession(Socket socket, int index) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.index = index;
    }

    /** The index of this session on its server: 0 for the first client connection. */
    public int index() {
        return index;
    }

    /** Whether a Login succeeded on this session. */
    public boolean isLoggedIn() {
        return loggedIn;
    }

    void loggedIn() {
        loggedIn = true;
    }

    /** Whether the socket is still open on the server side. */
    public boolean isOpen() {
        return !socket.isClosed();
    }

    /**
     * Replies to the action: the first pair is the {@code Response} header, the action's ActionID (if
     * any) comes next, then the other pairs: {@code reply(a, "Response", "Success", "Ping", "Pong")}.
     */
    public FakeSession reply(ReceivedAction action, String... headerPairs) {
        return raw(formatReply(action, headerPairs));
    }

    /** Formats a reply as {@link #reply} writes it. */
    public static String formatReply(ReceivedAction action, String... headerPairs) {
        checkPairs(headerPairs);
        StringBuilder sb = new StringBuilder(64);
        line(sb, headerPairs[0], headerPairs[1]);
        if (action.actionId() != null) {
            line(sb, "ActionID", action.actionId());
        }
        for (int i = 2; i < headerPairs.length; i += 2) {
            line(sb, headerPairs[i], headerPairs[i + 1]);
        }
        return sb.append("\r\n").toString();
    }

    /**
     * Replies with a typed response (a generated {@code GetvarResponse}, or any {@link AmiResponse}): its headers
     * as they are, the action's ActionID in place of any it carries.
     */
    public FakeSession reply(ReceivedAction action, AmiResponse response) {
        return raw(format(response.headers(), action.actionId()));
    }

    /** Sends a typed event (a generated {@code HangupEvent}, or any {@link AmiEvent}) with its headers as they are. */
    public FakeSession event(AmiEvent event) {
        return raw(format(event.headers(), null));
    }

    /** Sends a typed event that belongs to the action: its headers, the action's ActionID in place of any it carries. */
    public FakeSession event(ReceivedAction action, AmiEvent event) {
        return raw(format(event.headers(), action.actionId()));
    }

    /**
     * Answers a list action as Asterisk does: {@code Response: Success} with {@code EventList: start}, each item
     * with the action's ActionID, then the completion event ({@code EventList: Complete}, {@code ListItems: n}).
     */
    public FakeSession list(ReceivedAction action, String completionEvent, List<? extends AmiEvent> items) {
        StringBuilder sb = new StringBuilder(256);
        line(sb, "Response", "Success");
        if (action.actionId() != null) {
            line(sb, "ActionID", action.actionId());
        }
        line(sb, "EventList", "start");
        line(sb, "Message", "Result will follow");
        sb.append("\r\n");
        for (AmiEvent item : items) {
            sb.append(format(item.headers(), action.actionId()));
        }
        line(sb, "Event", completionEvent);
        if (action.actionId() != null) {
            line(sb, "ActionID", action.actionId());
        }
        line(sb, "EventList", "Complete");
        line(sb, "ListItems", Integer.toString(items.size()));
        return raw(sb.append("\r\n").toString());
    }

    /** The headers as AMI bytes; with {@code actionId} non-null, that ActionID (after the first line) in place of any. */
    static String format(AmiMessage headers, String actionId) {
        StringBuilder sb = new StringBuilder(64);
        boolean first = true;
        for (Map.Entry<String, String> h : headers.headers()) {
            if (actionId != null && h.getKey().equalsIgnoreCase("ActionID")) {
                continue;
            }
            line(sb, h.getKey(), h.getValue());
            if (first && actionId != null) {
                line(sb, "ActionID", actionId);
            }
            first = false;
        }
        return sb.append("\r\n").toString();
    }

    /** Replies {@code Response: Success} with the given message (or none when null). */
    public FakeSession success(ReceivedAction action, String message) {
        return message == null ? reply(action, "Response", "Success")
                : reply(action, "Response", "Success", "Message", message);
    }

    /** Replies {@code Response: Error} with the given message. */
    public FakeSession error(ReceivedAction action, String message) {
        return reply(action, "Response", "Error", "Message", message);
    }

    /** Sends an event: {@code event("Hangup", "Channel", "PJSIP/1-0001", "Cause", "16")}. */
    public FakeSession event(String name, String... headerPairs) {
        return raw(formatEvent(name, headerPairs));
    }

    /** Writes these bytes as they are, in one write. */
    public FakeSession raw(byte[] bytes) {
        try {
            synchronized (this) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away; the test sees that through the client
        }
        return this;
    }

    /** Writes this text as UTF-8, in one write. */
    public FakeSession raw(String text) {
        return raw(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Closes the connection at once, as a crashing or restarting Asterisk would. */
    public void drop() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        CountDownLatch s = stall;
        if (s != null) {
            s.countDown();
        }
    }

    /** Stops reading and answering (the socket stays open) until {@link #resume()}. */
    public void stall() {
        if (stall == null) {
            stall = new CountDownLatch(1);
        }
    }

    /** Reads and answers again after {@link #stall()}. */
    public void resume() {
        CountDownLatch s = stall;
        stall = null;
        if (s != null) {
            s.countDown();
        }
    }

    void awaitUnstalled() throws InterruptedException {
        CountDownLatch s = stall;
        if (s != null) {
            s.await();
        }
    }

    /** Formats one event as AMI bytes (CRLF, blank line at the end). */
    public static String formatEvent(String name, String... headerPairs) {
        if (headerPairs.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs");
        }
        StringBuilder sb = new StringBuilder(64);
        line(sb, "Event", name);
        for (int i = 0; i < headerPairs.length; i += 2) {
            line(sb, headerPairs[i], headerPairs[i + 1]);
        }
        return sb.append("\r\n").toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(name).append(": ").append(value).append("\r\n");
    }

    private static void checkPairs(String[] pairs) {
        if (pairs.length < 2 || pairs.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name/value pairs, the Response header first");
        }
    }

    @Override
    public String toString() {
        return "FakeSession{" + index + (isOpen() ? ", open" : ", closed") + '}';
    }
}
