package io.amisdk.examples;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiListResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.sdk.action.CoreShowChannelsAction;
import io.amisdk.sdk.action.OriginateAction;
import io.amisdk.sdk.event.CoreShowChannelEvent;
import io.amisdk.sdk.event.HangupEvent;
import io.amisdk.sdk.event.NewchannelEvent;
import io.amisdk.sdk.event.OriginateResponseEvent;
import io.amisdk.sdk.type.ChannelState;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The README's example: log in with MD5, originate a call to a Local channel without waiting for it,
 * print the typed Newchannel and Hangup events it causes, and list the channels that are up.
 *
 * <p>Run it against an Asterisk whose dialplan has extensions 100 and 200 in context {@code test}
 * (see {@code ami-transcripts/README.md}): {@code java io.amisdk.examples.QuickStart 127.0.0.1 5038 admin}
 * with the secret in the environment variable {@code AMI_SECRET}.
 */
public final class QuickStart {
    private QuickStart() {
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : AmiClientConfig.DEFAULT_PORT;
        String username = args.length > 2 ? args[2] : "admin";
        run(host, port, username, System.getenv("AMI_SECRET"), System.out);
    }

    /** Runs the example, printing to {@code out}. */
    static void run(String host, int port, String username, String secret, PrintStream out) throws Exception {
        AmiClientConfig config = AmiClientConfig.builder()
                .host(host).port(port)
                .credentials(username, secret)
                .authType(AuthType.MD5) // Challenge, then Login with Key = md5(challenge + secret)
                .build();
        CompletableFuture<HangupEvent> hungUp = new CompletableFuture<>();
        try (AmiClient ami = AmiClient.create(config)) {
            ami.onEvent(NewchannelEvent.class, e -> out.println("new channel " + e.channel()
                    + " (" + e.channelStateDesc().map(ChannelState::wireValue).orElse("?")
                    + ", caller " + e.callerIdNum() + ")"));
            ami.onEvent(HangupEvent.class, e -> {
                out.println("hangup " + e.channel() + ": cause " + e.cause().orElse(-1) + " (" + e.causeTxt() + ")");
                hungUp.complete(e);
            });
            ami.start();

            OriginateAction originate = OriginateAction.builder()
                    .channel("Local/100@test")
                    .context("test").exten("200").priority(1)
                    .timeout(Duration.ofSeconds(30))
                    .callerId("amisdk <100>")
                    .variable("SOURCE", "quickstart")
                    .async(true)
                    .build();
            OriginateResponseEvent originated = ami.callAndAwaitEvent(originate, OriginateResponseEvent.class,
                    Duration.ofSeconds(30)); // a failed call throws AmiOutcomeFailedException
            out.println("originate: " + originated.response().map(OriginateResponseEvent.Response::wireValue).orElse("?")
                    + " on " + originated.channel());

            AmiListResponse<CoreShowChannelEvent> channels =
                    ami.callList(CoreShowChannelsAction.builder().build());
            for (CoreShowChannelEvent channel : channels.items()) {
                out.println("up: " + channel.channel() + " in " + channel.application() + " for "
                        + channel.duration().map(Duration::toSeconds).orElse(0L) + " s");
            }

            hungUp.get(30, TimeUnit.SECONDS);
        }
    }
}
