package org.asteriskjava.manager.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.ProtocolIdentifierReceivedEvent;
import org.asteriskjava.manager.response.ManagerResponse;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * asterisk-java's own {@link ManagerReaderImpl} — line splitting, header maps, reflective event
 * construction and its event pump — run over a given socket to the end of its stream, counting
 * what it dispatches. It lives in asterisk-java's package because {@link Dispatcher} is package-private.
 */
public final class CountingManagerReader {
    /** What one pass over a stream produced. */
    public record Pass(int events, int responses) {
    }

    private final CountingDispatcher dispatcher = new CountingDispatcher();
    private final ManagerReaderImpl reader;

    /** Builds the reader once: asterisk-java registers every event class it knows, by reflection. */
    public CountingManagerReader() {
        this.reader = new ManagerReaderImpl(dispatcher, this);
    }

    /** Reads the socket to its end and waits until the event pump has dispatched everything. */
    public Pass readAll(SocketConnectionFacade socket) throws InterruptedException {
        CountDownLatch disconnected = dispatcher.reset();
        reader.setSocket(socket);
        reader.run();
        // The reader hands events to its AsyncEventPump thread; the pump dispatches DisconnectEvent last.
        if (!disconnected.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("asterisk-java's event pump did not deliver DisconnectEvent within 30 s");
        }
        return new Pass(dispatcher.events, dispatcher.responses);
    }

    private static final class CountingDispatcher implements Dispatcher {
        // Written by the pump thread only; read after the latch, which orders the accesses.
        private int events;
        private int responses;
        private volatile CountDownLatch disconnected = new CountDownLatch(1);

        CountDownLatch reset() {
            events = 0;
            responses = 0;
            disconnected = new CountDownLatch(1);
            return disconnected;
        }

        @Override
        public void dispatchResponse(ManagerResponse response, Integer requiredHandlingTime) {
            responses++;
        }

        @Override
        public void dispatchEvent(ManagerEvent event, Integer requiredHandlingTime) {
            if (event instanceof DisconnectEvent) {
                disconnected.countDown();
            } else if (!(event instanceof ProtocolIdentifierReceivedEvent)) {
                events++; // the synthetic greeting and disconnect events are not in the stream
            }
        }

        @Override
        public void stop() {
        }
    }
}
