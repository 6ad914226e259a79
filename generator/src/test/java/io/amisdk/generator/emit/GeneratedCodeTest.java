package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.EventDecoderProvider;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.GenericEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the SDK generated from the fixture model and checks what its classes do. */
class GeneratedCodeTest {
    @TempDir
    static Path temp;

    private static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("io.amisdk.sdk").emit(FixtureModel.model()));
        loader = InMemoryCompiler.compile(sources, temp.resolve("classes"));
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName("io.amisdk.sdk." + simpleName, true, loader);
    }

    /** Calls a public method by name on an object (or a class, for static ones), choosing the overload by argument types. */
    private static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> type = target instanceof Class<?> c ? c : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(target instanceof Class<?> ? null : target, args);
                } catch (InvocationTargetException e) {
                    throw (Exception) e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " with " + args.length + " arguments");
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object constant(String enumClass, String name) throws ClassNotFoundException {
        for (Object c : type(enumClass).getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no constant " + name + " in " + enumClass);
    }

    private static List<String> headers(AmiAction action) {
        List<String> lines = new ArrayList<>();
        action.writeHeaders(new AmiHeaderWriter() {
            @Override
            public AmiHeaderWriter header(String name, String value) {
                lines.add(name + ": " + value);
                return this;
            }
        });
        return lines;
    }

    @Test
    @DisplayName("LoginAction writes its headers in documented order, the enum as its wire value")
    void loginHeaders() throws Exception {
        // given
        Object builder = call(type("LoginAction"), "builder");
        call(builder, "key", "0123abcd");
        call(builder, "authType", constant("LoginAction$AuthType", "MD5"));
        call(builder, "username", "admin");
        call(builder, "actionId", "login-1");
        // when
        AmiAction login = (AmiAction) call(builder, "build");
        // then
        assertThat(login.actionName()).isEqualTo("Login");
        assertThat(login.actionId()).isEqualTo("login-1");
        assertThat(headers(login)).containsExactly("Username: admin", "AuthType: MD5", "Key: 0123abcd");
    }

    @Test
    @DisplayName("toString masks Secret and Key but shows the rest")
    void toStringHidesSecrets() throws Exception {
        Object builder = call(type("LoginAction"), "builder");
        call(builder, "username", "admin");
        call(builder, "secret", "s3cr3t-value");
        call(builder, "key", "k3y-value");
        Object login = call(builder, "build");
        assertThat(login.toString()).contains("username=admin", "secret=****", "key=****")
                .doesNotContain("s3cr3t-value", "k3y-value");
    }

    @Test
    @DisplayName("build() names every missing required parameter in one message")
    void missingRequired() throws Exception {
        assertThatThrownBy(() -> call(call(type("SetvarAction"), "builder"), "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("SetvarAction is missing required parameters: Variable, Value");
        assertThatThrownBy(() -> call(call(type("LoginAction"), "builder"), "build"))
                .hasMessage("LoginAction is missing required parameters: Username");
    }

    @Test
    @DisplayName("Originate's Variable repeats, one name=value header each; toBuilder and equals round-trip")
    void repeatableVariable() throws Exception {
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "channel", "Local/100@default");
        call(builder, "variable", "A", "1");
        call(builder, "variable", "B=2");
        call(builder, "class_", "x");
        AmiAction originate = (AmiAction) call(builder, "build");
        assertThat(headers(originate)).containsExactly("Channel: Local/100@default", "Variable: A=1", "Variable: B=2", "Class: x");
        assertThat(call(originate, "variables")).isEqualTo(List.of("A=1", "B=2"));
        Object copy = call(call(originate, "toBuilder"), "build");
        assertThat(copy).isEqualTo(originate).hasSameHashCodeAs(originate);
        Object changed = call(call(call(originate, "toBuilder"), "variables", List.of("C=3")), "build");
        assertThat(headers((AmiAction) changed)).containsExactly("Channel: Local/100@default", "Variable: C=3", "Class: x");
        assertThat(changed).isNotEqualTo(originate);
    }

    @Test
    @DisplayName("an enum parameter with a left-out value still takes it as a string")
    void openEnum() throws Exception {
        Object builder = call(type("EventsAction"), "builder");
        call(builder, "eventMask", "system,call");
        assertThat(headers((AmiAction) call(builder, "build"))).containsExactly("EventMask: system,call");
        call(builder, "eventMask", constant("EventsAction$EventMask", "OFF"));
        assertThat(headers((AmiAction) call(builder, "build"))).containsExactly("EventMask: off");
        assertThat(type("EventsAction$EventMask").getEnumConstants()).hasSize(2);
    }

    @Test
    @DisplayName("a list action names its typed item class and completion event")
    void listAction() throws Exception {
        AmiListAction<?> list = (AmiListAction<?>) call(call(type("CoreShowChannelsAction"), "builder"), "build");
        assertThat(list.itemType()).isEqualTo(type("CoreShowChannelEvent"));
        assertThat(list.completionEventName()).isEqualTo("CoreShowChannelsComplete");
        assertThat(headers(list)).isEmpty();
    }

    @Test
    @DisplayName("an event keeps every header and types its enum field without losing unknown values")
    void eventAccessors() throws Exception {
        AmiMessage message = AmiMessage.builder().add("Event", "Newchannel").add("Privilege", "call,all")
                .add("Channel", "PJSIP/100-0001").add("ChannelStateDesc", "Dialing Offhook")
                .add("Undocumented", "kept").build();
        AmiEvent event = (AmiEvent) call(type("NewchannelEvent"), "decode", message);
        assertThat(event.eventName()).isEqualTo("Newchannel");
        assertThat(event.privilege()).isEqualTo("call,all");
        assertThat(call(event, "channel")).isEqualTo("PJSIP/100-0001");
        assertThat(call(event, "channelStateDesc")).isEqualTo("Dialing Offhook");
        assertThat(call(event, "channelStateDescEnum")).isEqualTo(Optional.of(constant("NewchannelEvent$ChannelStateDesc", "DIALING_OFFHOOK")));
        assertThat(event.message().get("Undocumented")).isEqualTo("kept");

        AmiEvent newer = (AmiEvent) call(type("NewchannelEvent"), "decode",
                AmiMessage.builder().add("Event", "Newchannel").add("ChannelStateDesc", "Quantum").build());
        assertThat(call(newer, "channelStateDesc")).isEqualTo("Quantum");
        assertThat(call(newer, "channelStateDescEnum")).isEqualTo(Optional.empty());
        assertThat(call(type("NewchannelEvent$ChannelStateDesc"), "fromWire", " pre-RING "))
                .isEqualTo(constant("NewchannelEvent$ChannelStateDesc", "PRE_RING"));
    }

    @Test
    @DisplayName("a field named like AmiEvent's own accessor gets a distinct name; ActionID stays AmiEvent's")
    void reservedFieldNames() throws Exception {
        AmiMessage message = AmiMessage.builder().add("Event", "CoreShowChannel").add("ActionID", "7")
                .add("Message", "hello").build();
        AmiEvent item = (AmiEvent) call(type("CoreShowChannelEvent"), "decode", message);
        assertThat(item.actionId()).isEqualTo("7");
        assertThat(item.message()).isSameAs(message);
        assertThat(call(item, "message_")).isEqualTo("hello");
    }

    @Test
    @DisplayName("AmiSdk registers every event under its name and aliases, found by ServiceLoader too")
    void registry() throws Exception {
        EventDecoders decoders = (EventDecoders) call(type("AmiSdk"), "decoders");
        assertThat(decoders.size()).isEqualTo(4);
        AmiEvent lower = decoders.decode(AmiMessage.builder().add("Event", "newchannel").build());
        assertThat(lower).isInstanceOf(type("NewchannelEvent"));
        assertThat(decoders.typeOf("CoreShowChannelsCompleted")).isEqualTo(type("CoreShowChannelsCompleteEvent"));
        assertThat(decoders.decode(AmiMessage.builder().add("Event", "NotDocumented").build())).isInstanceOf(GenericEvent.class);

        List<EventDecoderProvider> providers = new ArrayList<>();
        ServiceLoader.load(EventDecoderProvider.class, loader).forEach(providers::add);
        assertThat(providers).singleElement().isInstanceOf(type("AmiSdk"));
        EventDecoders viaServiceLoader = EventDecoders.empty();
        providers.get(0).registerDecoders(viaServiceLoader);
        assertThat(viaServiceLoader.typeOf("Newchannel")).isEqualTo(type("NewchannelEvent"));
    }
}
