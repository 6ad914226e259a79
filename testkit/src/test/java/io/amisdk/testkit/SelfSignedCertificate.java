package io.amisdk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A self-signed certificate made for one test run with the JDK's own keytool; loopback TLS contexts from it. */
final class SelfSignedCertificate {
    private static final char[] PASSWORD = "changeit".toCharArray();

    final SSLContext serverContext;
    final SSLContext clientContext;

    private SSLContext context(KeyManagerFactory keys, TrustManagerFactory trust) throws Exception {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
        return ctx;
    }

    /** Makes a certificate whose subjectAltName is {@code san} (e.g. {@code dns:localhost,ip:127.0.0.1}). */
    SelfSignedCertificate(Path dir, String san) throws Exception {
        Path keystore = dir.resolve("ami-" + Math.abs(san.hashCode()) + ".p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(List.of(keytool.toString(), "-J-XX:TieredStopAtLevel=1", "-genkeypair", "-alias", "ami", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=amisdk test", "-ext", "SAN=" + san, "-validity", "2",
                "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
                "-keypass", "changeit")).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(keystore)) {
            throw new IOException("keytool failed to make a test certificate: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        Certificate cert = keys.getCertificate("ami");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("ami", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        this.serverContext = context(kmf, null);
        this.clientContext = context(null, tmf);
    }
}
