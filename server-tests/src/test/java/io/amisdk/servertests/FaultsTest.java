package io.amisdk.servertests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiConnectException;
import io.amisdk.runtime.AmiConnectionLostException;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.runtime.ReconnectPolicy;
import io.amisdk.sdk.action.CommandAction;
import io.amisdk.sdk.action.DBGetAction;
import io.amisdk.sdk.action.DBPutAction;
import io.amisdk.sdk.action.DialplanExtensionAddAction;
import io.amisdk.sdk.action.OriginateAction;
import io.amisdk.sdk.action.PingAction;
import io.amisdk.sdk.event.FullyBootedEvent;
import io.amisdk.sdk.event.HangupEvent;
import io.amisdk.sdk.event.NewchannelEvent;
import io.amisdk.sdk.response.PingResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

/**
 * The runtime under real faults: Asterisk restarted under a connected client with actions in flight,
 * frozen (SIGSTOP) past the keepalive timeout, a user without permissions, wrong secrets, and TLS with
 * hostname verification. Every test leaves the server running.
 */
@RealServerTest
@Order(4)
@DisplayName("real faults")
class FaultsTest {

    @Test
    @DisplayName("a wrong secret is refused, plain and MD5, with Asterisk's message")
    void wrongSecret() {
        for (AuthType auth : new AuthType[] {AuthType.PLAIN, AuthType.MD5}) {
            assertThatThrownBy(() -> AsteriskServer.connect(AsteriskServer.admin().secret("not-" + AsteriskServer.ADMIN_SECRET)
                    .authType(auth).build()))
                    .as(auth.name())
                    .isInstanceOf(AmiAuthenticationException.class)
                    .satisfies(e -> assertThat(((AmiAuthenticationException) e).serverMessage()).isEqualTo("Authentication failed"));
        }
    }

    @Test
    @DisplayName("the limited user: actions outside its class are refused, events outside its read class never arrive")
    void limitedUser() throws Exception {
        List<AmiEvent> limitedSaw = new CopyOnWriteArrayList<>();
        try (AmiClient admin = AsteriskServer.connect(AsteriskServer.admin().build());
                AmiClient limited = AsteriskServer.connect(AsteriskServer.admin()
                        .credentials(AsteriskServer.LIMITED, AsteriskServer.LIMITED_SECRET).build())) {
            limited.onAnyEvent(limitedSaw::add);

            // given a user with read and write "system" only
            AmiResponse originate = refusal(limited.send(OriginateAction.builder().channel("Local/100@test")
                    .application("Wait").data("1").async(true).build()));
            AmiResponse command = refusal(limited.send(CommandAction.builder().command("core show version").build()));
            AmiResponse put = limited.send(DBPutAction.builder().family("amisdk-limited").key("k").val("v").build())
                    .get(10, TimeUnit.SECONDS);

            // then
            // refusal() already required an error answer: what counts is the reason Asterisk gave
            assertThat(originate.message()).isEqualTo("Permission denied");
            assertThat(command.message()).isEqualTo("Permission denied");
            assertThat(put.message()).as("DBPut is a system action: " + put).isEqualTo("Updated database successfully");

            // when admin makes a call (call events) the limited user must not hear of it
            CompletableFuture<HangupEvent> hungUp = new CompletableFuture<>();
            admin.onEvent(HangupEvent.class, e -> {
                if (e.channel() != null && e.channel().startsWith("Local/100@test")) {
                    hungUp.complete(e);
                }
            });
            admin.send(OriginateAction.builder().channel("Local/100@test").application("Wait").data("1")
                    .async(true).build()).get(10, TimeUnit.SECONDS).orThrow();
            hungUp.get(30, TimeUnit.SECONDS);
            AsteriskServer.sleep(Duration.ofMillis(500));
            assertThat(limitedSaw).as("events the limited user received")
                    .noneMatch(e -> e instanceof NewchannelEvent || e instanceof HangupEvent)
                    .allSatisfy(e -> assertThat(e.privilege()).as(e.headers().toString()).containsIgnoringCase("system"));
        }
    }

