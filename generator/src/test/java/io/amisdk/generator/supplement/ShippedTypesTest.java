package io.amisdk.generator.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.link.types.TypeCoverage;
import io.amisdk.generator.link.types.TypeInvariants;
import io.amisdk.generator.link.types.TypeLinker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.supplement.RecordedSessions.Message;
import io.amisdk.generator.supplement.RecordedSessions.Session;
import io.amisdk.runtime.HeaderValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The test that matters for types: every typed header parses every value seen for it in all the recorded
 * sessions, with the runtime's own parsers ({@link HeaderValues}); a type real traffic would break is a defect of
 * its rule or overlay entry. Also: the shipped overlay fits the Asterisk 22 docs strictly, names its sessions,
 * and every enum value seen is documented or listed here as seen-but-undocumented.
 */
class ShippedTypesTest {
    private static final Pattern SESSION = Pattern.compile("\\b([a-z0-9_]+)\\.txt\\b");

    /**
     * Values seen for an enum header that its docs do not list (header: values). All are values the recording
     * client sent on purpose to see Asterisk refuse them, or module names the docs list only a few of: enum
     * setters keep their String form for exactly these.
     */
    private static final Map<String, Set<String>> UNDOCUMENTED_ENUM_VALUES = Map.of(
            "manager Challenge AuthType", Set.of("SHA1"), // challenge_bad_authtype.txt: refused
            "manager Filter Operation", Set.of("Frobnicate"), // filter_action.txt: refused
            "manager ModuleLoad LoadType", Set.of("bogus"), // module_check_load.txt: refused
            // module_check_load.txt: the docs list only builtin module names; any loadable module is valid
            "manager ModuleLoad Module", Set.of("app_queue.so", "nosuchmod.so", "res_parking.so"));

    private static AmiModel model;
    private static List<Session> sessions;

    @BeforeAll
    static void load() throws Exception {
        Path docs = Path.of(System.getProperty("amisdk.docs.dir"), "xml/22/core-en_US.xml");
        AmiModel documented = DocsLoader.load(docs, "22").model();
        model = TypeLinker.type(SupplementMerger.mergeApplicable(documented, Supplements.builtIn()));
        sessions = RecordedSessions.all();
        assertThat(sessions).hasSize(56);
    }

    @Test
    @DisplayName("every typed header parses every value seen for it in the 56 recorded sessions")
    void everyTypedHeaderParsesEveryValueSeen() {
        Map<String, Set<String>> broken = new TreeMap<>();
        Map<String, Set<String>> undocumentedEnumValues = new TreeMap<>();
        int checked = 0;
        for (Session s : sessions) {
            Map<String, String> actions = RecordedSessions.actionsById(s);
            for (Message m : s.client()) {
                ActionDef a = m.get("Action") == null ? null : action(m.get("Action"));
                if (a != null) {
                    checked += check("manager " + a.name(), a.parameters(), m, broken, undocumentedEnumValues);
                }
            }
            for (Message m : s.server()) {
                if (m.get("Event") != null) {
                    EventDef e = model.event(m.get("Event"));
                    if (e != null) {
                        checked += check("managerEvent " + e.name(), e.fields(), m, broken, undocumentedEnumValues);
                    }
                } else if (m.get("Response") != null && m.get("ActionID") != null) {
                    ActionDef a = action(actions.get(m.get("ActionID")));
                    if (a != null && a.response() != null && "Success".equalsIgnoreCase(m.get("Response"))) {
                        checked += check("manager " + a.name() + " response", a.response().fields(), m, broken,
                                undocumentedEnumValues);
                    }
                }
            }
        }
        System.out.println("typed header values checked against the recorded sessions: " + checked);
        assertThat(broken).as("typed headers whose recorded values do not parse (header: values)").isEmpty();
        assertThat(undocumentedEnumValues).as("enum values seen but not documented")
                .isEqualTo(UNDOCUMENTED_ENUM_VALUES);
        assertThat(checked).isGreaterThan(1000);
    }

    /**
     * Headers the recorded sessions show carrying only numbers that stay text, by header name, with why: a
     * number there is what the recordings happened to hold, not what the header is.
     */
    private static final Map<String, String> NUMBERS_THAT_STAY_TEXT = Map.ofEntries(
            Map.entry("*Uniqueid, *Linkedid", "an id (epoch.sequence, or one the originator chose): compared, never"
                    + " computed with, and 1.10 is not 1.1"),
            Map.entry("*Exten, Extension", "a dialplan extension: s, h, i and patterns (_X.) are extensions too"),
            Map.entry("Conference", "a conference's name, chosen in the dialplan"),
            Map.entry("Agent", "an agent's id from agents.conf: any word"),
            Map.entry("VoiceMailbox", "a mailbox name from voicemail.conf: any word"),
            Map.entry("ApplicationData, Data", "an application's arguments, as the dialplan wrote them"),
            Map.entry("Challenge", "a nonce, digested as the text it is"),
            Map.entry("Priority", "ListDialplan sends \"hint\" for a hint"),
            Map.entry("Callgroup, Pickupgroup", "an unsigned 64-bit group mask (%llu): group 63 does not fit a long"));

