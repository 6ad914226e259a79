package io.amisdk.runtime;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/** What happens before a connection is usable: the socket (and TLS), then the login. */
final class Handshake {
    private Handshake() {
    }

    /** Connects (TCP, then TLS with hostname verification unless turned off) within the connect timeout. */
    static Socket openSocket(AmiClientConfig config) throws IOException {
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.setKeepAlive(true);
            plain.connect(new InetSocketAddress(config.host(), config.port()), (int) config.timeouts().connectTimeout().toMillis());
            AmiTls options = config.tls();
            if (options == null) {
                return plain;
            }
            SSLSocket tls = (SSLSocket) options.sslContext().getSocketFactory()
                    .createSocket(plain, config.host(), config.port(), true);
            if (options.hostnameVerification()) {
                SSLParameters params = tls.getSSLParameters();
                params.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(params);
            }
            tls.setSoTimeout((int) config.timeouts().connectTimeout().toMillis());
            tls.startHandshake();
            tls.setSoTimeout(0);
            return tls;
        } catch (IOException | RuntimeException e) {
            closeQuietly(plain);
            throw e;
        }
    }

    /** Logs in as configured (plain or MD5 challenge), asking for this event mask; throws on refusal. */
    static void login(AmiConnection connection, AmiClientConfig config, EventMask eventMask) {
        AuthType auth = config.authType();
        if (auth == AuthType.NONE) {
            return;
        }
        GenericAction login = GenericAction.of("Login").header("Username", config.username());
        if (auth == AuthType.MD5) {
            AmiResponse challenge = awaitResponse(connection, config,
                    GenericAction.of("Challenge").header("AuthType", AuthType.MD5.wireValue()), "the Challenge response");
            if (challenge.isError()) {
                throw new AmiAuthenticationException(challenge.message());
            }
            String value = challenge.get("Challenge");
            if (value == null) {
                throw new AmiProtocolException("the Challenge response has no Challenge header");
            }
            login = login.header("AuthType", AuthType.MD5.wireValue()).header("Key", ChallengeLogin.key(value, config.secret()));
        } else {
            login = login.header("Secret", config.secret());
        }
        login = login.header("Events", eventMask.wireValue());
        AmiResponse response = awaitResponse(connection, config, login, "the Login response");
        if (response.isError()) {
            throw new AmiAuthenticationException(response.message());
        }
    }

    private static AmiResponse awaitResponse(AmiConnection connection, AmiClientConfig config, AmiAction<?> action,
            String what) {
        // The login is part of connecting: bounded by the connect timeout, so a short action timeout never
        // cuts a login short on a loaded machine.
        Duration timeout = config.timeouts().connectTimeout();
        return await(connection.send(action, PendingAction.Kind.RESPONSE, null, timeout, PendingAction.AS_RESPONSE),
                timeout.plusSeconds(1), what);
    }

    /** Waits for the future, turning every failure into the AmiException it stands for. */
    static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new AmiTimeoutException("timed out after " + timeout.toMillis() + " ms waiting for " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AmiException ae) {
                throw ae;
            }
            throw new AmiException("waiting for " + what + ": " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AmiConnectException("interrupted while waiting for " + what);
        }
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }
}
