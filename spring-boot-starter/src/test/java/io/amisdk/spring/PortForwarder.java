package io.amisdk.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback port that is closed until {@link #open} and then relays every connection to a target port: an Asterisk
 * that is down when the application starts and comes up later, at the address the application was given.
 */
final class PortForwarder implements AutoCloseable {
    private final int port;
    private final List<java.io.Closeable> open = new CopyOnWriteArrayList<>();

    private PortForwarder(int port) {
        this.port = port;
    }

    /** A port nothing listens on (yet). */
    static PortForwarder reserve() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new PortForwarder(probe.getLocalPort());
        }
    }

    int port() {
        return port;
    }

    /** Starts listening on the port, relaying to {@code targetPort}. */
    void open(int targetPort) throws IOException {
        ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket in = server.accept();
                    Socket out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    open.add(in);
                    open.add(out);
                    daemon(() -> pipe(in, out));
                    daemon(() -> pipe(out, in));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    private static void pipe(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                from.close();
                to.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "test-forwarder");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        for (java.io.Closeable c : open) {
            c.close();
        }
    }
}
