package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiResponse;
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
        new IncrementalWriter().write(sources, new SdkEmitter("io.amisdk.sdk").emit(io.amisdk.generator.link.Linker.finishTyped(FixtureModel.model())));
        loader = InMemoryCompiler.compile(sources, temp.resolve("classes"));
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        for (String p : List.of("", "action.", "event.", "response.", "type.")) {
            try {
                return Class.forName("io.amisdk.sdk." + p + simpleName, true, loader);
            } catch (ClassNotFoundException e) {
                // next package
            }
        }
        throw new ClassNotFoundException(simpleName);
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
            Class<?> t = types[i] == int.class ? Integer.class : types[i] == boolean.class ? Boolean.class
                    : types[i] == long.class ? Long.class : types[i] == double.class ? Double.class : types[i];
            if (args[i] != null && !t.isInstance(args[i]) || args[i] == null && types[i].isPrimitive()) {
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

    private static List<String> headers(AmiAction<?> action) {
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
        call(builder, "authType", io.amisdk.runtime.AuthType.MD5);
        call(builder, "username", "admin");
        call(builder, "actionId", "login-1");
        // when
        AmiAction<?> login = (AmiAction<?>) call(builder, "build");
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
                .hasMessage("SetvarAction is missing required parameters: Variable; Value");
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
        call(builder, "classValue", "x");
        call(builder, "application", "Playback");
        AmiAction<?> originate = (AmiAction<?>) call(builder, "build");
        assertThat(headers(originate)).containsExactly("Channel: Local/100@default", "Application: Playback",
                "Variable: A=1", "Variable: B=2", "Class: x");
        assertThat(call(originate, "variables")).isEqualTo(List.of("A=1", "B=2"));
        Object copy = call(call(originate, "toBuilder"), "build");
        assertThat(copy).isEqualTo(originate).hasSameHashCodeAs(originate);
        Object changed = call(call(call(originate, "toBuilder"), "variables", List.of("C=3")), "build");
        assertThat(headers((AmiAction<?>) changed)).containsExactly("Channel: Local/100@default", "Application: Playback",
                "Variable: C=3", "Class: x");
        assertThat(changed).isNotEqualTo(originate);
    }

    @Test
    @DisplayName("an enum parameter with a left-out value still takes it as a string")
    void openEnum() throws Exception {
        Object builder = call(type("EventsAction"), "builder");
        call(builder, "eventMask", "system,call");
        assertThat(headers((AmiAction<?>) call(builder, "build"))).containsExactly("EventMask: system,call");
        call(builder, "eventMask", constant("EventsAction$EventMask", "OFF"));
        assertThat(headers((AmiAction<?>) call(builder, "build"))).containsExactly("EventMask: off");
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
    @DisplayName("an action tells the versions it appeared in and the loadable module providing it, as its docs say")
    void sinceAndProvidedBy() throws Exception {
        AmiAction<?> queueStatus = (AmiAction<?>) call(call(type("QueueStatusAction"), "builder"), "build");
        assertThat(queueStatus.since()).containsExactly("0.5.0");
        assertThat(queueStatus.providedBy()).isEqualTo("app_queue");

        Object loginBuilder = call(type("LoginAction"), "builder");
        call(loginBuilder, "username", "admin");
        AmiAction<?> login = (AmiAction<?>) call(loginBuilder, "build");
        assertThat(login.since()).containsExactly("1.0");
        assertThat(login.providedBy()).as("builtin is no module to load").isNull();
        assertThat(declares(login, "since")).isTrue();
        assertThat(declares(login, "providedBy")).isFalse();

        Object userEventBuilder = call(type("UserEventAction"), "builder");
        call(userEventBuilder, "userEvent", "X");
        AmiAction<?> userEvent = (AmiAction<?>) call(userEventBuilder, "build");
        assertThat(userEvent.since()).isEmpty();
        assertThat(declares(userEvent, "since")).as("no <since>, AmiAction's default").isFalse();
    }

    private static boolean declares(Object target, String method) {
        for (Method m : target.getClass().getDeclaredMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
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
        assertThat(call(event, "channelStateDesc")).isEqualTo(Optional.of(constant("ChannelState", "DIALING_OFFHOOK")));
        assertThat(event.headers().get("Undocumented")).isEqualTo("kept");

        AmiEvent newer = (AmiEvent) call(type("NewchannelEvent"), "decode",
                AmiMessage.builder().add("Event", "Newchannel").add("ChannelStateDesc", "Quantum").build());
        assertThat(call(newer, "channelStateDesc")).isEqualTo(Optional.empty());
        assertThat(newer.headers().get("ChannelStateDesc")).isEqualTo("Quantum");
        assertThat(call(type("ChannelState"), "fromWire", " pre-RING "))
                .isEqualTo(constant("ChannelState", "PRE_RING"));
    }

    @Test
    @DisplayName("a Message header is the event's message() (AmiEvent keeps headers() for the whole message); ActionID stays AmiEvent's")
    void reservedFieldNames() throws Exception {
        AmiMessage message = AmiMessage.builder().add("Event", "CoreShowChannel").add("ActionID", "7")
                .add("Message", "hello").build();
        AmiEvent item = (AmiEvent) call(type("CoreShowChannelEvent"), "decode", message);
        assertThat(item.actionId()).isEqualTo("7");
        assertThat(item.headers()).isSameAs(message);
        assertThat(call(item, "message")).isEqualTo("hello");
    }

    @Test
    @DisplayName("AmiSdk registers every event under its name and aliases, found by ServiceLoader too")
    void registry() throws Exception {
        EventDecoders decoders = (EventDecoders) call(type("AmiSdk"), "decoders");
        assertThat(decoders.size()).isEqualTo(9);
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

    @Test
    @DisplayName("typed setters spell values as Asterisk reads them; typed accessors read them back; strings still go")
    void typedSetters() throws Exception {
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "channel", "Local/100@test");
        call(builder, "exten", "200");
        call(builder, "context", "test");
        call(builder, "priority", 1);
        call(builder, "timeout", java.time.Duration.ofSeconds(30));
        call(builder, "async", true);
        AmiAction<?> originate = (AmiAction<?>) call(builder, "build");
        assertThat(headers(originate)).containsExactly("Channel: Local/100@test", "Exten: 200", "Context: test",
                "Priority: 1", "Timeout: 30000", "Async: true");
        assertThat(call(originate, "priority")).isEqualTo(java.util.OptionalInt.of(1));
        assertThat(call(originate, "timeout")).isEqualTo(Optional.of(java.time.Duration.ofMillis(30000)));
        assertThat(call(originate, "async")).isEqualTo(Optional.of(true));
        // the String setter stays for values the docs don't list, and an unreadable one reads back empty
        Object raw = call(call(call(originate, "toBuilder"), "priority", "n"), "build");
        assertThat(headers((AmiAction<?>) raw)).contains("Priority: n");
        assertThat(call(raw, "priority")).isEqualTo(java.util.OptionalInt.empty());
    }

    @Test
    @DisplayName("a typed setter's value comes back as given, the string sent beside it; what is sent and equality are the wire's")
    void typedValuesComeBackAsSet() throws Exception {
        // given: a duration finer than the millisecond the header is sent in
        java.time.Duration timeout = java.time.Duration.ofNanos(1_500_000_700L);
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "channel", "Local/100@test");
        call(builder, "context", "test");
        call(builder, "exten", "200");
        call(builder, "priority", 7);
        call(builder, "timeout", timeout);
        call(builder, "async", false);
        // when
        AmiAction<?> typed = (AmiAction<?>) call(builder, "build");
        // then: the typed accessors return what was set, the raw ones what is sent
        assertThat(call(typed, "priority")).isEqualTo(java.util.OptionalInt.of(7));
        assertThat(call(typed, "timeout")).isEqualTo(Optional.of(timeout));
        assertThat(call(typed, "async")).isEqualTo(Optional.of(false));
        assertThat(call(typed, "priorityAsString")).isEqualTo("7");
        assertThat(call(typed, "timeoutAsString")).isEqualTo("1500");
        assertThat(call(typed, "asyncAsString")).isEqualTo("false");
        assertThat(headers(typed)).containsExactly("Channel: Local/100@test", "Exten: 200", "Context: test",
                "Priority: 7", "Timeout: 1500", "Async: false");
        // toBuilder keeps the typed value, not only its spelling
        assertThat(call(call(call(typed, "toBuilder"), "build"), "timeout")).isEqualTo(Optional.of(timeout));
        // the same strings given to the String setters: the same wire, equal actions, typed values read from the strings
        Object strings = call(call(call(call(call(typed, "toBuilder"), "priority", "7"), "timeout", "1500"), "async",
                "false"), "build");
        assertThat(headers((AmiAction<?>) strings)).isEqualTo(headers(typed));
        assertThat(strings).isEqualTo(typed).hasSameHashCodeAs(typed).hasToString(typed.toString());
        assertThat(typed.toString()).contains("priority=7", "timeout=1500", "async=false");
        assertThat(call(strings, "timeout")).isEqualTo(Optional.of(java.time.Duration.ofMillis(1500)));
        assertThat(call(strings, "async")).isEqualTo(Optional.of(false));
    }

    @Test
    @DisplayName("a string the type cannot read: the typed accessor is empty, the raw one returns it, it is sent as given")
    void unreadableStringStaysRaw() throws Exception {
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "channel", "Local/100@test");
        call(builder, "context", "test");
        call(builder, "exten", "200");
        call(builder, "priority", 1);
        // the String setter replaces the typed value
        call(builder, "priority", "hangup-label");
        AmiAction<?> originate = (AmiAction<?>) call(builder, "build");
        assertThat(call(originate, "priority")).isEqualTo(java.util.OptionalInt.empty());
        assertThat(call(originate, "priorityAsString")).isEqualTo("hangup-label");
        assertThat(headers(originate)).contains("Priority: hangup-label");
        // not set at all: empty and null
        assertThat(call(originate, "timeout")).isEqualTo(Optional.empty());
        assertThat(call(originate, "timeoutAsString")).isNull();
        // an enum: the constant set, or a string no constant has
        Object login = call(call(call(call(type("LoginAction"), "builder"), "username", "admin"), "authType",
                io.amisdk.runtime.AuthType.MD5), "build");
        assertThat(call(login, "authType")).isEqualTo(Optional.of(io.amisdk.runtime.AuthType.MD5));
        assertThat(call(login, "authTypeAsString")).isEqualTo("MD5");
        Object unknown = call(call(call(login, "toBuilder"), "authType", "sha256"), "build");
        assertThat(call(unknown, "authType")).isEqualTo(Optional.empty());
        assertThat(call(unknown, "authTypeAsString")).isEqualTo("sha256");
        assertThat(headers((AmiAction<?>) unknown)).containsExactly("Username: admin", "AuthType: sha256");
    }

    @Test
    @DisplayName("a requirement over several parameters is checked by build(), with the others, in one message")
    void requirements() throws Exception {
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "exten", "200");
        assertThatThrownBy(() -> call(builder, "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("OriginateAction is missing required parameters: Channel; "
                        + "Exten with Context and Priority, or Application");
        call(builder, "channel", "Local/100@test");
        call(builder, "application", "Wait");
        assertThat(call(builder, "build")).isNotNull();
    }

    @Test
    @DisplayName("events read typed values lazily, never throwing, the raw string kept")
    void typedEventValues() throws Exception {
        AmiMessage message = AmiMessage.builder().add("Event", "CoreShowChannel").add("Channel", "Local/1")
                .add("ChannelState", "6").add("ChannelStateDesc", "Up").add("Duration", "00:01:05")
                .add("Priority", "not-a-number").build();
        Object item = call(type("CoreShowChannelEvent"), "decode", message);
        assertThat(call(item, "channelState")).isEqualTo(java.util.OptionalInt.of(6));
        assertThat(call(item, "duration")).isEqualTo(Optional.of(java.time.Duration.ofSeconds(65)));
        assertThat(call(item, "priority")).isEqualTo(java.util.OptionalInt.empty());
        assertThat(((AmiEvent) item).headers().get("Priority")).isEqualTo("not-a-number");
        Object member = call(type("QueueMemberEvent"), "decode",
                AmiMessage.builder().add("Event", "QueueMember").add("Name", "Local/200@test").add("Paused", "1").build());
        assertThat(call(member, "paused")).isEqualTo(Optional.of(true));
        assertThat(call(member, "name")).isEqualTo("Local/200@test");
        assertThat(((AmiEvent) member).eventName()).isEqualTo("QueueMember");
    }

    @Test
    @DisplayName("events carrying a channel snapshot share its interface; a prefixed run reads through a view")
    void shapes() throws Exception {
        Class<?> channelEvent = type("ChannelEvent");
        Class<?> snapshot = type("ChannelSnapshot");
        AmiMessage message = AmiMessage.builder().add("Event", "DialBegin").add("Channel", "Local/1;1")
                .add("ChannelState", "4").add("DestChannel", "Local/2;1").add("DestChannelState", "5")
                .add("DestChannelStateDesc", "Ringing").build();
        Object dial = call(type("DialBeginEvent"), "decode", message);
        assertThat(dial).isInstanceOf(channelEvent).isInstanceOf(snapshot);
        assertThat(call(type("NewchannelEvent"), "decode", message)).isInstanceOf(channelEvent);
        assertThat(call(type("CoreShowChannelEvent"), "decode", message)).isInstanceOf(channelEvent);
        assertThat(channelEvent).isInterface();
        assertThat(AmiEvent.class).isAssignableFrom(channelEvent);
        Object dest = call(dial, "destChannelSnapshot");
        assertThat(dest).isInstanceOf(snapshot);
        assertThat(call(dest, "channel")).isEqualTo("Local/2;1");
        assertThat(call(dest, "channelState")).isEqualTo(java.util.OptionalInt.of(5));
        assertThat(call(dest, "channelStateDesc")).isEqualTo(Optional.of(constant("ChannelState", "RINGING")));
        assertThat(call(dial, "channel")).isEqualTo("Local/1;1");
    }

    @Test
    @DisplayName("a list of several item events has a sealed item type; the action decodes its own items")
    void sealedItems() throws Exception {
        @SuppressWarnings("unchecked")
        AmiListAction<AmiEvent> list = (AmiListAction<AmiEvent>) call(call(type("QueueStatusAction"), "builder"), "build");
        Class<?> item = type("QueueStatusItem");
        assertThat(item.isSealed()).isTrue();
        assertThat(item.getPermittedSubclasses()).containsExactly(type("QueueParamsEvent"), type("QueueMemberEvent"));
        assertThat(list.itemType()).isEqualTo(item);
        assertThat(list.decodeItem(AmiMessage.builder().add("Event", "queuemember").build()))
                .isInstanceOf(type("QueueMemberEvent"));
        assertThat(list.decodeItem(AmiMessage.builder().add("Event", "QueueParams").build()))
                .isInstanceOf(type("QueueParamsEvent"));
        assertThat(list.decodeItem(AmiMessage.builder().add("Event", "QueueStatusComplete").build())).isNull();
        assertThat(list.decodeItem(AmiMessage.builder().add("Response", "Success").build())).isNull();
    }

    @Test
    @DisplayName("an action with a response shape answers its typed response, every header kept")
    void typedResponse() throws Exception {
        AmiAction<?> getvar = (AmiAction<?>) call(call(call(type("GetvarAction"), "builder"), "variable", "X"), "build");
        AmiResponse raw = new AmiResponse(AmiMessage.builder().add("Response", "Success").add("Variable", "X")
                .add("Value", "42").add("Extra", "e").build());
        AmiResponse typed = getvar.decodeResponse(raw);
        assertThat(typed).isInstanceOf(type("GetvarResponse"));
        assertThat(call(typed, "value")).isEqualTo("42");
        assertThat(typed.get("Extra")).isEqualTo("e");
        assertThat(call(typed, "orThrow")).isSameAs(typed);
    }

    @Test
    @DisplayName("placeholder parameters get no setter; header(name, value) sends custom headers after the documented ones")
    void placeholdersAndCustomHeaders() throws Exception {
        Class<?> builderType = type("UserEventAction$Builder");
        assertThat(java.util.Arrays.stream(builderType.getMethods()).map(Method::getName))
                .doesNotContain("header1", "headerN").contains("header");
        Object builder = call(type("UserEventAction"), "builder");
        call(builder, "userEvent", "Ping");
        call(builder, "header", "Custom", "a");
        call(builder, "header", "Other", "b");
        AmiAction<?> event = (AmiAction<?>) call(builder, "build");
        assertThat(headers(event)).containsExactly("UserEvent: Ping", "Custom: a", "Other: b");
        assertThat(call(call(event, "toBuilder"), "build")).isEqualTo(event);
        assertThat(event.toString()).contains("Custom=a");
    }

    @Test
    @DisplayName("every String setter refuses CR, LF or NUL where it is set, naming the header, never showing the value")
    void settersRefuseLineBreaks() throws Exception {
        // given
        Object builder = call(type("OriginateAction"), "builder");
        call(builder, "channel", "Local/100@test");
        call(builder, "application", "Wait");
        call(builder, "variable", "A=1");
        // when / then: each setter throws, and the builder keeps what it had
        assertThatThrownBy(() -> call(builder, "channel", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("header Channel: value contains CR at index 1");
        assertThatThrownBy(() -> call(builder, "priority", "1\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Priority:");
        assertThatThrownBy(() -> call(builder, "classValue", "x\0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Class: value contains NUL");
        assertThatThrownBy(() -> call(builder, "variable", "B=a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Variable:");
        assertThatThrownBy(() -> call(builder, "variable", "B", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Variable:");
        assertThatThrownBy(() -> call(builder, "variables", List.of("C=3", "D=a\r\nb")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Variable:");
        assertThatThrownBy(() -> call(builder, "header", "Custom", "a\r\nb"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Custom:");
        assertThatThrownBy(() -> call(builder, "header", "Bad:Name", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains ':'");
        assertThatThrownBy(() -> call(builder, "actionId", "id\r\nAction: Logoff"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header ActionID:");
        assertThatThrownBy(() -> call(builder, "channel", "x".repeat(1100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header Channel: the line is");
        AmiAction<?> originate = (AmiAction<?>) call(builder, "build");
        assertThat(headers(originate)).containsExactly("Channel: Local/100@test", "Application: Wait", "Variable: A=1");
        // null still leaves a header out, and a null in a repeatable stays a NullPointerException
        call(builder, "classValue", "x");
        call(builder, "classValue", (Object) null);
        assertThat(headers((AmiAction<?>) call(builder, "build"))).containsExactly("Channel: Local/100@test",
                "Application: Wait", "Variable: A=1");
        assertThatThrownBy(() -> call(builder, "variable", (Object) null)).isInstanceOf(NullPointerException.class);
        // a secret is refused without being shown
        Object login = call(type("LoginAction"), "builder");
        assertThatThrownBy(() -> call(login, "secret", "s3cr3t\r\nAction: Logoff"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header Secret:")
                .message().doesNotContain("s3cr3t").doesNotContain("Logoff");
    }
}
