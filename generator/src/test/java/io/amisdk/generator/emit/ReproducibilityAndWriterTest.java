package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.model.AmiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibilityAndWriterTest {
    /** How many files the fixture model gives through the generator: one per type and the service file. */
    private static final int FIXTURE_FILES = SdkGenerator.builder().build().render(FixtureModel.model()).size();

    @TempDir
    Path temp;

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    @DisplayName("two generations into two folders are identical byte for byte")
    void reproducible() throws IOException {
        SdkGenerator generator = SdkGenerator.builder().build();
        generator.generate(FixtureModel.model(), temp.resolve("a"));
        generator.generate(FixtureModel.model(), temp.resolve("b"));
        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).contains(IncrementalWriter.MANIFEST);
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
        for (byte[] bytes : a.values()) {
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
        }
    }

    @Test
    @DisplayName("an unchanged run touches no file; a changed model rewrites only what changed and deletes what is gone")
    void incremental() throws IOException {
        // given a first run
        Path out = temp.resolve("out");
        SdkGenerator generator = SdkGenerator.builder().build();
        SdkGenerator.Result first = generator.generate(FixtureModel.model(), out);
        assertThat(first.written()).isEqualTo(first.files().size()).isEqualTo(FIXTURE_FILES);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        Path foreign = Files.writeString(out.resolve("io/amisdk/sdk/HandWritten.java"), "// mine");

        // when nothing changed
        SdkGenerator.Result second = generator.generate(FixtureModel.model(), out);

        // then nothing is touched
        assertThat(second.written()).isZero();
        assertThat(second.unchanged()).isEqualTo(FIXTURE_FILES);
        assertThat(second.deleted()).isZero();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> !p.equals(foreign)).toList()) {
                assertThat(Files.getLastModifiedTime(p)).as(p.toString()).isEqualTo(old);
            }
        }

        // when Setvar is gone and Login's docs changed
        AmiModel full = FixtureModel.model();
        AmiModel changed = full.with(
                full.actions().stream().filter(a -> !a.name().equals("Setvar"))
                        .map(a -> a.name().equals("Login") ? io.amisdk.generator.model.ActionDef.of(a.name(),
                                "Log in.", a.description(), a.parameters(), a.listResponse(), a.seeAlso(), a.since(),
                                a.deprecatedIn(), a.module()) : a).toList(),
                full.events());
        SdkGenerator.Result third = generator.generate(changed, out);

        // then only Login and the registry (its action count) are rewritten, Setvar deleted, the stranger kept
        assertThat(third.write().written()).containsExactly("io/amisdk/sdk/AmiSdk.java", "io/amisdk/sdk/action/LoginAction.java");
        assertThat(third.write().deleted()).containsExactly("io/amisdk/sdk/action/SetvarAction.java");
        assertThat(out.resolve("io/amisdk/sdk/action/SetvarAction.java")).doesNotExist();
        assertThat(foreign).exists();
        assertThat(Files.readAllLines(out.resolve(IncrementalWriter.MANIFEST))).doesNotContain("io/amisdk/sdk/action/SetvarAction.java")
                .contains("io/amisdk/sdk/action/LoginAction.java");
    }

    @Test
    @DisplayName("stale files are deleted with the directories they leave empty")
    void deletesEmptyDirectories() throws IOException {
        Path out = temp.resolve("out");
        IncrementalWriter writer = new IncrementalWriter();
        writer.write(out, List.of(GeneratedFile.text("a/b/C.java", "class C {}\n"), GeneratedFile.text("D.java", "class D {}\n")));
        IncrementalWriter.Result result = writer.write(out, List.of(GeneratedFile.text("D.java", "class D {}\n")));
        assertThat(result.deleted()).containsExactly("a/b/C.java");
        assertThat(out.resolve("a")).doesNotExist();
        assertThat(out.resolve("D.java")).exists();
    }

    @Test
    @DisplayName("sources and resources can go to separate directories, each with its own manifest")
    void separateResourceDirectory() throws IOException {
        Path sources = temp.resolve("java");
        Path resources = temp.resolve("resources");
        SdkGenerator generator = SdkGenerator.builder().build();
        SdkGenerator.Result first = generator.generate(FixtureModel.model(), sources, resources);
        assertThat(first.written()).isEqualTo(FIXTURE_FILES);
        assertThat(tree(sources).keySet()).hasSize(FIXTURE_FILES).allMatch(p -> p.endsWith(".java") || p.equals(IncrementalWriter.MANIFEST));
        assertThat(tree(resources).keySet()).containsExactlyInAnyOrder(IncrementalWriter.MANIFEST,
                "META-INF/services/io.amisdk.runtime.EventDecoderProvider");
        SdkGenerator.Result second = generator.generate(FixtureModel.model(), sources, resources);
        assertThat(second.unchanged()).isEqualTo(FIXTURE_FILES);
        assertThat(second.written()).isZero();
    }

    @Test
    @DisplayName("include and exclude patterns select actions and events, ignoring case")
    void includesAndExcludes() throws IOException {
        SdkGenerator generator = SdkGenerator.builder().packageName("com.example.ami")
                .includes(List.of("core*", "Login", "Newchannel")).excludes(List.of("*Complete")).build();
        AmiModel selected = generator.select(FixtureModel.model());
        assertThat(selected.actions()).extracting(a -> a.name()).containsExactly("CoreShowChannels", "Login");
        assertThat(selected.events()).extracting(e -> e.name()).containsExactly("CoreShowChannel", "Newchannel");
        assertThat(generator.render(FixtureModel.model())).extracting(GeneratedFile::path)
                .contains("com/example/ami/action/LoginAction.java").doesNotContain("com/example/ami/action/OriginateAction.java");
        AmiModel blank = SdkGenerator.builder().includes(List.of(" ")).excludes(List.of("")).build().select(FixtureModel.model());
        assertThat(blank.actions()).hasSameSizeAs(FixtureModel.model().actions());
    }
}