    @Test
    @DisplayName("TLS on 5039 with hostname verification: the certificate's name is accepted, another name refused")
    void tlsHostnameVerification(AsteriskServer server) throws Exception {
        SSLContext tls = trusting(server);
        try (AmiClient ami = AsteriskServer.connect(AsteriskServer.admin().host("localhost").port(AsteriskServer.TLS_PORT)
                .tls(io.amisdk.runtime.AmiTls.of(tls)).build())) {
            assertThat(ami.send(PingAction.builder().build()).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
        }
        // amisdk-wrong-name.test resolves to 127.0.0.1 (the suite's hosts file) but is not in the certificate
        assertThatThrownBy(() -> AsteriskServer.connect(AsteriskServer.admin().host("amisdk-wrong-name.test")
                .port(AsteriskServer.TLS_PORT).tls(io.amisdk.runtime.AmiTls.of(tls)).build()))
                .isInstanceOf(AmiConnectException.class)
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof SSLHandshakeException));
    }

    @Test
    @DisplayName("a restart with actions in flight: none is left hanging, the client logs in again with its listeners and event mask")
    void restartWithActionsInFlight(AsteriskServer server) throws Exception {
        List<AmiEvent> afterReconnect = new CopyOnWriteArrayList<>();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        try (AmiClient ami = AsteriskServer.connect(AsteriskServer.admin().build())) {
            ami.setEventMask("system,call").get(10, TimeUnit.SECONDS).orThrow();
            ami.onStateChange(states::add);
            ami.onEvent(NewchannelEvent.class, afterReconnect::add);
            ami.onEvent(FullyBootedEvent.class, afterReconnect::add);
            ami.onEvent("Newexten", afterReconnect::add); // dialplan class: outside the mask

            // given a synchronous Originate into an extension that never answers, and Pings queued behind it
            // (Asterisk runs one session's actions in order): all in flight when stop.sh sends TERM
            List<CompletableFuture<? extends AmiResponse>> inFlight = ringingOriginateAndPings(ami);
            long stopped = System.nanoTime();
            try {
                server.stopServer();
            } finally {
                server.ensureRunning();
            }
            // then a graceful stop answers them itself ("Asterisk is shutting down", "Originate failed"), or the
            // connection's end fails them: none is left hanging
            for (CompletableFuture<? extends AmiResponse> f : inFlight) {
                try {
                    AmiResponse answer = f.get(10, TimeUnit.SECONDS);
                    throw new AssertionError("a success during shutdown: " + answer);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof AmiActionFailedException refused) {
                        assertThat(refused.response().message()).isIn("Asterisk is shutting down", "Originate failed");
                    } else {
                        assertThat(e).hasCauseInstanceOf(AmiConnectionLostException.class);
                    }
                }
            }
            System.out.printf("[faults] graceful restart: %d actions in flight all settled %.1f s after stop.sh began%n",
                    inFlight.size(), (System.nanoTime() - stopped) / 1e9);
            await(() -> ami.state() == ConnectionState.LOGGED_IN && ami.reconnectCount() >= 1, Duration.ofSeconds(30),
                    "the client logs in again after the restart");

            // given actions the server cannot answer (frozen), when it crashes (SIGKILL) and comes back
            List<CompletableFuture<? extends AmiResponse>> unanswered = new ArrayList<>();
            try {
                server.freeze();
                for (int i = 0; i < 10; i++) {
                    unanswered.add(ami.send(PingAction.builder().build()));
                }
                AsteriskServer.sleep(Duration.ofMillis(300));
                assertThat(unanswered).noneMatch(CompletableFuture::isDone);
                long crashed = System.nanoTime();
                server.crash();
                // then they fail fast, with the cause, long before their 20 s action timeout
                for (CompletableFuture<? extends AmiResponse> f : unanswered) {
                    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                            .hasCauseInstanceOf(AmiConnectionLostException.class);
                }
                System.out.printf("[faults] crash: %d actions in flight failed %.2f s after SIGKILL%n", unanswered.size(),
                        (System.nanoTime() - crashed) / 1e9);
                afterReconnect.clear();
            } finally {
                server.ensureRunning();
            }
            await(() -> ami.state() == ConnectionState.LOGGED_IN && ami.reconnectCount() >= 2, Duration.ofSeconds(30),
                    "the client logs in again after the crash");
            assertThat(states).contains(ConnectionState.DISCONNECTED, ConnectionState.RECONNECTING, ConnectionState.LOGGED_IN);
            assertThat(ami.eventMask().wireValue()).isEqualTo("system,call");
            assertThat(ami.send(PingAction.builder().build()).get(10, TimeUnit.SECONDS).get("Ping")).isEqualTo("Pong");
            ami.send(OriginateAction.builder().channel("Local/100@test").application("Wait").data("1").async(true).build())
                    .get(10, TimeUnit.SECONDS).orThrow();
            await(() -> afterReconnect.stream().anyMatch(e -> e instanceof NewchannelEvent), Duration.ofSeconds(20),
                    "a Newchannel reaches the listener registered before the restarts");
            AsteriskServer.sleep(Duration.ofSeconds(2));
            assertThat(afterReconnect).as("FullyBooted (system) after the new login").anyMatch(e -> e instanceof FullyBootedEvent);
            assertThat(afterReconnect).as("no dialplan-class event: the mask system,call came back")
                    .noneMatch(e -> "Newexten".equalsIgnoreCase(e.headers().get("Event")));
        }
    }

    private static List<CompletableFuture<? extends AmiResponse>> ringingOriginateAndPings(AmiClient ami) throws Exception {
        ami.send(DialplanExtensionAddAction.builder().context("amisdk-faults").extension("ring").priority("1")
                .application("Wait").applicationData("60").build()).get(10, TimeUnit.SECONDS).orThrow();
        List<CompletableFuture<? extends AmiResponse>> inFlight = new ArrayList<>();
        inFlight.add(ami.send(OriginateAction.builder().channel("Local/ring@amisdk-faults").application("Wait")
                .data("1").timeout(java.time.Duration.ofSeconds(60)).build()));
        for (int i = 0; i < 5; i++) {
            inFlight.add(ami.send(PingAction.builder().build()));
        }
        AsteriskServer.sleep(Duration.ofMillis(500));
        assertThat(inFlight).noneMatch(CompletableFuture::isDone);
        return inFlight;
    }

    @Test
    @DisplayName("frozen (SIGSTOP) past the keepalive timeout: the connection is declared lost; after SIGCONT it recovers")
    void frozenServer(AsteriskServer server) throws Exception {
        try (AmiClient ami = AsteriskServer.connect(AsteriskServer.admin()
                .timeouts(t -> t.keepaliveInterval(Duration.ofSeconds(1)).keepaliveTimeout(Duration.ofSeconds(2))
                .connectTimeout(Duration.ofSeconds(2)))
                .reconnectPolicy(ReconnectPolicy.builder().initialDelay(Duration.ofMillis(200)).maxDelay(Duration.ofSeconds(1)).build())
                .build())) {
            long frozen = System.nanoTime();
            try {
                server.freeze();
                await(() -> ami.state() != ConnectionState.LOGGED_IN, Duration.ofSeconds(15),
                        "the keepalive declares the connection lost");
                System.out.printf("[faults] frozen server: connection declared lost after %.1f s%n",
                        (System.nanoTime() - frozen) / 1e9);
                CompletableFuture<PingResponse> whileFrozen = ami.send(PingAction.builder().build());
                assertThatThrownBy(() -> whileFrozen.get(25, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            } finally {
                server.ensureRunning();
            }
            long thawed = System.nanoTime();
            await(() -> ami.state() == ConnectionState.LOGGED_IN, Duration.ofSeconds(30), "logged in again after SIGCONT");
            System.out.printf("[faults] after SIGCONT: logged in again after %.1f s%n", (System.nanoTime() - thawed) / 1e9);
            assertThat(ami.reconnectCount()).isGreaterThanOrEqualTo(1);
            assertThat(refusal(ami.send(DBGetAction.builder().family("amisdk-none").key("k").build())).message())
                    .isEqualTo("Database entry not found");
        }
    }

    /** The error answer a future failed with. */
    static AmiResponse refusal(CompletableFuture<? extends AmiResponse> future) {
        try {
            AmiResponse answer = future.get(10, TimeUnit.SECONDS);
            throw new AssertionError("expected an error, was answered " + answer);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(AmiActionFailedException.class);
            return ((AmiActionFailedException) e.getCause()).response();
        } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer", e);
        }
    }

    private static SSLContext trusting(AsteriskServer server) throws Exception {
        Certificate cert;
        try (InputStream in = Files.newInputStream(server.certificate())) {
            cert = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("asterisk", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable c = e; c != null && !out.contains(c); c = c.getCause()) {
            out.add(c);
        }
        return out;
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            AsteriskServer.sleep(Duration.ofMillis(50));
        }
    }
}
