package io.amisdk.generator.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.supplement.RecordedSessions.Message;
import io.amisdk.generator.supplement.RecordedSessions.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks the shipped supplement against EVENTS.md and the recorded sessions, so neither can drift. */
class ShippedSupplementTest {
    private static final Set<String> COMMON_HEADERS = Set.of("ActionID", "Event", "Privilege");
    private static final Pattern UNDOCUMENTED =
            Pattern.compile("^- `(\\w+)` \\(\\d+\\)[^:]*: headers seen: (.*)$", Pattern.MULTILINE);
    private static final Pattern EXTRA_ROW = Pattern.compile("^\\| `(\\w+)` \\| ((?:`\\w+`(?:, )?)+) \\|$",
            Pattern.MULTILINE);
    private static final Pattern ALL_ROW =
            Pattern.compile("^\\| `(\\w+)` \\| \\d+ \\| [^|]+ \\| (.*) \\|$", Pattern.MULTILINE);
    private static final Pattern TICKED = Pattern.compile("`(\\w+)`");
    private static final Pattern TRANSCRIPT = Pattern.compile("ami-transcripts/(\\w+)\\.txt");

    private static AmiModel supplement;
    private static Map<String, Set<String>> undocumented;
    private static Map<String, Set<String>> extraHeaders;
    private static Map<String, Set<String>> transcriptsOfEvent;
    private static List<Session> sessions;

    @BeforeAll
    static void readEventsMd() throws IOException {
        supplement = Supplements.builtInObserved();
        String md = Files.readString(RecordedSessions.dir().resolve("EVENTS.md"));
        String[] sections = md.split("\n## ");
        String undocumentedSection = section(sections, "Not documented");
        String extraSection = section(sections, "Documented events: headers seen");
        undocumented = namesWithTicked(UNDOCUMENTED.matcher(undocumentedSection));
        extraHeaders = namesWithTicked(EXTRA_ROW.matcher(extraSection));
        transcriptsOfEvent = namesWithTicked(ALL_ROW.matcher(section(sections, "All event names")));
        // UserEvent carries whatever headers the sender chose: nothing a supplement can describe.
        extraHeaders.remove("UserEvent");
        assertThat(undocumented).as("undocumented events parsed from EVENTS.md").hasSize(31);
        assertThat(extraHeaders).as("documented events with extra headers parsed from EVENTS.md").hasSize(6);
        sessions = RecordedSessions.all();
    }

    private static String section(String[] sections, String title) {
        for (String s : sections) {
            if (s.startsWith(title)) {
                return s;
            }
        }
        throw new AssertionError("EVENTS.md has no section '" + title + "'");
    }

    private static Map<String, Set<String>> namesWithTicked(Matcher rows) {
        Map<String, Set<String>> result = new TreeMap<>();
        while (rows.find()) {
            Set<String> ticked = new TreeSet<>();
            Matcher t = TICKED.matcher(rows.group(2));
            while (t.find()) {
                ticked.add(t.group(1));
            }
            result.put(rows.group(1), ticked);
        }
        return result;
    }

