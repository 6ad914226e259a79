package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.sdk.event.NewExtenEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

class OneClassPerEntryTest {
    /** Every top-level class (not interface) compiled into the SDK's action and event packages. */
    private static List<Class<?>> sdkClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(AmiSdk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        for (String pkg : List.of("action", "event")) {
            try (Stream<Path> files = Files.list(root.resolve("io/amisdk/sdk/" + pkg))) {
                for (Path f : files.map(Path::getFileName).sorted().toList()) {
                    String name = f.toString();
                    if (name.endsWith(".class") && !name.contains("$")) {
                        Class<?> type = Class.forName("io.amisdk.sdk." + pkg + "."
                                + name.substring(0, name.length() - ".class".length()));
                        if (!type.isInterface()) {
                            classes.add(type);
                        }
                    }
                }
            }
        }
        return classes;
    }

    @Test
    @DisplayName("one public final action class per documented action, and no other")
    void oneClassPerAction() throws Exception {
        AmiModel model = SdkModel.merged();
        List<Class<?>> actionClasses = sdkClasses().stream().filter(AmiAction.class::isAssignableFrom).toList();

        assertThat(model.actions()).hasSameSizeAs(SdkModel.documented().actions());
        assertThat(actionClasses).hasSize(model.actions().size()).hasSize(AmiSdk.ACTION_COUNT);
        for (ActionDef action : model.actions()) {
            Class<?> type = SdkModel.actionClass(action.name());
            assertThat(type).isIn(actionClasses);
            assertThat(Modifier.isFinal(type.getModifiers()) && Modifier.isPublic(type.getModifiers())).isTrue();
            assertThat(type.getField("ACTION_NAME").get(null)).isEqualTo(action.name());
            assertThat(AmiListAction.class.isAssignableFrom(type)).as("%s is a list action", action.name())
                    .isEqualTo(action.listResponse() != null);
        }
    }

    @Test
    @DisplayName("one event class per documented and supplemented event, each registered under its name")
    void oneClassPerEvent() throws Exception {
        AmiModel model = SdkModel.merged();
        List<Class<?>> eventClasses = sdkClasses().stream().filter(AmiEvent.class::isAssignableFrom).toList();
        EventDecoders decoders = AmiSdk.decoders();

        assertThat(eventClasses).hasSize(model.events().size()).hasSize(AmiSdk.EVENT_COUNT);
        for (EventDef event : SdkModel.documented().events()) {
            assertThat(model.event(event.name())).as("documented event %s kept", event.name()).isNotNull();
        }
        for (EventDef event : model.events()) {
            Class<?> type = SdkModel.eventClass(event.name());
            assertThat(type).isIn(eventClasses);
            assertThat(decoders.typeOf(event.name())).isEqualTo(type);
            for (String alias : event.aliases()) {
                assertThat(decoders.typeOf(alias)).isEqualTo(type);
            }
        }
    }

    @Test
    @DisplayName("the SDK is found through ServiceLoader")
    void serviceLoader() {
        assertThat(EventDecoders.installed().size()).isEqualTo(AmiSdk.decoders().size());
        assertThat(EventDecoders.installed().typeOf("Newexten")).isEqualTo(NewExtenEvent.class);
    }
}
