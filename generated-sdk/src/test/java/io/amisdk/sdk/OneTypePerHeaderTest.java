package io.amisdk.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiMessage;
import io.amisdk.runtime.EventClass;
import io.amisdk.runtime.EventMask;
import io.amisdk.sdk.action.EventsAction;
import io.amisdk.sdk.action.LoginAction;
import io.amisdk.sdk.event.ParkedCallEvent;
import io.amisdk.sdk.event.QueueMemberEvent;
import io.amisdk.sdk.event.QueueMemberStatusEvent;
import io.amisdk.sdk.type.DeviceState;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OneTypePerHeaderTest {
    @Test
    @DisplayName("a header has one Java type across its family: every QueueMember* Status is a DeviceState")
    void queueMemberStatusIsOneType() throws Exception {
        for (Class<?> type : List.of(QueueMemberEvent.class, QueueMemberStatusEvent.class)) {
            Method status = type.getMethod("status");
            assertThat(status.getGenericReturnType().getTypeName()).as(type.getSimpleName())
                    .isEqualTo("java.util.Optional<io.amisdk.sdk.type.DeviceState>");
        }
        QueueMemberEvent member = QueueMemberEvent.decode(message("QueueMember", "Status", "1", "LastCall", "0",
                "LastPause", "1795690551"));
        assertThat(member.status()).contains(DeviceState.NOT_INUSE);
        assertThat(member.lastCall()).as("0 is never").isEmpty();
        assertThat(member.lastPause()).contains(Instant.ofEpochSecond(1795690551L));
    }

    @Test
    @DisplayName("ParkingSpace is a number on every parking event")
    void parkingSpace() {
        ParkedCallEvent parked = ParkedCallEvent.decode(message("ParkedCall", "ParkingSpace", "701"));
        assertThat(parked.parkingSpace()).isEqualTo(OptionalInt.of(701));
    }

    @Test
    @DisplayName("Login's Events and the Events action's EventMask are the runtime's EventMask, read back as set")
    void eventMasks() {
        LoginAction login = LoginAction.builder().username("u").secret("s")
                .events(EventMask.of(EventClass.CALL, EventClass.AGENT)).build();
        assertThat(login.events()).contains(EventMask.of(EventClass.CALL, EventClass.AGENT));
        assertThat(EventsAction.builder().eventMask(EventMask.OFF).build().eventMask()).contains(EventMask.OFF);
        assertThat(EventsAction.builder().eventMask("nonsense").build().eventMask()).isEmpty();
    }

    @Test
    @DisplayName("across every event family (events named with the same first word) an accessor has one type")
    void everyFamilyOneType() throws Exception {
        Path events = Path.of(QueueMemberEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/amisdk/sdk/event");
        Map<String, Map<String, Set<String>>> families = new TreeMap<>();
        int accessors = 0;
        try (Stream<Path> files = Files.list(events)) {
            for (Path file : files.map(Path::getFileName).filter(f -> f.toString().matches("[^$]+Event\\.class"))
                    .toList()) {
                Class<?> type = Class.forName("io.amisdk.sdk.event." + file.toString().replace(".class", ""));
                String family = FIRST_WORD.matcher(type.getSimpleName()).results().findFirst().orElseThrow().group();
                for (Method m : type.getMethods()) {
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getDeclaringClass() == type) {
                        accessors++;
                        families.computeIfAbsent(family, k -> new TreeMap<>())
                                .computeIfAbsent(m.getName(), k -> new TreeSet<>())
                                .add(m.getGenericReturnType().getTypeName().replaceFirst("^java\\.util\\.List<(.*)>$", "$1"));
                    }
                }
            }
        }
        Map<String, Set<String>> twoTypes = new TreeMap<>();
        families.forEach((family, members) -> members.forEach((member, types) -> {
            if (types.size() > 1) {
                twoTypes.put(family + "*." + member, types);
            }
        }));
        assertThat(accessors).isGreaterThan(3000);
        assertThat(twoTypes).as("accessors of one family with more than one type (a List of one counts as it)")
                .containsOnlyKeys(TWO_DOCUMENTED_SETS.keySet());
    }

    /**
     * Where one family documents two disjoint value sets for a header, each event keeps its own enum: one type would
     * make every switch on a DialEnd status handle RINGING.
     */
    private static final Map<String, String> TWO_DOCUMENTED_SETS = Map.of(
            "Dial*.dialStatus", "DialState: RINGING, PROCEEDING, PROGRESS (progress); DialEnd: ANSWER, BUSY, ... (outcome)");

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("^[A-Z]+(?![a-z])|^[A-Z][a-z0-9]*");

    private static AmiMessage message(String event, String... headers) {
        List<Map.Entry<String, String>> list = new java.util.ArrayList<>();
        list.add(Map.entry("Event", event));
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return AmiMessage.of(list);
    }
}
