package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.Fixtures;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Inline;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("XmlDocsReader and Linker on our fixture docs")
class XmlDocsReaderTest {
    private final LoadedDocs loaded = load("features.xml");
    private final AmiModel model = loaded.model();

    @Test
    @DisplayName("reads the fixture without problems")
    void clean() {
        assertThat(loaded.problems()).isEmpty();
        assertThat(model.source()).isEqualTo("features.xml");
        assertThat(model.asteriskLine()).isNull();
    }

    @Test
    @DisplayName("defaults from '(default)' prose and from default=, multi-valued from multiple= and from prose")
    void parameterFacts() {
        ActionDef login = model.action("Login");

        assertThat(login.parameters()).extracting(ParameterDef::name)
                .containsExactly("ActionID", "Username", "AuthType", "Timeout", "Variable", "FileName");
        assertThat(login.parameter("Username").required()).isTrue();
        assertThat(login.parameter("AuthType").defaultValue()).isEqualTo("plain");
        assertThat(login.parameter("AuthType").values()).extracting(EnumValue::name).containsExactly("plain", "MD5");
        assertThat(login.parameter("Timeout").defaultValue()).isEqualTo("30000");
        assertThat(login.parameter("Variable").multiValued()).isTrue();
        assertThat(login.parameter("FileName").multiValued()).isTrue();
        assertThat(login.parameter("Timeout").multiValued()).isFalse();
        assertThat(login.seeAlso()).containsExactly(new SeeAlso("manager", "Logoff"));
        assertThat(login.since()).containsExactly("12.0.0");
        assertThat(login.module()).isEqualTo("builtin");
    }

    @Test
    @DisplayName("keeps the structure of descriptions: spans, notes, titled examples without XML indentation")
    void structuredDescription() {
        List<Doc.Block> blocks = model.action("Login").description().blocks();

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isEqualTo(new Doc.Paragraph(List.of(new Inline(Inline.Style.TEXT, "Logs in with "),
                new Inline(Inline.Style.LITERAL, "Username"), new Inline(Inline.Style.TEXT, " and "),
                new Inline(Inline.Style.REPLACEABLE, "Secret"), new Inline(Inline.Style.TEXT, "."))));
        assertThat(blocks.get(1)).isEqualTo(new Doc.Note(Doc.ofText("Mind the secret.")));
        assertThat(blocks.get(2)).isEqualTo(new Doc.Example("A login", "Action: Login\nUsername: admin"));
    }

    @Test
    @DisplayName("merges same-named actions: parameters united, flags or-ed, the better-documented text winning")
    void mergesActions() {
        ActionDef demo = model.action("Demo");

        assertThat(demo.parameters()).extracting(ParameterDef::name)
                .containsExactly("ActionID", "Endpoint", "Context", "Destination", "Extra");
        assertThat(demo.parameter("Endpoint").required()).isTrue();
        assertThat(demo.parameter("Endpoint").description().plainText()).isEqualTo("First para.\n\nHow long to wait.");
        assertThat(demo.parameter("ActionID").description().plainText())
                .isEqualTo("ActionID for this transaction. Will be returned.");
        assertThat(demo.since()).containsExactly("18.0.0", "20.1.0");
        assertThat(model.actions()).extracting(ActionDef::name).containsExactly("Demo", "ListThings", "Login");
    }

    @Test
    @DisplayName("resolves node() of a synopsis into a para, and an info pointer matching two nodes")
    void includeForms() {
        ActionDef demo = model.action("Demo");

        assertThat(demo.parameter("Context").description().blocks()).containsExactly(new Doc.Paragraph(List.of(
                new Inline(Inline.Style.TEXT, "Dialplan context for "), new Inline(Inline.Style.LITERAL, "inbound"),
                new Inline(Inline.Style.TEXT, " calls"))));
        assertThat(demo.parameter("Destination").description().plainText())
                .isEqualTo("Technology: PJSIP\n\nPJSIP wants a URI.\n\nTechnology: XMPP\n\nXMPP wants a JID.");
    }

