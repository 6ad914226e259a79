package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

@DisplayName("The up-to-date stamp knows the generator itself; Eclipse knows when to run the goal")
class GeneratorFingerprintTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a changed byte in a jar or a class folder on the plugin's class path changes the fingerprint")
    void changedGeneratorChangesFingerprint() throws Exception {
        Path jar = dir.resolve("amisdk-generator-0.1.0-SNAPSHOT.jar");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("io/amisdk"));
        Files.write(jar, new byte[] {1, 2, 3});
        Files.write(classes.resolve("io/amisdk/X.class"), new byte[] {4, 5});
        List<Path> path = List.of(jar, classes);
        String before = GeneratorFingerprint.of(path);

        assertThat(GeneratorFingerprint.of(path)).as("same bytes, same fingerprint").isEqualTo(before);

        Files.write(classes.resolve("io/amisdk/X.class"), new byte[] {4, 6});
        String classChanged = GeneratorFingerprint.of(path);
        assertThat(classChanged).isNotEqualTo(before);

        // same size, another byte, a new modification time: the jar is read again, not taken from the cache
        Files.write(jar, new byte[] {1, 2, 4});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 2000));
        assertThat(GeneratorFingerprint.of(path)).isNotEqualTo(classChanged).isNotEqualTo(before);
    }

    @Test
    @DisplayName("the plugin's own class path includes the generator; its fingerprint is stable")
    void pluginClassPathHoldsTheGenerator() throws Exception {
        List<Path> path = GeneratorFingerprint.classPath(GenerateMojo.class.getClassLoader());
        assertThat(path).anySatisfy(p -> assertThat(p.toString()).contains("generator"));
        assertThat(GeneratorFingerprint.ofPlugin()).hasSize(32).isEqualTo(GeneratorFingerprint.ofPlugin());
    }

    @Test
    @DisplayName("the jar carries m2e metadata: execute amisdk:generate on configuration and on incremental builds")
    void m2eLifecycleMapping() throws Exception {
        Document d;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertThat(in).isNotNull();
            d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        assertThat(d.getElementsByTagName("goal").item(0).getTextContent()).isEqualTo("generate");
        assertThat(d.getElementsByTagName("execute").getLength()).isEqualTo(1);
        assertThat(d.getElementsByTagName("runOnIncremental").item(0).getTextContent()).isEqualTo("true");
        assertThat(d.getElementsByTagName("runOnConfiguration").item(0).getTextContent()).isEqualTo("true");
    }
}
