package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiOutcomeEvent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers named like the types and members the emitted code itself uses still give code that compiles. */
class NameClashCompileTest {
    @TempDir
    Path temp;

    private static ParameterDef enumHeader(String name, boolean multi) {
        return ParameterDef.builder(name)
                .required(true)
                .description(Doc.EMPTY)
                .values(List.of(new EnumValue("a", Doc.EMPTY), new EnumValue("b", Doc.EMPTY)))
                .multiValued(multi)
                .type(HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.STRUCTURE, "enum list"))
                .build();
    }

    @Test
    @DisplayName("nested enums named String, List, Objects, Optional, AmiMessage, Builder; members named like ours")
    void clashesCompile() throws Exception {
        ActionDef action = ActionDef.of("Clash", "", Doc.EMPTY, List.of(enumHeader("String", false),
                enumHeader("List", true), enumHeader("Objects", false), enumHeader("Builder", false),
                enumHeader("Override", false), enumHeader("ClashAction", false), enumHeader("Build", false),
                enumHeader("ToBuilder", false), enumHeader("Value", true), enumHeader("Values", false),
                enumHeader("Out", false), enumHeader("Other", false), enumHeader("Missing", false)),
                null, List.of(), List.of(), List.of(), null);
        EventDef event = EventDef.of("ClashEvent", "", Doc.EMPTY, null, List.of(enumHeader("Optional", false),
                enumHeader("AmiMessage", false), enumHeader("Message", false), enumHeader("Name", false),
                enumHeader("Decode", false), enumHeader("ClashEventEvent", false), enumHeader("NameEnum", false)),
                List.of(), List.of(), List.of(), null, List.of());
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(
                new AmiModel("d.xml", null, List.of(action), List.of(event)))));
        ClassLoader loader = InMemoryCompiler.compile(sources, temp.resolve("classes"));
        Class<?> clash = Class.forName("p.action.ClashAction", true, loader);
        assertThat(clash.getDeclaredClasses()).extracting(Class::getSimpleName)
                .contains("String", "Objects", "Builder_", "Builder", "ClashAction_");
    }

    @Test
    @DisplayName("a header named like a raw accessor keeps its name, the accessor takes Value; a typed secret stays masked")
    void rawAccessorClash() throws Exception {
        HeaderType integer = HeaderType.of(HeaderType.Kind.INTEGER, HeaderType.Rule.PROSE, "test");
        ActionDef action = ActionDef.of("Raw", "", Doc.EMPTY, List.of(
                ParameterDef.builder("Priority")
                        .description(Doc.EMPTY)
                        .type(integer)
                        .build(),
                ParameterDef.of("PriorityAsString", false, Doc.EMPTY, List.of(), null, false),
                ParameterDef.builder("Secret")
                        .description(Doc.EMPTY)
                        .type(integer)
                        .build()),
                null, List.of(), List.of(), List.of(), null);
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(
                new AmiModel("d.xml", null, List.of(action), List.of()))));
        ClassLoader loader = InMemoryCompiler.compile(sources, temp.resolve("classes"));
        Class<?> raw = Class.forName("p.action.RawAction", true, loader);
        Object builder = raw.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        b.getMethod("priority", int.class).invoke(builder, 3);
        b.getMethod("priorityAsString", String.class).invoke(builder, "own");
        b.getMethod("secret", int.class).invoke(builder, 4242);
        Object built = b.getMethod("build").invoke(builder);
        assertThat(raw.getMethod("priorityAsString").invoke(built)).isEqualTo("own");
        assertThat(raw.getMethod("priorityAsStringValue").invoke(built)).isEqualTo("3");
        assertThat(raw.getMethod("secretAsString").invoke(built)).isEqualTo("4242");
        assertThat(built.toString()).contains("priority=3", "priorityAsString=own", "secret=****").doesNotContain("4242");
    }

    @Test
    @DisplayName("an outcome event is an AmiOutcomeEvent; its FailureReason and OutcomeFailed headers take other names")
    void outcomeMembersStayTheRuntimes() throws Exception {
        ParameterDef response = enumHeader("Response", false).withValues(List.of(new EnumValue("Failure", Doc.EMPTY),
                new EnumValue("Success", Doc.EMPTY)));
        ParameterDef failureReason = ParameterDef.of("FailureReason", false, Doc.EMPTY, List.of(), null, false);
        ParameterDef outcomeFailed = ParameterDef.of("OutcomeFailed", false, Doc.EMPTY, List.of(), null, false);
        EventDef event = EventDef.builder("Done")
                .synopsis("")
                .description(Doc.EMPTY)
                .fields(List.of(response, failureReason, outcomeFailed))
                .outcome(true)
                .build();
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("p").emit(io.amisdk.generator.link.Linker.finishTyped(
                new AmiModel("d.xml", null, List.of(), List.of(event)))));
        ClassLoader loader = InMemoryCompiler.compile(sources, temp.resolve("classes"));
        Class<?> done = Class.forName("p.event.DoneEvent", true, loader);
        assertThat(AmiOutcomeEvent.class).isAssignableFrom(done);
        AmiOutcomeEvent failed = (AmiOutcomeEvent) done.getMethod("decode", AmiMessage.class).invoke(null,
                AmiMessage.builder().add("Event", "Done").add("Response", "Failure").add("Reason", "5")
                        .add("FailureReason", "own").add("OutcomeFailed", "no").build());
        assertThat(failed.outcomeFailed()).isTrue();
        assertThat(failed.failureReason()).isEqualTo("Reason 5 (busy)");
        assertThat(done.getMethod("failureReasonValue").invoke(failed)).isEqualTo("own");
        assertThat(done.getMethod("outcomeFailedValue").invoke(failed)).isEqualTo("no");
    }
}