    @Test
    @DisplayName("takes list responses and the events inside <responses>, included or written there")
    void listResponse() {
        assertThat(model.action("ListThings").listResponse())
                .as("the linker decided its items' type").isEqualTo(new ListResponse(List.of("Thing"),
                        "ThingListComplete", ListResponse.ItemType.EVENT, List.of("Thing")));
        assertThat(model.event("ThingListComplete").category()).isEqualTo("command");
        assertThat(model.event("ThingListComplete").fields()).extracting(ParameterDef::name).containsExactly("ListItems");
    }

    @Test
    @DisplayName("expands prefixed channel and plain bridge snapshots; contains() and relative pointers")
    void snapshotsAndPointers() {
        EventDef thing = model.event("Thing");

        assertThat(thing.fields()).extracting(ParameterDef::name).containsExactly("ThingChannel", "ThingChannelState",
                "ThingChannelStateDesc", "ThingCallerIDNum", "ThingCallerIDName", "ThingConnectedLineNum",
                "ThingConnectedLineName", "ThingLanguage", "ThingAccountCode", "ThingContext", "ThingExten",
                "ThingPriority", "ThingUniqueid", "ThingLinkedid", "Size", "Report0A", "Report0B", "Plain");
        assertThat(thing.field("ThingChannelState").description().plainText())
                .isEqualTo("A numeric code for the channel's current state, related to ThingChannelStateDesc");
        assertThat(thing.category()).isEqualTo("call");
        assertThat(model.event("Source").fields()).extracting(ParameterDef::name).containsExactly("Report0A", "Plain",
                "Report0B", "BridgeUniqueid", "BridgeType", "BridgeTechnology", "BridgeCreator", "BridgeName",
                "BridgeNumChannels", "BridgeVideoSourceMode", "BridgeVideoSource");
        assertThat(model.event("Source").category()).isEqualTo("reporting");
    }

    @Test
    @DisplayName("merges event instances: union of fields, the better-documented text winning")
    void mergesEventInstances() {
        EventDef talk = model.event("Talk");

        assertThat(talk.fields()).extracting(ParameterDef::name).containsExactly("Plain", "Status", "Duration");
        assertThat(talk.synopsis()).isEqualTo("Stopped, the better documented instance.");
        assertThat(talk.field("Status").description().plainText()).isEqualTo("On or off, as the talking went.");
    }

    @Test
    @DisplayName("copies only the parameters written out when the include is resolved, as Asterisk does")
    void includePassSemantics() {
        // TalkAgain includes all of Talk's parameters: Talk's own, not Plain that Talk itself includes.
        assertThat(model.event("TalkAgain").fields()).extracting(ParameterDef::name).containsExactly("Status", "Duration");
    }

    @Test
    @DisplayName("gives raw elements in document order, duplicates unmerged, with their lines")
    void rawElements() throws Exception {
        RawDocs raw = new XmlDocsReader().read(Fixtures.docs("features.xml"), new Problems());

        assertThat(raw.actions()).extracting(e -> e.def().name()).containsExactly("Login", "Demo", "Demo", "ListThings");
        assertThat(raw.actions().get(0).location().line()).isEqualTo(19);
        assertThat(raw.events()).extracting(e -> e.def().name())
                .containsExactly("Thing", "ThingListComplete", "Thing", "Source", "Talk", "Talk", "TalkAgain");
    }

    @Test
    @DisplayName("reads gzip-compressed docs")
    void gzip(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("core-en_US.xml.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(Fixtures.docs("features.xml"), out);
        }

        LoadedDocs fromGz = load(gz);

        assertThat(fromGz.model().actions()).isEqualTo(model.actions());
        assertThat(fromGz.model().events()).isEqualTo(model.events());
    }

    private static LoadedDocs load(String fixture) {
        return load(Fixtures.docs(fixture));
    }

    private static LoadedDocs load(Path path) {
        try {
            return DocsLoader.load(path);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