    @Test
    @DisplayName("every header the recorded sessions show carrying only numbers is typed, or listed with why it stays text")
    void numbersAreTypedOrListed() {
        Map<String, Set<String>> numeric = new TreeMap<>();
        Set<String> notNumeric = new TreeSet<>();
        for (Session s : sessions) {
            Map<String, String> actions = RecordedSessions.actionsById(s);
            for (Message m : s.server()) {
                List<ParameterDef> headers = receivedHeaders(m, actions);
                for (Map.Entry<String, String> h : m.headers()) {
                    ParameterDef p = headers.stream().filter(x -> x.name().equalsIgnoreCase(h.getKey())).findFirst()
                            .orElse(null);
                    if (p == null || p.type().kind() != HeaderType.Kind.TEXT || h.getValue().isBlank()) {
                        continue;
                    }
                    if (NUMBER.matcher(h.getValue().strip()).matches()) {
                        numeric.computeIfAbsent(p.name(), k -> new TreeSet<>()).add(h.getValue().strip());
                    } else {
                        notNumeric.add(p.name());
                    }
                }
            }
        }
        numeric.keySet().removeAll(notNumeric);
        Map<String, Set<String>> unlisted = new TreeMap<>(numeric);
        Set<String> listedButTyped = new TreeSet<>();
        for (String names : NUMBERS_THAT_STAY_TEXT.keySet()) {
            for (String name : names.split(", ")) {
                Pattern glob = Pattern.compile(name.replace("*", ".*"));
                if (!unlisted.keySet().removeIf(h -> glob.matcher(h).matches())) {
                    listedButTyped.add(name);
                }
            }
        }
        assertThat(unlisted).as("headers seen only as numbers, still text and not listed (header: values)").isEmpty();
        assertThat(listedButTyped).as("listed here but not seen only as numbers as text").isEmpty();
        assertThat(numeric).as("the headers seen only as numbers that stay text").hasSizeGreaterThan(20);
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    /** The headers the model knows for a message the server sent: its event's, or its action's typed response's. */
    private static List<ParameterDef> receivedHeaders(Message m, Map<String, String> actionsById) {
        if (m.get("Event") != null) {
            EventDef e = model.event(m.get("Event"));
            return e == null ? List.of() : e.fields();
        }
        ActionDef a = m.get("Response") == null ? null : action(actionsById.get(m.get("ActionID")));
        if (a == null || a.response() == null || !"Success".equalsIgnoreCase(m.get("Response"))) {
            return List.of();
        }
        return a.response().fields();
    }

    private static ActionDef action(String name) {
        if (name == null) {
            return null;
        }
        return model.actions().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static int check(String owner, List<ParameterDef> headers, Message m, Map<String, Set<String>> broken,
            Map<String, Set<String>> undocumented) {
        int checked = 0;
        for (Map.Entry<String, String> h : m.headers()) {
            ParameterDef p = headers.stream().filter(x -> x.name().equalsIgnoreCase(h.getKey())).findFirst()
                    .orElse(null);
            if (p == null || !p.type().isTyped() || h.getValue().isBlank()) {
                continue;
            }
            checked++;
            String key = owner + " " + p.name() + " (" + describe(p.type()) + ")";
            // An AuthType is documented values too (plain, MD5); a client may send another (SHA1, refused).
            if (p.type().kind() == HeaderType.Kind.ENUM || p.type().kind() == HeaderType.Kind.AUTH_TYPE) {
                if (p.values().stream().map(EnumValue::name).noneMatch(v -> v.equalsIgnoreCase(h.getValue()))) {
                    undocumented.computeIfAbsent(owner + " " + p.name(), k -> new TreeSet<>()).add(h.getValue());
                }
            } else if (!parses(p.type(), h.getValue())) {
                broken.computeIfAbsent(key, k -> new TreeSet<>()).add(h.getValue());
            }
        }
        return checked;
    }

    private static String describe(HeaderType t) {
        return t.kind() + (t.unit() == null ? "" : " " + t.unit()) + ", " + t.rule() + ": " + t.reason();
    }

    /** Whether the runtime's parser for the type reads the value. */
    static boolean parses(HeaderType t, String raw) {
        return switch (t.kind()) {
            case TEXT, ENUM -> true;
            case INTEGER -> HeaderValues.toInt(raw).isPresent();
            case LONG -> HeaderValues.toLong(raw).isPresent();
            case DECIMAL -> HeaderValues.toDecimal(raw).isPresent();
            case BOOLEAN -> HeaderValues.toBoolean(raw).isPresent();
            case TIMESTAMP -> HeaderValues.toTimestamp(raw).isPresent();
            case AUTH_TYPE -> HeaderValues.toAuthType(raw).isPresent();
            case EVENT_MASK -> {
                try {
                    io.amisdk.runtime.EventMask.parse(raw);
                    yield true;
                } catch (IllegalArgumentException e) {
                    yield false;
                }
            }
            case DURATION -> HeaderValues.toDuration(raw, switch (t.unit()) {
                case SECONDS -> ChronoUnit.SECONDS;
                case MILLISECONDS -> ChronoUnit.MILLIS;
                case MICROSECONDS -> ChronoUnit.MICROS;
            }).isPresent();
        };
    }

    @Test
    @DisplayName("merged strictly into the Asterisk 22 docs after the observed supplement, the overlay conflicts with nothing")
    void overlayFitsTheAsterisk22Docs() throws Exception {
        Path docs = Path.of(System.getProperty("amisdk.docs.dir"), "xml/22/core-en_US.xml");
        Problems problems = new Problems();
        AmiModel merged = SupplementMerger.merge(DocsLoader.load(docs, "22").model(),
                List.of(Supplements.builtInObserved(), Supplements.builtInLists(), Supplements.builtInTypes(),
                        Supplements.builtInServer()), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(TypeInvariants.check(TypeLinker.type(merged))).isEmpty();
        assertThat(TypeLinker.type(merged)).isEqualTo(model);
    }

    @Test
    @DisplayName("every overlay entry names the recorded sessions that back it, and they exist")
    void overlayEntriesNameTheirSessions() throws IOException {
        AmiModel types = Supplements.builtInTypes();
        Set<String> names = new TreeSet<>();
        sessions.forEach(s -> names.add(s.name().replaceFirst("\\.txt$", "")));
        Map<String, String> unbacked = new TreeMap<>();
        for (EventDef e : types.events()) {
            for (ParameterDef f : e.fields()) {
                backed("managerEvent " + e.name() + " " + f.name(), f.type(), names, unbacked);
            }
        }
        for (ActionDef a : types.actions()) {
            for (ParameterDef p : a.parameters()) {
                backed("manager " + a.name() + " " + p.name(), p.type(), names, unbacked);
            }
            if (a.response() != null) {
                for (ParameterDef p : a.response().fields()) {
                    backed("manager " + a.name() + " response " + p.name(), p.type(), names, unbacked);
                }
            }
        }
        types.shapes().forEach(s -> s.fields().forEach(f -> backed("shape " + s.name() + " " + f.name(), f.type(),
                names, unbacked)));
        assertThat(unbacked).as("overlay entries without a recorded session that exists").isEmpty();
    }

    private static void backed(String entry, HeaderType t, Set<String> sessions, Map<String, String> unbacked) {
        if (t.rule() != HeaderType.Rule.OVERLAY) {
            return;
        }
        Matcher m = SESSION.matcher(String.valueOf(t.reason()));
        boolean any = false;
        while (m.find()) {
            if (!sessions.contains(m.group(1))) {
                unbacked.put(entry, "no session " + m.group(1));
                return;
            }
            any = true;
        }
        if (!any) {
            unbacked.put(entry, String.valueOf(t.reason()));
        }
    }

    @Test
    @DisplayName("the shipped overlay and lists are exactly what ModelJson writes for them, so diffs stay reviewable")
    void canonicalForm() throws IOException {
        for (String resource : List.of(Supplements.BUILT_IN_TYPES_RESOURCE, Supplements.BUILT_IN_LISTS_RESOURCE)) {
            try (InputStream in = Supplements.class.getResourceAsStream(resource)) {
                String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(shipped).as(resource).isEqualTo(ModelJson.write(ModelJson.read(shipped)));
            }
        }
    }

    @Test
    @DisplayName("lists the docs describe only in prose, or not at all, are list actions; sealed items for QueueStatus")
    void lists() {
        Map<String, String> lists = new TreeMap<>();
        for (String name : List.of("PJSIPShowRegistrationsOutbound", "PJSIPShowRegistrationsInbound",
                "PJSIPShowSubscriptionsInbound", "PJSIPShowSubscriptionsOutbound", "PJSIPShowResourceLists",
                "PJSIPShowRegistrationInboundContactStatuses", "PJSIPShowMaintenance", "IAXpeers",
                "DAHDIShowChannels", "MeetmeList", "MeetmeListRooms", "FAXSessions", "ConfbridgeList",
                "ConfbridgeListRooms")) {
            ActionDef a = model.action(name);
            lists.put(name, a.listResponse() == null ? null
                    : a.listResponse().itemEvents() + " then " + a.listResponse().completionEvent());
        }
        assertThat(lists).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("ConfbridgeList", "[ConfbridgeList] then ConfbridgeListComplete"),
                Map.entry("ConfbridgeListRooms", "[ConfbridgeListRooms] then ConfbridgeListRoomsComplete"),
                Map.entry("DAHDIShowChannels", "[DAHDIShowChannels] then DAHDIShowChannelsComplete"),
                Map.entry("FAXSessions", "[FAXSession] then FAXSessionsComplete"),
                Map.entry("IAXpeers", "[PeerEntry] then PeerlistComplete"),
                Map.entry("MeetmeList", "[MeetmeList] then MeetmeListComplete"),
                Map.entry("MeetmeListRooms", "[MeetmeListRooms] then MeetmeListRoomsComplete"),
                Map.entry("PJSIPShowMaintenance", "[PJSIPMaintenanceStatus] then PJSIPMaintenanceStatusComplete"),
                Map.entry("PJSIPShowRegistrationInboundContactStatuses",
                        "[ContactStatusDetail] then ContactStatusDetailComplete"),
                Map.entry("PJSIPShowRegistrationsInbound",
                        "[InboundRegistrationDetail] then InboundRegistrationDetailComplete"),
                Map.entry("PJSIPShowRegistrationsOutbound",
                        "[OutboundRegistrationDetail, AuthDetail] then OutboundRegistrationDetailComplete"),
                Map.entry("PJSIPShowResourceLists", "[ResourceListDetail] then ResourceListDetailComplete"),
                Map.entry("PJSIPShowSubscriptionsInbound",
                        "[InboundSubscriptionDetail] then InboundSubscriptionDetailComplete"),
                Map.entry("PJSIPShowSubscriptionsOutbound",
                        "[OutboundSubscriptionDetail] then OutboundSubscriptionDetailComplete"))));
        assertThat(model.action("QueueStatus").listResponse().itemEvents())
                .containsExactly("QueueParams", "QueueMember", "QueueEntry");
        assertThat(model.action("PJSIPShowEndpoint").listResponse().itemEvents()).containsExactly("EndpointDetail",
                "IdentifyDetail", "ContactStatusDetail", "AuthDetail", "TransportDetail", "AorDetail");
        assertThat(model.event("MeetmeListComplete").field("ListItems").type().kind())
                .isEqualTo(HeaderType.Kind.INTEGER);
        assertThat(model.action("IAXnetstats").answersUnframed()).isTrue();
    }

