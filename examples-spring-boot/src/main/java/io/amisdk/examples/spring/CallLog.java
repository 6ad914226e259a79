package io.amisdk.examples.spring;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.sdk.event.FullyBootedEvent;
import io.amisdk.sdk.event.HangupEvent;
import io.amisdk.sdk.event.NewchannelEvent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs channels as Asterisk creates and hangs them up: the SDK's typed events, through {@code @EventListener}. */
@Component
public class CallLog {
    private static final Logger LOG = System.getLogger(CallLog.class.getName());

    private final AmiClient ami;
    private final AtomicLong channels = new AtomicLong();

    public CallLog(AmiClient ami) {
        this.ami = ami;
    }

    @EventListener
    public void on(FullyBootedEvent event) {
        LOG.log(Level.INFO, "Asterisk is fully booted (" + ami.greeting() + ")");
    }

    @EventListener
    public void on(NewchannelEvent event) {
        channels.incrementAndGet();
        LOG.log(Level.INFO, "new channel " + event.channel() + " (" + event.callerIdNum() + " -> " + event.exten() + ")");
    }

    @EventListener
    public void on(HangupEvent event) {
        LOG.log(Level.INFO, "hung up " + event.channel() + ": " + event.causeTxt());
    }

    /** Channels seen since the start. */
    public long channels() {
        return channels.get();
    }

    /** Whether the client is logged in now. */
    public boolean loggedIn() {
        return ami.state() == ConnectionState.LOGGED_IN;
    }
}
