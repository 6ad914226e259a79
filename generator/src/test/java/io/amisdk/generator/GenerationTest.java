package io.amisdk.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one pipeline: a request in, the model, its problems and the written SDK out. */
class GenerationTest {
    @TempDir
    Path temp;

    private static AmiModel docs() {
        ParameterDef username = ParameterDef.of("Username", true, Doc.EMPTY, List.of(), null, false);
        return new AmiModel("core-en_US.xml", "22",
                List.of(ActionDef.of("Login", "Login Manager.", Doc.EMPTY, List.of(username), null, List.of(),
                        List.of(), List.of(), "builtin")),
                List.of(EventDef.of("FullyBooted", "Raised when all modules are loaded.", Doc.EMPTY, "system",
                        List.of(), List.of(), List.of(), List.of(), "builtin", List.of())));
    }

    private Path supplement(String name, String eventName) throws IOException {
        AmiModel extra = new AmiModel(name, null, List.of(), List.of(EventDef.of(eventName, "What my module sends.",
                Doc.EMPTY, "system", List.of(), List.of(), List.of(), List.of(), "my_module", List.of())));
        return Files.writeString(temp.resolve(name), ModelJson.write(extra));
    }

    private GenerationRequest.Builder request() {
        return GenerationRequest.builder().model(docs()).builtInSupplement(false).packageName("com.example.ami")
                .outputDirectory(temp.resolve("out"));
    }

    @Test
    @DisplayName("a request holding a model: the supplement files are merged in order and the SDK written")
    void modelAndSupplements() throws Exception {
        Path first = supplement("first.json", "MyModule");
        Path second = supplement("second.json", "OtherModule");

        GenerationResult result = Generation.run(request().supplements(List.of(first, second)).build());

        assertThat(result.problems()).isEmpty();
        assertThat(result.model().events()).extracting(EventDef::name)
                .containsExactly("FullyBooted", "MyModule", "OtherModule");
        assertThat(result.sdk().actions()).isEqualTo(1);
        assertThat(result.sdk().events()).isEqualTo(3);
        assertThat(result.sdk().written()).isEqualTo(result.sdk().files().size());
        assertThat(temp.resolve("out/com/example/ami/event/OtherModuleEvent.java")).exists();
    }

    @Test
    @DisplayName("load is the reading half: the merged model and its problems, nothing written")
    void loadWritesNothing() throws Exception {
        LoadedDocs loaded = Generation.load(request().supplements(List.of(supplement("x.json", "XModule"))).build());

        assertThat(loaded.clean()).isTrue();
        assertThat(loaded.model().events()).extracting(EventDef::name).contains("XModule");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("the docs' problems and every supplement's, each at its file and line, and nothing written")
    void problemsWriteNothing() throws Exception {
        Problem docsProblem = new Problem(new Location("core-en_US.xml", 10, 0), "manager Login",
                "parameter without a name");
        Path bad = Files.writeString(temp.resolve("bad.json"), "{\n  \"source\": 42,,\n}");
        Files.createDirectories(temp.resolve("out"));
        Path earlier = Files.writeString(temp.resolve("out/Earlier.java"), "// an earlier run's");

        GenerationResult result = Generation.run(GenerationRequest.builder()
                .loaded(new LoadedDocs(docs(), List.of(docsProblem))).supplements(List.of(bad))
                .outputDirectory(temp.resolve("out")).build());

        assertThat(result.clean()).isFalse();
        assertThat(result.sdk()).isNull();
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).isEqualTo(docsProblem);
        assertThat(result.problems().get(1).toString()).startsWith(bad + ":2:");
        try (var files = Files.list(temp.resolve("out"))) {
            assertThat(files).containsExactly(earlier);
        }
    }

    @Test
    @DisplayName("the built-in supplement is merged unless turned off")
    void builtInSupplement() throws Exception {
        LoadedDocs without = Generation.load(request().build());
        LoadedDocs with = Generation.load(request().builtInSupplement(true).build());

        assertThat(without.model().events()).extracting(EventDef::name).containsExactly("FullyBooted");
        assertThat(with.clean()).isTrue();
        assertThat(with.model().events().size()).isGreaterThan(without.model().events().size());
    }

    @Test
    @DisplayName("a request needs docs or a model, not neither or both, and a package that is one")
    void requestChecked() {
        assertThatThrownBy(() -> GenerationRequest.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither");
        assertThatThrownBy(() -> GenerationRequest.builder().model(docs())
                .docs(List.of(new DocsSource("22", "core-en_US.xml"))).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> request().packageName("com.example.not a package").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
