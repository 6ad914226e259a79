package io.amisdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.ConnectionState;
import io.amisdk.testkit.FakeAsterisk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** amisdk.tls.*: a trust store holding the server's certificate lets the client in; the JDK's own does not. */
class AmiTlsTest {
    @TempDir
    static Path dir;

    private static SSLContext server;
    private FakeAsterisk ami;

    /** A self-signed certificate for localhost (keytool), and a trust store holding it. */
    @BeforeAll
    static void makeCertificate() throws Exception {
        keytool("-genkeypair", "-alias", "ami", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-keystore", dir.resolve("server.p12").toString(),
                "-storetype", "PKCS12", "-storepass", "serverpass", "-keypass", "serverpass");
        keytool("-exportcert", "-alias", "ami", "-keystore", dir.resolve("server.p12").toString(), "-storepass", "serverpass",
                "-file", dir.resolve("server.cer").toString());
        keytool("-importcert", "-noprompt", "-alias", "ami", "-file", dir.resolve("server.cer").toString(),
                "-keystore", dir.resolve("trust.p12").toString(), "-storetype", "PKCS12", "-storepass", "trustpass");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
            keys.load(in, "serverpass".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "serverpass".toCharArray());
        server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
    }

    @BeforeEach
    void startTlsFake() {
        ami = FakeAsterisk.builder().credentials("admin", "s3cret-value").tls(server).start();
    }

    @AfterEach
    void stopFake() {
        if (ami != null) {
            ami.close();
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AmiAutoConfiguration.class, AmiHealthAutoConfiguration.class))
                .withPropertyValues("amisdk.host=localhost", "amisdk.port=" + ami.port(), "amisdk.username=admin",
                        "amisdk.secret=s3cret-value", "amisdk.tls.enabled=true", "amisdk.reconnect.enabled=false");
    }

    @Test
    void aTrustStoreWithTheServersCertificateLogsIn() {
        runner().withPropertyValues("amisdk.tls.trust-store=file:" + dir.resolve("trust.p12"),
                "amisdk.tls.trust-store-password=trustpass").run(context -> {
                    AmiClient client = context.getBean(AmiClient.class);
                    Waits.until("logged in over TLS", () -> client.state() == ConnectionState.LOGGED_IN, client::state);
                    // the fake's own answer came back through the TLS session
                    assertThat(client.send(io.amisdk.runtime.GenericAction.of("Ping")).get(20, TimeUnit.SECONDS).get("Ping"))
                            .isEqualTo("Pong");
                    assertThat(context.getBean(AmiProperties.class).toString()).doesNotContain("trustpass")
                            .doesNotContain("s3cret-value");
                });
    }

    @Test
    void theJdksTrustStoreRefusesASelfSignedServer() {
        runner().run(context -> {
            assertThat(context).hasNotFailed();
            AmiClient client = context.getBean(AmiClient.class);
            Waits.until("the refused handshake closes the client", () -> client.state() == ConnectionState.CLOSED, client::state);
            assertThat(context.getBean(AmiHealthIndicator.class).health().getDetails().get("reason").toString())
                    .contains("cannot");
        });
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + out);
        }
    }
}
