package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private Path out;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void setUp() {
        out = dir.resolve("generated");
    }

    private static File realDocs() {
        String docsDir = System.getProperty("amisdk.docs.dir");
        File docs = docsDir == null ? null : new File(docsDir, "xml/22/core-en_US.xml");
        if (docs == null || !docs.isFile()) {
            throw new IllegalStateException("amisdk.docs.dir must name the asterisk-docs directory (Maven sets it"
                    + " to ../shared/asterisk-docs); got " + docsDir);
        }
        return docs;
    }

    private static File badDocs() throws URISyntaxException {
        return new File(GenerateMojoTest.class.getResource("/bad-core-en_US.xml").toURI());
    }

    private GenerateMojo mojo(String... includes) {
        GenerateMojo mojo = new GenerateMojo();
        mojo.docs = realDocs();
        mojo.packageName = "io.amisdk.sdk";
        mojo.outputDirectory = out.toFile();
        mojo.includes = List.of(includes);
        mojo.excludes = List.of();
        mojo.supplements = List.of();
        mojo.useBuiltInSupplement = true;
        mojo.project = new MavenProject();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    private Map<String, FileTime> mtimes() throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(out.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }

    private void ageEveryFile() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, LONG_AGO);
            }
        }
    }

    @Test
    @DisplayName("generates the selected classes, the ServiceLoader file and a stamp, and adds both roots")
    void generates() throws Exception {
        GenerateMojo mojo = mojo("Login", "Ping", "FullyBooted");

        mojo.execute();

        assertThat(out.resolve("io/amisdk/sdk/LoginAction.java")).isRegularFile();
        assertThat(out.resolve("io/amisdk/sdk/PingAction.java")).isRegularFile();
        assertThat(out.resolve("io/amisdk/sdk/FullyBootedEvent.java")).isRegularFile();
        assertThat(out.resolve("io/amisdk/sdk/OriginateAction.java")).doesNotExist();
        assertThat(out.resolve("META-INF/services/io.amisdk.runtime.EventDecoderProvider")).isRegularFile();
        assertThat(out.resolve(GenerationStamp.FILE_NAME)).isRegularFile();
        assertThat(mojo.project.getCompileSourceRoots()).containsExactly(out.toFile().getAbsolutePath());
        assertThat(mojo.project.getResources()).extracting(Resource::getDirectory)
                .containsExactly(out.toFile().getAbsolutePath());
        assertThat(mojo.project.getResources().get(0).getIncludes()).containsExactly("META-INF/**");
        assertThat(log).anyMatch(l -> l.startsWith("amisdk: 2 actions, 1 events"));
    }

    @Test
    @DisplayName("the same inputs again: logs up to date, touches no file, still adds the source root")
    void secondRunIsUpToDate() throws Exception {
        mojo("Login", "Ping").execute();
        ageEveryFile();
        Map<String, FileTime> before = mtimes();
        GenerateMojo again = mojo("Login", "Ping");

        again.execute();

        assertThat(mtimes()).isEqualTo(before);
        assertThat(log).last().asString().startsWith("amisdk: up to date");
        assertThat(again.project.getCompileSourceRoots()).containsExactly(out.toFile().getAbsolutePath());
    }

    @Test
    @DisplayName("changed configuration: rewrites only what changed and deletes what is no longer produced")
    void changedConfigurationRegeneratesIncrementally() throws Exception {
        mojo("Login", "Ping").execute();
        ageEveryFile();

        mojo("Login").execute();

        assertThat(out.resolve("io/amisdk/sdk/PingAction.java")).doesNotExist();
        assertThat(Files.getLastModifiedTime(out.resolve("io/amisdk/sdk/LoginAction.java"))).isEqualTo(LONG_AGO);
        assertThat(log).last().asString().contains("1 deleted");
    }

    @Test
    @DisplayName("a generated file deleted by hand is regenerated, though the inputs did not change")
    void missingOutputRegenerates() throws Exception {
        mojo("Login").execute();
        Files.delete(out.resolve("io/amisdk/sdk/LoginAction.java"));

        mojo("Login").execute();

        assertThat(out.resolve("io/amisdk/sdk/LoginAction.java")).isRegularFile();
        assertThat(log).last().asString().contains("1 written");
    }

    @Test
    @DisplayName("bad docs fail listing every problem with file:line, and leave the earlier output untouched")
    void badDocsFail() throws Exception {
        mojo("Login").execute();
        ageEveryFile();
        Map<String, FileTime> before = mtimes();
        GenerateMojo bad = mojo("Login");
        bad.docs = badDocs();

        assertThatThrownBy(bad::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("amisdk: 3 problems in the docs or supplements; nothing was generated")
                .hasMessageContaining("bad-core-en_US.xml:7:103: manager Ping: xpointer matches nothing")
                .hasMessageContaining("bad-core-en_US.xml:10:45: <manager> without a name")
                .hasMessageContaining("bad-core-en_US.xml:17:16: managerEvent Broken: <parameter> without a name");
        assertThat(mtimes()).isEqualTo(before);
    }

    @Test
    @DisplayName("a malformed supplement fails with its file and line")
    void badSupplementFails() throws Exception {
        Path supplement = Files.writeString(dir.resolve("extra.json"), "{\n  \"source\": 42,,\n}");
        GenerateMojo mojo = mojo("Login");
        mojo.supplements = List.of(supplement.toFile());

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining(supplement + ":2:");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a user supplement changes the stamp and its events are generated")
    void userSupplement() throws Exception {
        Path supplement = Files.writeString(dir.resolve("extra.json"), """
                {"source": "extra.json", "asteriskLine": "22", "actions": [],
                 "events": [{"name": "MyModuleStarted", "synopsis": "Mine.", "description": {"blocks": []},
                   "category": null, "fields": [], "seeAlso": [], "since": [], "deprecatedIn": [],
                   "module": null, "aliases": []}]}
                """);
        mojo("Login").execute();
        GenerateMojo mojo = mojo("Login", "MyModule*");
        mojo.supplements = List.of(supplement.toFile());

        mojo.execute();

        assertThat(out.resolve("io/amisdk/sdk/MyModuleStartedEvent.java")).isRegularFile();
    }

    @Test
    @DisplayName("skip does nothing at all")
    void skip() throws Exception {
        GenerateMojo mojo = mojo("Login");
        mojo.skip = true;

        mojo.execute();

        assertThat(out).doesNotExist();
        assertThat(mojo.project.getCompileSourceRoots()).isEmpty();
    }

    @Test
    @DisplayName("missing docs fail with the path, not a stack trace")
    void missingDocs() {
        GenerateMojo mojo = mojo("Login");
        mojo.docs = dir.resolve("nope.xml").toFile();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("amisdk: the docs file " + mojo.docs + " does not exist");
    }
}
