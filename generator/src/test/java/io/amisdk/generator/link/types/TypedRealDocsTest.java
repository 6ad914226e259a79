package io.amisdk.generator.link.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeRef;
import io.amisdk.generator.source.html.CrawlOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed model of the real docs: invariants on every line, the same shapes from every front-end of line 22. */
class TypedRealDocsTest {
    private static Path docs;
    private static AmiModel raw22;

    @BeforeAll
    static void load() throws Exception {
        String dir = System.getProperty("amisdk.docs.dir");
        assertThat(dir).as("system property amisdk.docs.dir").isNotNull();
        docs = Path.of(dir);
        raw22 = clean(DocsLoader.load(docs.resolve("xml/22/core-en_US.xml"), "22"));
    }

    private static AmiModel clean(LoadedDocs loaded) {
        assertThat(loaded.problems()).isEmpty();
        return loaded.model();
    }

    @ParameterizedTest(name = "line {0}")
    @ValueSource(strings = {"18", "20", "21", "22", "22-processed", "23", "master"})
    @DisplayName("every line's model keeps the invariants, and typing it again changes nothing")
    void invariantsOnEveryLine(String line) throws Exception {
        AmiModel model = clean(DocsLoader.load(docs.resolve("xml/" + line + "/core-en_US.xml"), null));
        assertThat(TypeInvariants.check(model)).isEmpty();
        assertThat(TypeLinker.type(model)).isEqualTo(model);
        assertThat(model.sharedEnum("ChannelState")).isNotNull();
        assertThat(model.shape(Snapshots.CHANNEL)).isNotNull();
        assertThat(model.shape(Snapshots.BRIDGE)).isNotNull();
    }

    @Test
    @DisplayName("raw XML, processed XML and the website's pages of line 22 give the same shapes and marks")
    void sameShapesFromEveryFrontEnd() throws Exception {
        AmiModel processed = clean(DocsLoader.load(docs.resolve("xml/22-processed/core-en_US.xml"), "22"));
        AmiModel html = clean(DocsLoader.load(docs.resolve("html/22").toString(), null, "22",
                CrawlOptions.defaults()));
        assertThat(processed.shapes()).isEqualTo(raw22.shapes());
        assertThat(html.shapes()).isEqualTo(raw22.shapes());
        assertThat(marks(processed)).isEqualTo(marks(raw22));
        assertThat(marks(html)).isEqualTo(marks(raw22));
        assertThat(processed.enums()).extracting(EnumDef::name).isEqualTo(raw22.enums().stream().map(EnumDef::name).toList());
        assertThat(outcomes(processed)).isEqualTo(outcomes(raw22));
        assertThat(outcomes(html)).isEqualTo(outcomes(raw22));
        assertThat(html.enums()).extracting(EnumDef::name).isEqualTo(raw22.enums().stream().map(EnumDef::name).toList());
    }

    private static Map<String, ShapeRef> marks(AmiModel model) {
        Map<String, ShapeRef> marks = new TreeMap<>();
        for (EventDef e : model.events()) {
            for (ParameterDef f : e.fields()) {
                if (f.shape() != null) {
                    marks.put(e.name() + "." + f.name(), f.shape());
                }
            }
        }
        return marks;
    }

    @Test
    @DisplayName("the channel and bridge snapshots: unprefixed fields in the stylesheet's order, runs marked")
    void snapshots() {
        assertThat(raw22.shape("ChannelSnapshot").fields()).extracting(ParameterDef::name).containsExactly(
                "Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName", "ConnectedLineNum",
                "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority", "Uniqueid",
                "Linkedid");
        assertThat(raw22.shape("BridgeSnapshot").fields()).extracting(ParameterDef::name).containsExactly(
                "BridgeUniqueid", "BridgeType", "BridgeTechnology", "BridgeCreator", "BridgeName",
                "BridgeNumChannels", "BridgeVideoSourceMode", "BridgeVideoSource");
        ParameterDef destState = raw22.event("DialBegin").field("DestChannelStateDesc");
        assertThat(destState.shape()).isEqualTo(new ShapeRef("ChannelSnapshot", "Dest"));
        assertThat(destState.type().sharedEnum()).isEqualTo("ChannelState");
        assertThat(destState.type().rule()).isEqualTo(Rule.SNAPSHOT);
        assertThat(raw22.event("Newchannel").field("ChannelState").type().kind()).isEqualTo(Kind.INTEGER);
        assertThat(raw22.event("BridgeCreate").field("BridgeNumChannels").type().kind()).isEqualTo(Kind.INTEGER);
        long channelRuns = raw22.events().stream().filter(e -> e.fields().stream()
                .anyMatch(f -> f.shape() != null && f.shape().shape().equals("ChannelSnapshot")
                        && f.name().equals(f.shape().prefix() + "Channel"))).count();
        assertThat(channelRuns).as("events carrying a channel snapshot").isGreaterThanOrEqualTo(75);
    }

