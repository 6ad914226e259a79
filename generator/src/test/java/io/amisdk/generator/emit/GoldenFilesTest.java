package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One expected file per kind of generated type, compared exactly. Run with
 * {@code -Damisdk.golden.update=true} to rewrite them, and review the diff in the commit.
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("amisdk.golden.update");

    private static final Map<String, GeneratedFile> FILES = new SdkEmitter("io.amisdk.sdk").emit(FixtureModel.model())
            .stream().collect(Collectors.toMap(GeneratedFile::path, f -> f));

    @DisplayName("generated file equals its golden copy")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "io/amisdk/sdk/LoginAction.java",          // enum parameter, secrets, see-also, example
        "io/amisdk/sdk/OriginateAction.java",      // required, repeatable name=value, default, keyword
        "io/amisdk/sdk/CoreShowChannelsAction.java", // list action
        "io/amisdk/sdk/NewchannelEvent.java",      // enum-valued field with non-identifier values
        "io/amisdk/sdk/AmiSdk.java",               // registry, aliases
        "META-INF/services/io.amisdk.runtime.EventDecoderProvider"
    })
    void matchesGolden(String path) throws IOException {
        GeneratedFile file = FILES.get(path);
        assertThat(file).as("generated " + path).isNotNull();
        Path golden = GOLDEN.resolve(path.substring(path.lastIndexOf('/') + 1) + (path.endsWith(".java") ? "" : ".txt"));
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, file.content());
        }
        assertThat(golden).as("golden file; create it with -Damisdk.golden.update=true").exists();
        assertThat(file.text()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @DisplayName("the fixture yields one file per action and event, the registry and its service file")
    @org.junit.jupiter.api.Test
    void fileList() {
        assertThat(FILES.keySet()).containsExactlyInAnyOrderElementsOf(List.of(
                "META-INF/services/io.amisdk.runtime.EventDecoderProvider",
                "io/amisdk/sdk/AmiSdk.java",
                "io/amisdk/sdk/CoreShowChannelEvent.java",
                "io/amisdk/sdk/CoreShowChannelsAction.java",
                "io/amisdk/sdk/CoreShowChannelsCompleteEvent.java",
                "io/amisdk/sdk/EventsAction.java",
                "io/amisdk/sdk/LoginAction.java",
                "io/amisdk/sdk/NewchannelEvent.java",
                "io/amisdk/sdk/OriginateAction.java",
                "io/amisdk/sdk/SetvarAction.java"));
    }
}
