package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.runtime.AmiAction;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiHeaderWriter;
import io.amisdk.runtime.AmiListAction;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.AmiOutcomeEvent;
import io.amisdk.runtime.AuthType;
import io.amisdk.runtime.EventDecoders;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK generated from Asterisk 22's real docs compiles with -Xlint:all -Werror and has one class per action and event. */
class RealDocsSdkTest {
    private static final String PACKAGE = "io.amisdk.sdk";

    @TempDir
    static Path temp;

    private static AmiModel model;
    private static ClassLoader loader;
    private static SdkGenerator.Result result;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        String dir = System.getProperty("amisdk.docs.dir");
        assertThat(dir).as("system property amisdk.docs.dir (set by the build to ../shared/asterisk-docs)").isNotNull();
        Path docs = Path.of(dir, "xml", "22", "core-en_US.xml");
        assertThat(docs).as("Asterisk 22 docs; the reference data in ../shared is missing").isRegularFile();
        LoadedDocs loaded = DocsLoader.load(docs, "22");
        assertThat(loaded.problems()).isEmpty();
        model = loaded.model();
        result = SdkGenerator.builder().packageName(PACKAGE).build().generate(model, temp.resolve("src"));
        loader = InMemoryCompiler.compile(temp.resolve("src"), temp.resolve("classes"));
    }

    private static Class<?> load(String simpleName) throws ClassNotFoundException {
        String sub = simpleName.equals("AmiSdk") ? "" : simpleName.contains("Action") ? "action." : "event.";
        return Class.forName(PACKAGE + "." + sub + simpleName, true, loader);
    }

    @Test
    @DisplayName("one public final class per documented action and event, plus AmiSdk and its service file")
    void oneClassPerActionAndEvent() throws Exception {
        JavaNames names = new JavaNames(PACKAGE, model.actions().stream().map(ActionDef::name).toList(),
                model.events().stream().map(EventDef::name).toList());
        int actions = 0;
        for (ActionDef action : model.actions()) {
            Class<?> type = Class.forName(names.actionClass(action.name()).canonicalName(), true, loader);
            assertThat(AmiAction.class).isAssignableFrom(type);
            assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
            assertThat(type.getField("ACTION_NAME").get(null)).isEqualTo(action.name());
            actions++;
        }
        int events = 0;
        for (EventDef event : model.events()) {
            Class<?> type = Class.forName(names.eventClass(event.name()).canonicalName(), true, loader);
            assertThat(AmiEvent.class).isAssignableFrom(type);
            assertThat(type.getField("EVENT_NAME").get(null)).isEqualTo(event.name());
            events++;
        }
        assertThat(actions).isEqualTo(model.actions().size()).isEqualTo(result.actions()).isEqualTo(154);
        assertThat(events).isEqualTo(model.events().size()).isEqualTo(result.events()).isEqualTo(181);
        long sealedLists = model.actions().stream().filter(a -> a.listResponse() != null
                && a.listResponse().completionEvent() != null && a.listResponse().itemEvents().stream().distinct().count() > 1).count();
        long responses = model.actions().stream().filter(a -> a.response() != null && a.listResponse() == null).count();
        // types: actions, events, responses, sealed item types, shared enums, 3 per shape; the registry and its service file
        assertThat(result.files()).hasSize((int) (actions + events + responses + sealedLists + model.enums().size()
                + 3L * model.shapes().size() + 2));
        assertThat(load("AmiSdk").getField("EVENT_COUNT").get(null)).isEqualTo(events);
        EventDecoders decoders = (EventDecoders) load("AmiSdk").getMethod("decoders").invoke(null);
        assertThat(decoders.size()).isGreaterThanOrEqualTo(events);
    }

    @Test
    @DisplayName("LoginAction from the real docs: documented header order, the runtime's AuthType, secrets masked")
    void login() throws Exception {
        Class<?> login = load("LoginAction");
        Object builder = login.getMethod("builder").invoke(null);
        Class<?> b = builder.getClass();
        assertThat(login.getDeclaredClasses()).as("no nested AuthType: the runtime's is the SDK's one")
                .extracting(Class::getSimpleName).doesNotContain("AuthType");
        b.getMethod("secret", String.class).invoke(builder, "pw-value");
        b.getMethod("username", String.class).invoke(builder, "admin");
        b.getMethod("authType", AuthType.class).invoke(builder, AuthType.PLAIN);
        AmiAction<?> action = (AmiAction<?>) b.getMethod("build").invoke(builder);
        List<String> lines = new ArrayList<>();
        action.writeHeaders(new AmiHeaderWriter() {
            @Override
            public AmiHeaderWriter header(String name, String value) {
                lines.add(name + ": " + value);
                return this;
            }
        });
        assertThat(lines).containsExactly("Username: admin", "AuthType: plain", "Secret: pw-value");
        assertThat(action.toString()).contains("secret=****").doesNotContain("pw-value");
    }

    @Test
    @DisplayName("OriginateResponseEvent is an AmiOutcomeEvent: Response Failure is a failed outcome, Success not")
    void originateResponseIsAnOutcome() throws Exception {
        Class<?> originate = load("OriginateResponseEvent");
        assertThat(AmiOutcomeEvent.class).isAssignableFrom(originate);
        assertThat(AmiOutcomeEvent.class.isAssignableFrom(load("HangupEvent"))).isFalse();
        Method decode = originate.getMethod("decode", AmiMessage.class);
        AmiOutcomeEvent busy = (AmiOutcomeEvent) decode.invoke(null, AmiMessage.builder().add("Event", "OriginateResponse")
                .add("Response", "Failure").add("Reason", "5").build());
        assertThat(busy.outcomeFailed()).isTrue();
        assertThat(busy.failureReason()).isEqualTo("Reason 5 (busy)");
        AmiOutcomeEvent answered = (AmiOutcomeEvent) decode.invoke(null, AmiMessage.builder()
                .add("Event", "OriginateResponse").add("Response", "Success").add("Reason", "4").build());
        assertThat(answered.outcomeFailed()).isFalse();
    }

    @Test
    @DisplayName("CoreShowChannels is a list action of CoreShowChannelEvent; Newchannel types its state")
    void listActionAndEventEnum() throws Exception {
        Object builder = load("CoreShowChannelsAction").getMethod("builder").invoke(null);
        AmiListAction<?> list = (AmiListAction<?>) builder.getClass().getMethod("build").invoke(builder);
        assertThat(list.itemType()).isEqualTo(load("CoreShowChannelEvent"));
        assertThat(list.completionEventName()).isEqualTo("CoreShowChannelsComplete");

        Class<?> newchannel = load("NewchannelEvent");
        Object event = newchannel.getMethod("decode", AmiMessage.class).invoke(null, AmiMessage.builder()
                .add("Event", "Newchannel").add("Channel", "PJSIP/1-0001").add("ChannelStateDesc", "Pre-ring").build());
        Method state = newchannel.getMethod("channelStateDesc");
        assertThat(state.getGenericReturnType().getTypeName()).isEqualTo("java.util.Optional<io.amisdk.sdk.type.ChannelState>");
        assertThat(((Optional<?>) state.invoke(event)).map(Object::toString)).contains("PRE_RING");
        assertThat(Class.forName("io.amisdk.sdk.type.ChannelEvent", true, loader).isInstance(event)).isTrue();
        assertThat(newchannel.getMethod("channel").invoke(event)).isEqualTo("PJSIP/1-0001");
    }

    @Test
    @DisplayName("an action tells its docs' since versions and the module to load for it; builtin ones name none")
    void sinceAndProvidedBy() throws Exception {
        Object builder = load("PJSIPSetMaintenanceAction").getMethod("builder").invoke(null);
        builder.getClass().getMethod("endpoint", String.class).invoke(builder, "alice");
        builder.getClass().getMethod("state", String.class).invoke(builder, "on");
        AmiAction<?> maintenance = (AmiAction<?>) builder.getClass().getMethod("build").invoke(builder);
        assertThat(maintenance.since()).containsExactly("20.20.0", "22.10.0", "23.4.0");
        assertThat(maintenance.providedBy()).isEqualTo("res_pjsip_maintenance");
        assertThat(Files.readString(temp.resolve("src/io/amisdk/sdk/action/PJSIPSetMaintenanceAction.java")))
                .contains("Provided by the <code>res_pjsip_maintenance</code> module. "
                        + "Since Asterisk 20.20.0, 22.10.0 and 23.4.0.");

        assertThat(built("OriginateAction", "channel", "PJSIP/alice").providedBy()).as("builtin").isNull();
        assertThat(built("ParkAction", "channel", "PJSIP/alice").providedBy()).as("parking_manager.c")
                .isEqualTo("res_parking");
        assertThat(built("VoicemailUsersListAction", null, null).providedBy()).as("three builds")
                .isEqualTo("app_voicemail");

        long providedBy = model.actions().stream().filter(a -> ActionEmitter.providedBy(a) != null).count();
        long since = model.actions().stream().filter(a -> !a.since().isEmpty()).count();
        assertThat(providedBy).isEqualTo(98);
        assertThat(since).isEqualTo(model.actions().size());
    }

    /** An action built with one String header set (none when {@code setter} is null). */
    private static AmiAction<?> built(String action, String setter, String value) throws Exception {
        Object builder = load(action).getMethod("builder").invoke(null);
        if (setter != null) {
            builder.getClass().getMethod(setter, String.class).invoke(builder, value);
        }
        return (AmiAction<?>) builder.getClass().getMethod("build").invoke(builder);
    }

    @Test
    @DisplayName("no member's Javadoc names its header twice; an undocumented one says what is known instead")
    void headerNamedOnce() throws Exception {
        java.util.regex.Pattern twice = java.util.regex.Pattern.compile(
                "\\* The <code>([^<]+)</code> header\\.\\n\\s*\\*\\n\\s*\\* <p>Header <code>\\1</code>");
        int twiceCount = 0;
        int nowhere = 0;
        int members = 0;
        try (java.util.stream.Stream<Path> files = Files.walk(temp.resolve("src"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                twiceCount += (int) twice.matcher(text).results().count();
                nowhere += (int) java.util.regex.Pattern.compile("its docs describe it nowhere").matcher(text).results().count();
                members += (int) java.util.regex.Pattern.compile("\\* <p>Header <code>|header(?:, [a-z ]+)?[:.,]")
                        .matcher(text).results().count();
            }
        }
        System.out.printf("[javadoc] header named twice: %d; undocumented, said so: %d%n", twiceCount, nowhere);
        assertThat(twiceCount).isZero();
        assertThat(members).isGreaterThan(1000);
    }

}