    @Test
    @DisplayName("one ChannelState and one BridgeVideoSourceMode, named by the documented rule; booleans are booleans")
    void sharedEnumsAndBooleans() {
        EnumDef state = raw22.sharedEnum("ChannelState");
        assertThat(state.values()).extracting(EnumValue::name).contains("Down", "Up", "Dialing Offhook");
        assertThat(raw22.sharedEnum("BridgeVideoSourceMode").values()).extracting(EnumValue::name)
                .containsExactly("none", "talker", "single");
        long channelStateUses = headers(raw22).filter(h -> "ChannelState".equals(h.type().sharedEnum())).count();
        assertThat(channelStateUses).isEqualTo(113);
        HeaderType admin = raw22.event("ConfbridgeJoin").field("Admin").type();
        assertThat(admin.kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(admin.spelling()).isEqualTo(HeaderType.BooleanSpelling.YES_NO);
        assertThat(raw22.event("QueueMemberStatus").field("Paused").type().spelling())
                .isEqualTo(HeaderType.BooleanSpelling.ONE_ZERO);
        assertThat(headers(raw22).filter(h -> h.type().kind() == Kind.ENUM && h.type().sharedEnum() == null
                && h.values().size() == 2 && h.values().stream().allMatch(v -> List.of("yes", "no", "0", "1", "on",
                "off", "true", "false").contains(v.name().toLowerCase(java.util.Locale.ROOT))))).isEmpty();
    }

    @Test
    @DisplayName("prose types: seconds, milliseconds, timestamps, counts")
    void prose() {
        HeaderType lastCall = raw22.event("QueueMemberStatus").field("LastCall").type();
        assertThat(lastCall.kind()).isEqualTo(Kind.TIMESTAMP);
        assertThat(lastCall.rule()).isEqualTo(Rule.PROSE);
        assertThat(lastCall.reason()).contains("seconds since 00:00, jan 1, 1970");
        HeaderType dtmf = raw22.action("PlayDTMF").parameter("Duration").type();
        assertThat(dtmf.kind()).isEqualTo(Kind.DURATION);
        assertThat(dtmf.unit()).isEqualTo(HeaderType.DurationUnit.MILLISECONDS);
        assertThat(raw22.event("QueueMemberStatus").field("CallsTaken").type().kind()).isEqualTo(Kind.INTEGER);
    }

    @Test
    @DisplayName("Login's and Challenge's AuthType are the runtime's AuthType")
    void authType() {
        assertThat(raw22.action("Login").parameter("AuthType").type().kind()).isEqualTo(Kind.AUTH_TYPE);
        assertThat(raw22.action("Challenge").parameter("AuthType").type().kind()).isEqualTo(Kind.AUTH_TYPE);
        assertThat(headers(raw22).filter(h -> h.type().kind() == Kind.AUTH_TYPE)).hasSize(2);
    }

    @Test
    @DisplayName("OriginateResponse, whose Response is Failure or Success, is the one outcome event of line 22")
    void outcomeEvents() {
        assertThat(outcomes(raw22)).containsExactly("OriginateResponse");
    }

    private static List<String> outcomes(AmiModel model) {
        return model.events().stream().filter(EventDef::outcome).map(EventDef::name).toList();
    }

    @Test
    @DisplayName("a list the docs describe in prose with documented events is a list from the docs alone")
    void proseListFromTheDocsAlone() {
        assertThat(raw22.action("FAXSessions").listResponse().itemEvents()).containsExactly("FAXSession");
        assertThat(raw22.action("FAXSessions").listResponse().completionEvent()).isEqualTo("FAXSessionsComplete");
    }

    static Stream<ParameterDef> headers(AmiModel model) {
        return Stream.concat(model.actions().stream().flatMap(a -> a.parameters().stream()),
                model.events().stream().flatMap(e -> e.fields().stream()));
    }

    @Test
    void docsDirExists() {
        assertThat(Files.isDirectory(docs)).isTrue();
    }
}