    @Test
    @DisplayName("typed responses for the actions users ask most, each field typed as the recorded answers show")
    void responses() {
        for (String name : List.of("CoreSettings", "CoreStatus", "Getvar", "MailboxCount", "MailboxStatus",
                "ExtensionState", "PresenceState", "Challenge", "Ping", "Command", "GetConfig", "GetConfigJSON",
                "ListCategories", "ModuleCheck", "QueueRule")) {
            assertThat(model.action(name).response()).as(name).isNotNull();
            assertThat(model.action(name).response().fields()).as(name).isNotEmpty();
        }
        assertThat(responseType("CoreStatus", "CoreCurrentCalls").kind()).isEqualTo(HeaderType.Kind.INTEGER);
        assertThat(responseType("MailboxCount", "NewMessages").kind()).isEqualTo(HeaderType.Kind.INTEGER);
        assertThat(responseType("CoreSettings", "CoreCDRenabled").spelling())
                .isEqualTo(HeaderType.BooleanSpelling.YES_NO);
        assertThat(responseType("Ping", "Timestamp").kind()).isEqualTo(HeaderType.Kind.TIMESTAMP);
        assertThat(responseType("ExtensionState", "StatusText").sharedEnum()).isEqualTo("ExtensionStates");
        assertThat(model.action("Getvar").response().fields()).extracting(ParameterDef::name)
                .containsExactly("Variable", "Value");
        assertThat(model.action("Command").response().fields().get(0).multiValued()).isTrue();
        assertThat(model.action("DBGet").listResponse().itemEvents()).containsExactly("DBGetResponse");
    }

    private static HeaderType responseType(String action, String field) {
        return model.action(action).response().fields().stream().filter(f -> f.name().equals(field)).findFirst()
                .orElseThrow().type();
    }

    @Test
    @DisplayName("coverage of the generated line-22 model: headers typed per rule, and what stays text")
    void coverage() {
        TypeCoverage coverage = TypeCoverage.of(model);
        System.out.println(coverage.report(15));
        assertThat(coverage.typed()).as("typed headers (a floor: the figure only grows)").isGreaterThanOrEqualTo(780);
        assertThat(coverage.byRule()).containsKeys(HeaderType.Rule.STRUCTURE, HeaderType.Rule.PROSE,
                HeaderType.Rule.SNAPSHOT, HeaderType.Rule.OVERLAY);
    }
}
