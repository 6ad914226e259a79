package io.amisdk.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.asteriskjava.util.SocketConnectionFacade;
import org.asteriskjava.util.internal.SocketConnectionFacadeImpl;
import org.asteriskjava.util.internal.streamreader.FastScanner;
import org.asteriskjava.util.internal.streamreader.FastScannerFactory;

/**
 * A socket for asterisk-java's reader that serves fixed bytes. It splits lines exactly as
 * {@link SocketConnectionFacadeImpl} does for a ManagerConnection: a UTF-8 {@link InputStreamReader}
 * under asterisk-java's {@link FastScanner} with its CRLF pattern.
 */
final class InMemoryManagerSocket implements SocketConnectionFacade {
    private final FastScanner scanner;

    InMemoryManagerSocket(byte[] bytes) {
        this.scanner = FastScannerFactory.getReader(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
                SocketConnectionFacadeImpl.CRNL_PATTERN);
    }

    @Override
    public String readLine() throws IOException {
        try {
            return scanner.next();
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            // As SocketConnectionFacadeImpl reports the end of the stream.
            throw new IOException("No more lines available: " + e.getMessage());
        }
    }

    @Override
    public void write(String s) {
        throw new UnsupportedOperationException("the decoding benchmark only reads");
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() throws IOException {
        scanner.close();
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public InetAddress getLocalAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getLocalPort() {
        return 0;
    }

    @Override
    public InetAddress getRemoteAddress() {
        return InetAddress.getLoopbackAddress();
    }

    @Override
    public int getRemotePort() {
        return 5038;
    }
}
