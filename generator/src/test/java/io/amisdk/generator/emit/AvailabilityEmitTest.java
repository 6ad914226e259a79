package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SDK merged from two lines' docs says which lines have what, in Javadoc and as a table; one line says nothing. */
class AvailabilityEmitTest {
    @TempDir
    Path temp;

    private static AmiModel twoLines() {
        ParameterDef channel = ParameterDef.builder("Channel")
                .required(true)
                .description(Doc.ofText("The channel."))
                .lines(List.of("20", "22"))
                .build();
        ParameterDef newer = ParameterDef.builder("Reason")
                .description(Doc.ofText("Why."))
                .lines(List.of("22"))
                .build();
        ParameterDef mode = ParameterDef.builder("Mode")
                .description(Doc.ofText("How."))
                .values(List.of(new EnumValue("old", Doc.EMPTY, List.of("20", "22")), new EnumValue("new", Doc.EMPTY, List.of("22"))))
                .type(HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.STRUCTURE, "enum list"))
                .lines(List.of("20", "22"))
                .build();
        ActionDef hangup = ActionDef.builder("Hangup")
                .synopsis("Hang up.")
                .description(Doc.EMPTY)
                .parameters(List.of(channel, newer, mode))
                .module("builtin")
                .lines(List.of("20", "22"))
                .build();
        ActionDef monitor = ActionDef.builder("Monitor")
                .synopsis("Monitor a channel.")
                .description(Doc.EMPTY)
                .parameters(List.of(channel))
                .module("res_monitor")
                .lines(List.of("20"))
                .build();
        return new AmiModel("core-en_US.xml", null, List.of(hangup, monitor), List.of(), null, null, List.of("20", "22"));
    }

    @Test
    @DisplayName("an action the newest line lacks is @Deprecated naming its lines; a newer parameter and value say so")
    void javadocAndDeprecation() {
        Map<String, String> files = new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(twoLines())).stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::text));
        String monitor = files.get("p/action/MonitorAction.java");
        assertThat(monitor).contains("@Deprecated\n").contains("In Asterisk 20 only.")
                .contains("@deprecated Not in Asterisk 22; it is in 20.");
        String hangup = files.get("p/action/HangupAction.java");
        assertThat(hangup).doesNotContain("@Deprecated").contains("In every Asterisk line these docs cover (20 and 22).")
                .contains("Only in Asterisk 22.");
        assertThat(hangup.split("Only in Asterisk 22\\.", -1)).hasSizeGreaterThan(3); // accessor, setter, enum value
        assertThat(new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(new AmiModel("d.xml", "22", List.of(twoLines().actions().get(0)), List.of())))
                .stream().map(GeneratedFile::text)).noneMatch(t -> t.contains("Asterisk 22 only") || t.contains("Only in"));
    }

    @Test
    @DisplayName("the registry's table gives each action's lines and a parameter's own, as the runtime reads them")
    void table() throws Exception {
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(twoLines())));
        Class<?> sdk = Class.forName("p.AmiSdk", true, InMemoryCompiler.compile(sources, temp.resolve("classes")));
        assertThat(sdk.getField("LINES").get(null)).isEqualTo(List.of("20", "22"));
        assertThat(sdk.getMethod("actionLines", String.class).invoke(null, "Monitor")).isEqualTo(List.of("20"));
        assertThat(sdk.getMethod("actionLines", String.class).invoke(null, "Nope")).isEqualTo(List.of());
        assertThat(sdk.getMethod("parameterLines", String.class, String.class).invoke(null, "Hangup", "Reason"))
                .isEqualTo(List.of("22"));
        assertThat(sdk.getMethod("parameterLines", String.class, String.class).invoke(null, "Hangup", "Channel"))
                .isEqualTo(List.of("20", "22"));
        // and each action tells the runtime the same, for its line policy
        ClassLoader loader = sdk.getClassLoader();
        Object builder = Class.forName("p.action.HangupAction", true, loader).getMethod("builder").invoke(null);
        builder.getClass().getMethod("channel", String.class).invoke(builder, "x");
        io.amisdk.runtime.AmiAction<?> hangup = (io.amisdk.runtime.AmiAction<?>) builder.getClass().getMethod("build")
                .invoke(builder);
        assertThat(hangup.availableIn()).containsExactly("20", "22");
        assertThat(hangup.availableIn("reason")).containsExactly("22");
        assertThat(hangup.availableIn("Channel")).containsExactly("20", "22");
    }
}
