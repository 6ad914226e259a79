package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Spot checks on the shipped docs")
class SpotChecksTest {
    static final List<String> CHANNEL_SNAPSHOT = List.of("Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum",
            "CallerIDName", "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten",
            "Priority", "Uniqueid", "Linkedid");
    static final List<String> CHANNEL_STATES = List.of("Down", "Rsrvd", "OffHook", "Dialing", "Ring", "Ringing",
            "Up", "Busy", "Dialing Offhook", "Pre-ring", "Unknown");

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("Login: parameters in order, AuthType plain by default, Events values through an include")
    void login(String line) {
        ActionDef login = model(line).action("Login");

        assertThat(login.parameters()).extracting(ParameterDef::name)
                .containsExactly("ActionID", "Username", "AuthType", "Secret", "Key", "Events");
        assertThat(login.parameter("Username").required()).isTrue();
        assertThat(login.parameter("ActionID").required()).isFalse();
        assertThat(login.parameter("AuthType").values()).extracting(EnumValue::name).containsExactly("plain", "MD5");
        assertThat(login.parameter("AuthType").defaultValue()).isEqualTo("plain");
        assertThat(login.parameter("Events").values()).extracting(EnumValue::name)
                .containsExactly("on", "off", "system,call,log,...");
        if (line.startsWith("22")) {
            assertThat(login.since()).containsExactly("0.2.0");
            assertThat(login.module()).isEqualTo("builtin");
        }
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("Originate: Channel required, Variable repeatable, Timeout 30000 by default")
    void originate(String line) {
        ActionDef originate = model(line).action("Originate");

        assertThat(originate.parameter("Channel").required()).isTrue();
        assertThat(originate.parameter("Variable").multiValued()).isTrue();
        assertThat(originate.parameter("Channel").multiValued()).isFalse();
        assertThat(originate.parameter("Timeout").defaultValue()).isEqualTo("30000");
        assertThat(originate.listResponse()).isNull();
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("CoreShowChannels: CoreShowChannel items completed by CoreShowChannelsComplete")
    void coreShowChannels(String line) {
        ActionDef action = model(line).action("CoreShowChannels");

        assertThat(action.listResponse()).isNotNull();
        assertThat(action.listResponse().itemEvents()).containsExactly("CoreShowChannel");
        assertThat(action.listResponse().completionEvent()).isEqualTo("CoreShowChannelsComplete");
        assertThat(model(line).event("CoreShowChannel").fields()).extracting(ParameterDef::name)
                .containsAll(CHANNEL_SNAPSHOT);
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("Newchannel: exactly the channel snapshot fields, category call")
    void newchannel(String line) {
        EventDef newchannel = model(line).event("Newchannel");

        assertThat(newchannel.category()).isEqualTo("call");
        assertThat(newchannel.fields()).extracting(ParameterDef::name).containsExactlyElementsOf(CHANNEL_SNAPSHOT);
        assertThat(newchannel.field("ChannelStateDesc").values()).extracting(EnumValue::name)
                .containsExactlyElementsOf(CHANNEL_STATES);
        assertThat(newchannel.field("ChannelState").description().plainText())
                .isEqualTo("A numeric code for the channel's current state, related to ChannelStateDesc");
    }

    @ParameterizedTest(name = "xml/{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("DialBegin: the plain and the Dest-prefixed channel snapshot")
    void dialBegin(String line) {
        EventDef dialBegin = model(line).event("DialBegin");
        List<String> expected = new ArrayList<>(CHANNEL_SNAPSHOT);
        CHANNEL_SNAPSHOT.forEach(f -> expected.add("Dest" + f));

        assertThat(dialBegin.fields()).extracting(ParameterDef::name).containsSubsequence(expected);
        assertThat(dialBegin.field("DestChannelState").description().plainText()).endsWith("DestChannelStateDesc");
        assertThat(dialBegin.field("DestChannelStateDesc").values()).extracting(EnumValue::name)
                .containsExactlyElementsOf(CHANNEL_STATES);
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"20", "22", "22-processed", "master"})
    @DisplayName("BridgeCreate: the bridge snapshot fields, BridgeVideoSource optional")
    void bridgeSnapshot(String line) {
        EventDef event = model(line).event("BridgeCreate");

        assertThat(event.fields()).extracting(ParameterDef::name).containsExactly("BridgeUniqueid", "BridgeType",
                "BridgeTechnology", "BridgeCreator", "BridgeName", "BridgeNumChannels", "BridgeVideoSourceMode",
                "BridgeVideoSource");
        assertThat(event.field("BridgeVideoSourceMode").values()).extracting(EnumValue::name)
                .containsExactly("none", "talker", "single");
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"22", "22-processed"})
    @DisplayName("a pointer matching several nodes includes them all (QueueMemberStatus's 16 parameters)")
    void multiMatchPointer(String line) {
        // QueueMemberAdded's syntax is one include of every parameter of QueueMemberStatus.
        AmiModel model = model(line);
        List<String> statusFields = model.event("QueueMemberStatus").fields().stream().map(ParameterDef::name).toList();

        assertThat(statusFields).hasSize(16);
        assertThat(model.event("QueueMemberAdded").fields()).extracting(ParameterDef::name)
                .containsExactlyElementsOf(statusFields);
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"22", "22-processed"})
    @DisplayName("the pointer without a leading slash (AttendedTransfer's Result from BlindTransfer)")
    void relativePathPointer(String line) {
        AmiModel model = model(line);

        ParameterDef result = model.event("AttendedTransfer").field("Result");
        assertThat(result).isNotNull();
        assertThat(result).isEqualTo(model.event("BlindTransfer").field("Result"));
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"22", "22-processed"})
    @DisplayName("the contains() pointer (RTCPReceived's ReportX fields from RTCPSent)")
    void containsPointer(String line) {
        AmiModel model = model(line);
        List<String> reportFields = model.event("RTCPSent").fields().stream().map(ParameterDef::name)
                .filter(n -> n.contains("ReportX")).toList();

        assertThat(reportFields).isNotEmpty();
        assertThat(model.event("RTCPReceived").fields()).extracting(ParameterDef::name).containsAll(reportFields);
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"22", "22-processed"})
    @DisplayName("what a deprecated module provides is deprecated with it (app_meetme, 19)")
    void deprecatedModule(String line) {
        AmiModel model = model(line);

        assertThat(model.action("MeetmeMute").deprecatedIn()).containsExactly("19");
        assertThat(model.event("MeetmeJoin").deprecatedIn()).containsExactly("19");
        assertThat(model.action("Login").deprecatedIn()).isEmpty();
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"22", "22-processed"})
    @DisplayName("repeatable headers: Variable of Originate, MessageSend and PJSIPNotify (said in its description)")
    void repeatableHeaders(String line) {
        AmiModel model = model(line);

        assertThat(model.actions().stream().flatMap(a -> a.parameters().stream().filter(ParameterDef::multiValued)
                .map(p -> a.name() + "." + p.name()))).containsExactly("MessageSend.Variable", "Originate.Variable",
                "PJSIPNotify.Variable");
    }

    private static AmiModel model(String line) {
        return ShippedDocs.load(line).model();
    }
}