    private static Set<String> fieldNames(EventDef event) {
        return event.fields().stream().map(ParameterDef::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> transcriptsNamed(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = TRANSCRIPT.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    @DisplayName("every undocumented event of EVENTS.md is in the supplement with exactly the headers seen")
    void undocumentedEvents() {
        for (Map.Entry<String, Set<String>> e : undocumented.entrySet()) {
            EventDef event = supplement.events().stream().filter(d -> d.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("the supplement lacks event " + e.getKey()));
            Set<String> expected = new TreeSet<>(e.getValue());
            expected.removeAll(COMMON_HEADERS);
            assertThat(fieldNames(event)).as("fields of %s", e.getKey()).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("every extra header of a documented event in EVENTS.md is in the supplement, and no other")
    void extraHeadersOfDocumentedEvents() {
        for (Map.Entry<String, Set<String>> e : extraHeaders.entrySet()) {
            EventDef event = supplement.event(e.getKey());
            assertThat(event).as("supplement entry for documented event %s", e.getKey()).isNotNull();
            assertThat(event.name()).isEqualTo(e.getKey());
            assertThat(fieldNames(event)).as("extra fields of %s", e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    @DisplayName("the supplement describes nothing EVENTS.md does not list")
    void nothingElse() {
        Set<String> expected = new TreeSet<>(undocumented.keySet());
        expected.addAll(extraHeaders.keySet());
        Set<String> actual = supplement.events().stream().map(EventDef::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    @DisplayName("an undocumented event's entry names every transcript that shows it")
    void eventEntriesNameTheirTranscripts() {
        for (String name : undocumented.keySet()) {
            EventDef event = supplement.event(name);
            assertThat(transcriptsNamed(event.description().plainText())).as("transcripts named by %s", name)
                    .isEqualTo(transcriptsOfEvent.get(name));
        }
    }

    @Test
    @DisplayName("every supplement field names transcripts, and each of them shows that header in that event")
    void fieldsNameTranscriptsThatShowThem() {
        for (EventDef event : supplement.events()) {
            for (ParameterDef field : event.fields()) {
                Set<String> named = transcriptsNamed(field.description().plainText());
                assertThat(named).as("transcripts named by %s.%s", event.name(), field.name()).isNotEmpty();
                for (String transcript : named) {
                    assertThat(headersOf(transcript, event.name()))
                            .as("headers of %s in %s", event.name(), transcript).contains(field.name());
                }
            }
        }
    }

    @Test
    @DisplayName("a header seen repeated in one message is marked multi-valued")
    void repeatedHeadersAreMultiValued() {
        EventDef status = supplement.event("Status");
        assertThat(status.field("Variable").multiValued()).isTrue();
        assertThat(supplement.event("QueueParams").field("Weight").multiValued()).isFalse();
    }

    @Test
    @DisplayName("each list response is what the recorded sessions answered that action with")
    void listResponsesMatchTheRecordedAnswers() {
        Map<String, Set<String>> answers = eventsAnsweringActions();
        assertThat(supplement.actions()).isNotEmpty();
        for (ActionDef action : supplement.actions()) {
            assertThat(action.listResponse()).as("list response of %s", action.name()).isNotNull();
            Set<String> expected = new TreeSet<>(action.listResponse().itemEvents());
            expected.add(action.listResponse().completionEvent());
            assertThat(answers.get(action.name())).as("events answering %s", action.name()).isEqualTo(expected);
            assertThat(transcriptsNamed(action.description().plainText())).as("transcripts named by %s",
                    action.name()).isNotEmpty();
        }
    }

    private static Set<String> headersOf(String transcript, String eventName) {
        Session session = sessions.stream().filter(s -> s.name().equals(transcript)).findFirst()
                .orElseThrow(() -> new AssertionError("no transcript " + transcript));
        Set<String> headers = new TreeSet<>();
        for (Message m : session.server()) {
            if (eventName.equals(m.get("Event"))) {
                m.headers().forEach(h -> headers.add(h.getKey()));
            }
        }
        return headers;
    }

    private static Map<String, Set<String>> eventsAnsweringActions() {
        Map<String, Set<String>> answers = new LinkedHashMap<>();
        for (Session session : sessions) {
            Map<String, String> actions = RecordedSessions.actionsById(session);
            for (Message m : session.server()) {
                String action = m.get("ActionID") == null ? null : actions.get(m.get("ActionID"));
                if (m.get("Event") != null && action != null) {
                    answers.computeIfAbsent(action, a -> new TreeSet<>()).add(m.get("Event"));
                }
            }
        }
        return answers;
    }

    @Test
    @DisplayName("merged strictly into the Asterisk 22 docs it was made for, it conflicts with nothing")
    void fitsTheAsterisk22Docs() throws Exception {
        String docsDir = System.getProperty("amisdk.docs.dir");
        java.nio.file.Path docs = java.nio.file.Path.of(String.valueOf(docsDir), "xml/22/core-en_US.xml");
        if (docsDir == null || !Files.isRegularFile(docs)) {
            throw new IllegalStateException("amisdk.docs.dir must name the asterisk-docs directory; got " + docsDir);
        }
        AmiModel documented = io.amisdk.generator.DocsLoader.load(docs).model();
        Problems problems = new Problems();

        AmiModel merged = SupplementMerger.merge(documented, List.of(supplement), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(merged.events()).hasSize(documented.events().size() + undocumented.size() - 1);
        assertThat(merged.event("NewExten").aliases()).containsExactly("Newexten");
        // The docs spell ServiceLevelPerf(2), the wire ServicelevelPerf(2): one header, as names ignore case.
        assertThat(merged.event("QueueParams").fields()).extracting(ParameterDef::name)
                .endsWith("ServiceLevelPerf", "ServiceLevelPerf2", "Queue", "ServiceLevel", "Weight")
                .doesNotContain("ServicelevelPerf");
        assertThat(merged.actions()).hasSameSizeAs(documented.actions());
        assertThat(merged.action("QueueStatus").listResponse().itemEvents())
                .containsExactly("QueueParams", "QueueMember", "QueueEntry");
        assertThat(merged).isEqualTo(SupplementMerger.mergeApplicable(documented, supplement));
    }

    @Test
    @DisplayName("the shipped file is exactly what ModelJson writes for it, so diffs stay reviewable")
    void canonicalForm() throws IOException {
        try (java.io.InputStream in = Supplements.class.getResourceAsStream(Supplements.BUILT_IN_RESOURCE)) {
            String shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(shipped).isEqualTo(ModelJson.write(ModelJson.read(shipped)));
        }
    }

    @Test
    @DisplayName("merged into a model with NewExten, the supplement's Newexten becomes an alias")
    void newextenIsAnAlias() {
        EventDef newExten = EventDef.of("NewExten", "", null, "dialplan", List.of(), List.of(), List.of(),
                List.of(), "builtin", List.of());
        AmiModel base = new AmiModel("core-en_US.xml", "22", List.of(), new ArrayList<>(List.of(newExten)));
        AmiModel merged = SupplementMerger.mergeApplicable(base, supplement);

        assertThat(merged.event("NewExten").aliases()).containsExactly("Newexten");
        assertThat(merged.events().stream().filter(e -> e.name().equalsIgnoreCase("newexten"))).hasSize(1);
    }
}
