package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {
    private static final JavaNames NAMES = new JavaNames("p", List.of(), List.of());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Originate, OriginateAction",
        "CoreShowChannels, CoreShowChannelsAction",
        "PJSIPShowEndpoints, PJSIPShowEndpointsAction",
        "sendFlash, SendFlashAction",
    })
    void actionClassNames(String ami, String java) {
        JavaNames names = new JavaNames("p", List.of(ami), List.of());
        assertThat(names.actionClass(ami).simpleName()).isEqualTo(java);
        assertThat(names.actionClass(ami).packageName()).isEqualTo("p.action");
    }

    @Test
    @DisplayName("event classes: non-identifier characters dropped, names unique ignoring case, AmiSdk reserved")
    void eventClassNames() {
        JavaNames names = new JavaNames("p", List.of(), List.of("AOC-D", "AmiSdk", "NewExten", "Newexten", "Newchannel"));
        assertThat(names.eventClass("AOC-D").simpleName()).isEqualTo("AOCDEvent");
        assertThat(names.eventClass("AmiSdk").simpleName()).isEqualTo("AmiSdkEvent");
        assertThat(names.eventClass("NewExten").simpleName()).isEqualTo("NewExtenEvent");
        assertThat(names.eventClass("Newexten").simpleName()).isEqualTo("NewextenEvent2");
        assertThat(names.eventClass("NEWCHANNEL").simpleName()).as("looked up ignoring case").isEqualTo("NewchannelEvent");
        assertThat(names.eventClass("Hangup")).as("not generated").isNull();
        assertThat(names.registryClass().simpleName()).isEqualTo("AmiSdk");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Username, username",
        "AuthType, authType",
        "MD5, md5",
        "URLHandler, urlHandler",
        "CallerIDNum, callerIdNum",
        "ActionID, actionId",
        "AMIversion, amiVersion",
        "CoreCDRenabled, coreCdrEnabled",
        "CoreHTTPenabled, coreHttpEnabled",
        "DAHDIChannel, dahdiChannel",
        "Content-Type, contentType",
        "CID-CallingPres, cidCallingPres",
        "UnitAmount(0), unitAmount0",
        "100rel, _100rel",
        "ACL, acl",
        "channel direction, channelDirection",
    })
    void memberNames(String ami, String java) {
        assertThat(NAMES.memberName(ami)).isEqualTo(java);
    }

    @Test
    @DisplayName("keywords and reserved members get Value appended, then a number, deterministically")
    void keywordsAndReserved() {
        JavaNames.Members members = NAMES.members("Owner", List.of("message", "toString"), List.of("Builder"));
        List<String> names = members.allocate(List.of(header("Class"), header("Interface"), header("New"),
                header("Message"), header("Channel"), header("channel")));
        assertThat(names).containsExactly("classValue", "interfaceValue", "newValue", "messageValue", "channel",
                "channelValue");
        assertThat(members.nestedType("Builder")).isEqualTo("Builder_");
        assertThat(members.nestedType("AuthType")).isEqualTo("AuthType");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "plain|PLAIN",
        "MD5|MD5",
        "Dialing Offhook|DIALING_OFFHOOK",
        "Pre-ring|PRE_RING",
        "OffHook|OFF_HOOK",
        "InUse&Hold|IN_USE_HOLD",
        "NOT_INUSE|NOT_INUSE",
        "NO ANSWER|NO_ANSWER",
        "1/10|ONE_TENTH",
        "-1|MINUS_1",
        "200(SR)|SR",
        "G.711|G_711",
    })
    void constantNames(String wire, String java) {
        assertThat(NAMES.enumConstants(List.of(value(wire))).constants().get(0).javaName()).isEqualTo(java);
    }

    @Test
    @DisplayName("patterns and placeholders are left out of enums; clashes get an underscore; duplicates dropped")
    void enumConstants() {
        JavaNames.EnumConstants constants = NAMES.enumConstants(List.of(value("on"), value("off"),
                value("system,call,log,..."), value("<sip[s]:host>"), value("user@host"), value("True"), value("true"),
                value("on")));
        assertThat(constants.constants()).extracting(JavaNames.EnumConstants.Constant::javaName)
                .containsExactly("ON", "OFF", "TRUE", "TRUE_");
        assertThat(constants.leftOut()).extracting(EnumValue::name)
                .containsExactly("system,call,log,...", "<sip[s]:host>", "user@host");
    }

    @Test
    void plurals() {
        assertThat(JavaNames.plural("variable")).isEqualTo("variables");
        assertThat(JavaNames.plural("address")).isEqualTo("addresses");
        assertThat(JavaNames.plural("category")).isEqualTo("categories");
        assertThat(JavaNames.plural("key")).isEqualTo("keys");
    }

    private static ParameterDef header(String name) {
        return ParameterDef.of(name, false, Doc.EMPTY, List.of(), null, false);
    }

    private static EnumValue value(String name) {
        return new EnumValue(name, Doc.EMPTY);
    }
}
