package io.amisdk.examples;

import io.amisdk.live.CallFailure;
import io.amisdk.live.CallHandle;
import io.amisdk.live.LiveChange;
import io.amisdk.live.LiveChannel;
import io.amisdk.live.LivePbx;
import io.amisdk.live.LiveQueue;
import io.amisdk.live.LiveSnapshot;
import io.amisdk.live.Originate;
import io.amisdk.live.QueueCaller;
import io.amisdk.live.QueueMember;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A call-centre wallboard with amisdk-live: each queue's members (device state, paused and why, calls taken) and
 * callers waiting, and the channels up — printed once the server's lists are in, with a line for every caller who
 * joins or leaves a queue; then one call followed into a queue until it ends.
 *
 * <p>Run it against an Asterisk whose context {@code test} has a queue at extension 400 (as the server the tests
 * use does): {@code java io.amisdk.examples.LiveWallboard 127.0.0.1 5038 admin 400} with the secret in the
 * environment variable {@code AMI_SECRET}.
 */
public final class LiveWallboard {
    private LiveWallboard() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : AmiClientConfig.DEFAULT_PORT;
        String username = args.length > 2 ? args[2] : "admin";
        String queueExten = args.length > 3 ? args[3] : "400";
        run(AmiClientConfig.builder().host(host).port(port).credentials(username, System.getenv("AMI_SECRET")).build(),
                queueExten, System.out);
    }

    /** Runs the wallboard, printing to {@code out}; returns once the followed call has ended or failed. */
    static void run(AmiClientConfig config, String queueExten, PrintStream out) throws Exception {
        try (AmiClient ami = AmiClient.connect(config); LivePbx pbx = LivePbx.start(ami)) {
            pbx.ready().get(30, TimeUnit.SECONDS); // the server's lists are in: calls up before we started included
            out.print(board(pbx.snapshot()));
            pbx.<QueueCaller>onChange(LiveChange.Kind.QUEUE_CALLER, change -> {
                QueueCaller caller = change.value();
                switch (change.type()) {
                    case ADDED -> out.println("waiting in " + caller.queue() + ": " + caller.channel()
                            + " at position " + caller.position());
                    case REMOVED -> out.println("left " + caller.queue() + ": " + caller.channel());
                    case CHANGED -> { } // moved up
                }
            });

            CallHandle call = pbx.originate(Originate.to("Local/" + queueExten + "@test").application("Wait", "3"),
                    phase -> out.println("followed call: " + phase));
            try {
                LiveChannel answered = call.answered().get(60, TimeUnit.SECONDS);
                out.println("answered: " + answered.name());
                LiveChannel ended = call.ended().get(60, TimeUnit.SECONDS);
                out.println("ended, cause " + ended.hangupCause());
            } catch (ExecutionException e) {
                CallFailure failure = (CallFailure) e.getCause();
                out.println("not answered: " + failure.reason() + " (" + failure.getMessage() + ")");
            }
        }
    }

    /** The queues with their members and callers, then the channels up. */
    static String board(LiveSnapshot state) {
        StringBuilder b = new StringBuilder();
        state.queues().values().stream().sorted(Comparator.comparing(LiveQueue::name)).forEach(q -> {
            b.append(String.format("queue %s (%s): %d waiting, %d completed, %d abandoned%n", q.name(), q.strategy(),
                    q.calls(), q.completed(), q.abandoned()));
            q.members().values().stream().sorted(Comparator.comparing(QueueMember::iface)).forEach(m -> b.append(
                    String.format("  member %-20s %-11s %s, %d calls taken%n", m.iface(), m.status(),
                            m.paused() ? "paused (" + m.pausedReason() + ")" : "ready", m.callsTaken())));
            q.callers().forEach(c -> b.append(String.format("  caller %d: %s (%s)%n", c.position(), c.channel(),
                    c.callerIdNum())));
        });
        state.channels().values().stream().sorted(Comparator.comparing(LiveChannel::name)).forEach(c -> b.append(
                String.format("channel %-32s %-8s %s%n", c.name(), c.state(), c.bridgeId() == null ? "" : "bridged")));
        return b.toString();
    }
}
