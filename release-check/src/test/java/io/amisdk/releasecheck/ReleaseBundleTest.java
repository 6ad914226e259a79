package io.amisdk.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release profile, run as a maintainer runs it (on a copy of this build at version 0.1.0, with a throwaway
 * gpg key): the staged bundle meets Maven Central's rules. Released here: the parent, the BOM and the runtime
 * (one of each kind of published module: pom, BOM, jar); the other modules use the same inherited profile.
 */
@DisplayName("Release profile: a bundle Maven Central accepts, or one message when there is no key")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReleaseBundleTest {
    private static final Path CHECKOUT = Path.of(System.getProperty("amisdk.root.dir"));

    @TempDir
    static Path dir;

    static ReleaseBuild build;

    @BeforeAll
    static void copyTheBuild() throws Exception {
        build = ReleaseBuild.copy(CHECKOUT, dir, List.of("runtime"));
    }

    @AfterAll
    static void stopAgent() throws Exception {
        build.stopAgent();
    }

    @Test
    @Order(1)
    @DisplayName("without AMISDK_GPG_KEYNAME the release build stops at once with one message, nothing built")
    void missingKey() throws Exception {
        ReleaseBuild.Result r = build.maven(false, "-Prelease", "-pl", "bom,runtime", "-am", "deploy", "-DskipTests");

        assertThat(r.exit()).as(r.output()).isNotZero();
        String message = "amisdk release: no signing key. Set AMISDK_GPG_KEYNAME to the id of the gpg key to sign with";
        assertThat(r.output()).contains(message);
        assertThat(r.output().lines().filter(l -> l.startsWith("[ERROR]") && !l.contains(message)
                && !l.strip().equals("[ERROR]") && !l.contains("Help 1") && !l.contains("-e switch")
                && !l.contains("-X switch") && !l.contains("read the following articles")
                && !l.contains("Failed to execute goal") && !l.contains("RequireEnvironmentVariable failed with message") && !l.contains("resume the build") && !l.contains("mvn <args>")))
                .as("no other error than the key's").isEmpty();
        assertThat(build.project.resolve("runtime/target")).doesNotExist();
        assertThat(build.project.resolve("target/staging")).doesNotExist();
    }

    @Test
    @Order(2)
    @DisplayName("with a key: parent, BOM and runtime staged with jar, sources, javadoc, full poms, checksums and good signatures")
    void bundle() throws Exception {
        build.generateKey();
        ReleaseBuild.Result r = build.maven(true, "-Prelease", "-pl", "bom,runtime", "-am", "deploy", "-DskipTests");
        assertThat(r.exit()).as(r.output()).isZero();

        Path staging = build.project.resolve("target/staging");
        CentralBundle bundle = CentralBundle.check(staging, build::verifies);

        assertThat(bundle.problems()).isEmpty();
        assertThat(bundle.components()).containsOnlyKeys("io.amisdk:amisdk-parent", "io.amisdk:amisdk-bom",
                "io.amisdk:amisdk-runtime");
        CentralBundle.Component runtime = bundle.components().get("io.amisdk:amisdk-runtime");
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
            assertThat(runtime.file(suffix)).isRegularFile();
            assertThat(runtime.file(suffix + ".asc")).isRegularFile();
        }
        try (ZipFile jar = new ZipFile(runtime.file(".jar").toFile())) {
            assertThat(jar.getEntry("META-INF/LICENSE")).as("the licence in the jar").isNotNull();
            assertThat(jar.getEntry("META-INF/NOTICE")).isNotNull();
            assertThat(jar.getEntry("io/amisdk/runtime/AmiClient.class")).isNotNull();
        }
        try (ZipFile javadoc = new ZipFile(runtime.file("-javadoc.jar").toFile())) {
            assertThat(javadoc.stream().map(e -> e.getName()).filter(n -> n.endsWith("AmiClient.html"))).isNotEmpty();
        }
        System.out.println("[release check] " + bundle.components().size() + " components, "
                + Files.walk(staging).filter(Files::isRegularFile).count() + " files staged, 0 problems");
    }

    @Test
    @Order(3)
    @DisplayName("the check itself fails a bundle with a wrong checksum, a missing signature and a pom without licences")
    void checkCanFail() throws Exception {
        Path staging = build.project.resolve("target/staging");
        Path runtime = staging.resolve("io/amisdk/amisdk-runtime/" + ReleaseBuild.VERSION);
        String base = "amisdk-runtime-" + ReleaseBuild.VERSION;
        Files.writeString(runtime.resolve(base + ".jar.sha1"), "0000000000000000000000000000000000000000");
        Files.delete(runtime.resolve(base + "-sources.jar.asc"));
        Path bomPom = staging.resolve("io/amisdk/amisdk-bom/" + ReleaseBuild.VERSION + "/amisdk-bom-" + ReleaseBuild.VERSION + ".pom");
        Files.writeString(bomPom, Files.readString(bomPom).replaceAll("(?s)<licenses>.*?</licenses>", ""));

        List<String> problems = CentralBundle.check(staging, build::verifies).problems();

        assertThat(problems).contains("io.amisdk:amisdk-runtime:0.1.0: " + base + ".jar.sha1 does not match " + base + ".jar",
                "io.amisdk:amisdk-runtime:0.1.0: missing " + base + "-sources.jar.asc",
                "io.amisdk:amisdk-bom:0.1.0: pom lacks <licenses/license/name> (nor does a parent in the bundle have it)");
        assertThat(problems).anyMatch(p -> p.startsWith("io.amisdk:amisdk-bom:0.1.0: amisdk-bom-0.1.0.pom")
                && p.endsWith("does not match amisdk-bom-0.1.0.pom"));
        assertThat(problems).contains("io.amisdk:amisdk-bom:0.1.0: amisdk-bom-0.1.0.pom.asc does not verify");
    }

    @Test
    @DisplayName("the BOM lists exactly the published modules (every module not marked amisdk.unpublished)")
    void bomListsEveryPublishedModule() throws Exception {
        String root = Files.readString(CHECKOUT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(root);
        java.util.Set<String> published = new java.util.TreeSet<>();
        while (m.find()) {
            Path pom = CHECKOUT.resolve(m.group(1)).resolve("pom.xml");
            String text = Files.readString(pom);
            String packaging = tag(text, "packaging");
            if (text.contains("<amisdk.unpublished>true</amisdk.unpublished>") || "amisdk-bom".equals(artifactId(text))
                    || "pom".equals(packaging)) {
                continue;
            }
            published.add(artifactId(text));
        }
        String bom = Files.readString(CHECKOUT.resolve("bom/pom.xml"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(
                bom.substring(bom.indexOf("<dependencyManagement>"), bom.indexOf("</dependencyManagement>")));
        while (a.find()) {
            listed.add(a.group(1));
        }
        assertThat(published).contains("amisdk-runtime", "amisdk-sdk", "amisdk-maven-plugin");
        assertThat(listed).as("bom/pom.xml's dependencyManagement").isEqualTo(published);
    }

    private static String artifactId(String pom) {
        String withoutParent = pom.replaceAll("(?s)<parent>.*?</parent>", "");
        return tag(withoutParent, "artifactId");
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).strip() : null;
    }
}
