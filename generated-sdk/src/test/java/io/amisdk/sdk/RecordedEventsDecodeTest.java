package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.runtime.AmiEvent;
import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.testkit.AmiWire;
import io.amisdk.testkit.Transcript;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every event Asterisk 22 sent in the recorded sessions decodes into its typed class, every field readable. */
class RecordedEventsDecodeTest {
    /** Headers the runtime's AmiEvent itself exposes, on every event. */
    private static final Set<String> COMMON = Set.of("event", "privilege", "actionid");

    private static List<Transcript> transcripts() {
        String dir = System.getProperty("amisdk.transcripts.dir");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("amisdk.transcripts.dir must name the ami-transcripts directory (Maven"
                    + " sets it); got " + dir);
        }
        List<Transcript> all = Transcript.loadAll(Path.of(dir));
        assertThat(all).as("transcripts in %s", dir).hasSizeGreaterThanOrEqualTo(56);
        return all;
    }

    private static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** Method names AmiEvent and Object declare ({@code message()}, {@code name()}, {@code wait()}, ...). */
    private static final Set<String> AMI_EVENT_METHODS = Stream.concat(Arrays.stream(AmiEvent.class.getMethods()),
            Arrays.stream(Object.class.getMethods())).map(Method::getName).collect(Collectors.toSet());

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new HashMap<>();

    /**
     * The typed accessor of a header: the public no-argument method named after it, not one AmiEvent
     * or Object declares (a field named {@code Message} gets another name, e.g. {@code message_()}).
     */
    private static Method accessor(Class<?> type, String header) {
        Map<String, Method> byName = ACCESSORS.computeIfAbsent(type, t -> {
            Map<String, Method> methods = new HashMap<>();
            for (Method m : t.getMethods()) {
                if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && !AMI_EVENT_METHODS.contains(m.getName())) {
                    methods.put(m.getName().replace("_", "").toLowerCase(Locale.ROOT), m);
                }
            }
            return methods;
        });
        // A keyword or a name the class uses itself gets "Value" appended (Class -> classValue()).
        Method m = byName.get(normalized(header));
        return m != null ? m : byName.get(normalized(header) + "value");
    }

    @Test
    @DisplayName("every recorded event decodes into its typed class, and every header it carries has an accessor")
    void everyRecordedEventIsTyped() throws Exception {
        EventDecoders decoders = AmiSdk.decoders();
        int events = 0;
        Set<String> names = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        for (Transcript transcript : transcripts()) {
            for (AmiMessage message : AmiWire.messages(transcript.serverBytes(), true)) {
                String name = message.get("Event");
                if (name == null) {
                    continue;
                }
                events++;
                names.add(name);
                AmiEvent event = decoders.decode(message);
                Class<?> expected = SdkModel.eventClass(name);
                if (!expected.isInstance(event)) {
                    failures.add(transcript.name() + ": " + name + " decoded as " + event.getClass().getSimpleName());
                    continue;
                }
                checkFields(transcript.name(), name, event, message, failures);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(events).as("events in the transcripts (EVENTS.md counts 1396)").isEqualTo(1396);
        assertThat(names).as("distinct event names (EVENTS.md counts 98)").hasSize(98);
    }

    private static boolean isEmpty(Object typed) {
        if (typed instanceof java.util.Optional<?> o) {
            return o.isEmpty();
        }
        if (typed instanceof java.util.OptionalInt o) {
            return o.isEmpty();
        }
        if (typed instanceof java.util.OptionalLong o) {
            return o.isEmpty();
        }
        if (typed instanceof java.util.OptionalDouble o) {
            return o.isEmpty();
        }
        // A view (ChannelSnapshot under a prefix) is never empty.
        return false;
    }

    private static void checkFields(String transcript, String name, AmiEvent event, AmiMessage message,
            List<String> failures) throws Exception {
        EventDef def = SdkModel.merged().event(name);
        if (def == null) {
            def = SdkModel.merged().events().stream()
                    .filter(e -> e.aliases().stream().anyMatch(name::equalsIgnoreCase)).findFirst().orElseThrow();
        }
        Map<String, ParameterDef> fields = new HashMap<>();
        def.fields().forEach(f -> fields.put(f.name().toLowerCase(Locale.ROOT), f));
        for (Map.Entry<String, String> header : message.headers()) {
            String key = header.getKey().toLowerCase(Locale.ROOT);
            if (COMMON.contains(key)) {
                continue;
            }
            ParameterDef field = fields.get(key);
            if (field == null) {
                // UserEvent carries whatever headers its sender chose; they stay readable in message().
                if (!"UserEvent".equals(def.name())) {
                    failures.add(transcript + ": " + name + " header " + header.getKey() + " is not a field");
                }
                continue;
            }
            Method accessor = accessor(event.getClass(), field.name());
            if (accessor == null) {
                failures.add(transcript + ": " + name + " has no accessor for " + field.name());
                continue;
            }
            Object value = accessor.invoke(event);
            Object expected = field.multiValued() ? message.getAll(header.getKey()) : message.get(header.getKey());
            if (value instanceof String || value instanceof List<?>) {
                if (!expected.equals(value)) {
                    failures.add(transcript + ": " + name + "." + accessor.getName() + "() gave " + value + ", sent "
                            + expected);
                }
            } else if (field.type().kind() == io.amisdk.generator.model.HeaderType.Kind.TIMESTAMP
                    && "0".equals(((String) expected).strip())) {
                // 0 is Asterisk's "never": a timestamp reads it as empty, never as 1970.
                if (!isEmpty(value)) {
                    failures.add(transcript + ": " + name + "." + accessor.getName() + "() read 0 as " + value);
                }
            } else if (!((String) expected).isBlank() && isEmpty(value)) {
                // A typed accessor must read every value real traffic sends: an empty one is a wrong type.
                failures.add(transcript + ": " + name + "." + accessor.getName() + "() could not read " + expected);
            }
        }
        assertThat(event.headers()).isEqualTo(message);
    }
}
