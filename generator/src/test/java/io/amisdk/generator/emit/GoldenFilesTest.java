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

    private static final Map<String, GeneratedFile> FILES = new SdkEmitter("io.amisdk.sdk").emit(io.amisdk.generator.link.Linker.finishTyped(FixtureModel.model()))
            .stream().collect(Collectors.toMap(GeneratedFile::path, f -> f));

    @DisplayName("generated file equals its golden copy")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "io/amisdk/sdk/action/LoginAction.java",          // runtime AuthType parameter, secrets, see-also, example
        "io/amisdk/sdk/action/OriginateAction.java",      // typed setters, requirement, repeatable name=value, keyword
        "io/amisdk/sdk/action/CoreShowChannelsAction.java", // list action decoding its items
        "io/amisdk/sdk/action/QueueStatusAction.java",    // list of several item events
        "io/amisdk/sdk/action/GetvarAction.java",         // typed response
        "io/amisdk/sdk/action/UserEventAction.java",      // placeholder parameters, header(name, value)
        "io/amisdk/sdk/response/GetvarResponse.java",     // typed response class
        "io/amisdk/sdk/event/NewchannelEvent.java",       // shape interface, shared enum, typed fields
        "io/amisdk/sdk/event/DialBeginEvent.java",        // prefixed shape view
        "io/amisdk/sdk/event/QueueMemberEvent.java",      // sealed item, boolean 0/1, Name header
        "io/amisdk/sdk/event/QueueStatusItem.java",       // sealed item type
        "io/amisdk/sdk/event/OriginateResponseEvent.java", // outcome event, nested enums, codes named from docs
        "io/amisdk/sdk/type/ChannelState.java",           // shared enum
        "io/amisdk/sdk/type/ChannelSnapshot.java",        // shape interface
        "io/amisdk/sdk/type/ChannelEvent.java",           // shape event interface
        "io/amisdk/sdk/type/ChannelSnapshotView.java",    // shape view
        "io/amisdk/sdk/AmiSdk.java",                      // registry, aliases
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
                "io/amisdk/sdk/action/CoreShowChannelsAction.java",
                "io/amisdk/sdk/action/EventsAction.java",
                "io/amisdk/sdk/action/GetvarAction.java",
                "io/amisdk/sdk/action/LoginAction.java",
                "io/amisdk/sdk/action/OriginateAction.java",
                "io/amisdk/sdk/action/QueueStatusAction.java",
                "io/amisdk/sdk/action/SetvarAction.java",
                "io/amisdk/sdk/action/UserEventAction.java",
                "io/amisdk/sdk/event/CoreShowChannelEvent.java",
                "io/amisdk/sdk/event/CoreShowChannelsCompleteEvent.java",
                "io/amisdk/sdk/event/DialBeginEvent.java",
                "io/amisdk/sdk/event/NewchannelEvent.java",
                "io/amisdk/sdk/event/OriginateResponseEvent.java",
                "io/amisdk/sdk/event/QueueMemberEvent.java",
                "io/amisdk/sdk/event/QueueParamsEvent.java",
                "io/amisdk/sdk/event/QueueStatusCompleteEvent.java",
                "io/amisdk/sdk/event/QueueStatusItem.java",
                "io/amisdk/sdk/response/GetvarResponse.java",
                "io/amisdk/sdk/type/ChannelEvent.java",
                "io/amisdk/sdk/type/ChannelSnapshot.java",
                "io/amisdk/sdk/type/ChannelSnapshotView.java",
                "io/amisdk/sdk/type/ChannelState.java"));
    }
}
