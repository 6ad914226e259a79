package io.amisdk.runtime;

import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * TLS for the connection (Asterisk's {@code tlsenable}, usually port 5039), set with
 * {@link AmiClientConfig.Builder#tls(AmiTls)} and read back with {@link AmiClientConfig#tls()}:
 * {@code AmiTls.of(sslContext)}, or {@code AmiTls.of(sslContext).withHostnameVerification(false)}.
 */
public final class AmiTls {
    private final SSLContext sslContext;
    private final boolean hostnameVerification;

    private AmiTls(SSLContext sslContext, boolean hostnameVerification) {
        this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
        this.hostnameVerification = hostnameVerification;
    }

    /** TLS with this context, checking that the server's certificate names the host. */
    public static AmiTls of(SSLContext sslContext) {
        return new AmiTls(sslContext, true);
    }

    /** The same TLS, checking the certificate's host name or not (on by default). */
    public AmiTls withHostnameVerification(boolean verify) {
        return new AmiTls(sslContext, verify);
    }

    /** The context that makes the TLS socket. */
    public SSLContext sslContext() {
        return sslContext;
    }

    /** Whether the server's certificate must name the host connected to. */
    public boolean hostnameVerification() {
        return hostnameVerification;
    }

    @Override
    public String toString() {
        return "AmiTls{" + sslContext.getProtocol() + (hostnameVerification ? "" : ", no hostname verification") + '}';
    }
}
