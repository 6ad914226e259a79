package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.link.Linker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HtmlDocsReader over the saved line 22 pages")
class HtmlDocsReaderFolderTest {
    private static RawDocs docs;
    private static Problems problems;
    private static AmiModel linked;

    @BeforeAll
    static void readOnce() throws Exception {
        problems = new Problems();
        docs = new HtmlDocsReader().read(SavedPages.line22(), problems);
        linked = new Linker(new Problems()).link(docs);
    }

    private static ActionDef action(String name) {
        return docs.actions().stream().map(RawDocs.Element::def).filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static EventDef event(String name) {
        return docs.events().stream().map(RawDocs.Element::def).filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsEveryPageWithoutProblems() {
        assertThat(problems.all()).isEmpty();
        assertThat(docs.actions()).hasSize(154);
        assertThat(docs.events().stream().map(e -> e.def().name()).distinct()).hasSize(181);
        assertThat(docs.asteriskLine()).isEqualTo("22");
    }

    @Test
    void locatesEachElementAtItsPage() {
        assertThat(docs.actions().stream().filter(a -> a.def().name().equals("Login")).findFirst().orElseThrow().location())
                .hasToString("AMI_Actions/Login/index.html");
    }

    @Test
    void login() {
        ActionDef login = action("Login");
        assertThat(login.module()).isEqualTo("builtin");
        assertThat(login.synopsis()).isEqualTo("Login Manager.");
        assertThat(login.since()).containsExactly("0.2.0");
        assertThat(login.parameters()).extracting(ParameterDef::name)
                .containsExactly("ActionID", "Username", "AuthType", "Secret", "Key", "Events");
        ParameterDef authType = login.parameter("AuthType");
        assertThat(authType.values()).extracting(EnumValue::name).containsExactly("plain", "MD5");
        assertThat(authType.defaultValue()).as("the page has no markup for it: the linker reads the prose").isNull();
        assertThat(authType.values().get(0).description().plainText()).contains("(default)");
        assertThat(linked.action("Login").parameter("AuthType").defaultValue()).isEqualTo("plain");
        assertThat(authType.description().plainText()).isEqualTo("Authorization type. Valid values are:");
        assertThat(login.parameter("Events").values()).extracting(EnumValue::name)
                .containsExactly("on", "off", "system,call,log,...");
        assertThat(login.seeAlso()).containsExactly(new SeeAlso("manager", "Challenge"), new SeeAlso("manager", "Logoff"));
        assertThat(login.description().blocks()).hasSize(2);
        assertThat(login.description().blocks().get(1)).isInstanceOfSatisfying(
                io.amisdk.generator.model.Doc.Example.class, ex -> {
                    assertThat(ex.title()).isEqualTo("Create an MD5 Key in Python");
                    assertThat(ex.text()).startsWith("import hashlib\nm = hashlib.md5()").endsWith("'031edd7d41651593c5fe5c006fa5752b'");
                });
    }

    @Test
    void originate() {
        ActionDef originate = action("Originate");
        assertThat(originate.parameters()).extracting(ParameterDef::name).containsExactly("ActionID", "Channel", "Exten",
                "Context", "Priority", "Application", "Data", "Timeout", "CallerID", "Variable", "Account", "EarlyMedia",
                "Async", "Codecs", "ChannelId", "OtherChannelId", "PreDialGoSub");
        assertThat(originate.seeAlso()).containsExactly(new SeeAlso("managerEvent", "OriginateResponse"));
        assertThat(originate.description().plainText()).isEqualTo(
                "Generates an outgoing call to a Extension/Context/Priority or Application/Data");
    }

    @Test
    void coreShowChannels() {
        ActionDef a = action("CoreShowChannels");
        assertThat(a.parameters()).extracting(ParameterDef::name).containsExactly("ActionID");
        assertThat(a.since()).containsExactly("1.6.0");
        assertThat(a.description().plainText()).isEqualTo("List currently defined channels and some information about them.");
        assertThat(a.seeAlso()).isEmpty();
        assertThat(a.listResponse()).as("the pages do not show list responses").isNull();
    }

    @Test
    void newchannel() {
        EventDef e = event("Newchannel");
        assertThat(e.category()).isEqualTo("call");
        assertThat(e.since()).containsExactly("12.0.0");
        assertThat(e.fields()).extracting(ParameterDef::name).containsExactly("Channel", "ChannelState",
                "ChannelStateDesc", "CallerIDNum", "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language",
                "AccountCode", "Context", "Exten", "Priority", "Uniqueid", "Linkedid");
        assertThat(e.field("ChannelStateDesc").values()).extracting(EnumValue::name).containsExactly("Down", "Rsrvd",
                "OffHook", "Dialing", "Ring", "Ringing", "Up", "Busy", "Dialing Offhook", "Pre-ring", "Unknown");
    }

    @Test
    void eventShownTwiceGivesTwoInstances() {
        List<EventDef> logChannel = docs.events().stream().map(RawDocs.Element::def)
                .filter(e -> e.name().equals("LogChannel")).toList();
        assertThat(logChannel).extracting(EventDef::synopsis).containsExactly(
                "Raised when a logging channel is re-enabled after a reload operation.",
                "Raised when a logging channel is disabled.");
        assertThat(logChannel.get(0).since()).containsExactly("16.24.0", "18.10.0", "19.2.0");
    }

    @Test
    void eventWithoutSyntaxHasNoFields() {
        EventDef rename = event("Rename");
        assertThat(rename.fields()).isEmpty();
        assertThat(rename.category()).isEqualTo("call");
    }

    @Test
    @DisplayName("\"CLASS\" (EVENT_FLAG_CLASS, a flag Asterisk lacks) is taken as written, as the XML reader does")
    void classTakenAsWritten() {
        assertThat(event("ChannelTalkingStart").category()).isEqualTo("class");
    }

    @Test
    @DisplayName("a header the description says may repeat is multi-valued once linked (Originate's and PJSIPNotify's"
            + " Variable)")
    void repeatableHeaders() {
        assertThat(action("Originate").parameter("Variable").multiValued()).as("read as the page marks it").isFalse();
        assertThat(linked.action("Originate").parameter("Variable").multiValued()).isTrue();
        assertThat(linked.action("PJSIPNotify").parameter("Variable").multiValued()).isTrue();
        assertThat(linked.action("Originate").parameter("Channel").multiValued()).isFalse();
    }

    @Test
    void bracketedSyntaxLinesAreStillParameters() {
        // ConfbridgeJoin-like pages bracket optional fields as "[BridgeVideoSource: <value>]"
        assertThat(docs.events().stream().map(RawDocs.Element::def)
                .filter(e -> e.field("BridgeVideoSource") != null)).isNotEmpty();
    }
}
