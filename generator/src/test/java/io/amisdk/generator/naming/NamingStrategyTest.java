package io.amisdk.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {
    private static final NamingStrategy NAMING = NamingStrategy.builtIn();

    @Test
    @DisplayName("a listed acronym ends its word even when lower-case letters follow; others give their last capital on")
    void words() {
        assertThat(NAMING.words("AMIversion")).containsExactly("AMI", "version");
        assertThat(NAMING.words("CoreCDRenabled")).containsExactly("Core", "CDR", "enabled");
        assertThat(NAMING.words("URLHandler")).containsExactly("URL", "Handler");
        assertThat(NAMING.words("CallerIDNum")).containsExactly("Caller", "ID", "Num");
        assertThat(NAMING.words("MD5")).containsExactly("MD5");
        assertThat(NAMING.words("100rel")).containsExactly("100rel");
        assertThat(NAMING.words("Content-Type")).containsExactly("Content", "Type");
    }

    @Test
    @DisplayName("numeric wire values take their names from the docs, the identifiers' shared prefix dropped")
    void numericValuesNamedFromTheirDocs() {
        List<EnumValue> deviceStates = List.of(value("0", "AST_DEVICE_UNKNOWN"), value("1", "AST_DEVICE_NOT_INUSE"),
                value("2", "AST_DEVICE_INUSE"), value("8", "AST_DEVICE_ONHOLD"));
        assertThat(NAMING.constantNames(deviceStates)).containsExactly("UNKNOWN", "NOT_INUSE", "INUSE", "ONHOLD");

        List<EnumValue> reload = List.of(value("0", "Success"), value("1", "Request queued"),
                value("2", "Module not found"));
        assertThat(NAMING.constantNames(reload)).containsExactly("SUCCESS", "REQUEST_QUEUED", "MODULE_NOT_FOUND");

        EnumValue inUse = new EnumValue("1", new Doc(List.of(new Doc.Paragraph(List.of(
                new Doc.Inline(Doc.Inline.Style.LITERAL, "InUse"),
                new Doc.Inline(Doc.Inline.Style.TEXT, " - Related device(s) are in active calls but may take more calls."))))));
        EnumValue removed = value("-2", "The extension was removed from the dialplan.");
        EnumValue unexplained = value("-7", "Something that happened and is told in a sentence of many words.");
        assertThat(NAMING.constantNames(List.of(inUse, removed, unexplained)))
                .containsExactly("IN_USE", "REMOVED", "MINUS_7");
        assertThat(NAMING.constantNames(List.of(value("200(SR)", ""), value("1/1000", ""))))
                .containsExactly("SR", "ONE_THOUSANDTH");
    }

    @Test
    @DisplayName("shared enums: a rule names them by a header; a generic word never stands alone")
    void sharedEnumNames() {
        assertThat(NAMING.sharedEnumName(List.<String[]>of(new String[] {"QueueMemberAdded", "Status"}), "Status",
                "QueueMember")).isEqualTo("DeviceState");
        assertThat(NAMING.sharedEnumName(List.<String[]>of(new String[] {"FooStart", "Status"}), "Status", "Foo"))
                .isEqualTo("FooStatus");
        assertThat(NAMING.sharedEnumName(List.<String[]>of(new String[] {"Foo", "ChannelStateDesc"}), "ChannelState",
                "Foo")).isEqualTo("ChannelState");
        for (String generic : List.of("Action", "Type", "State", "Status", "Result", "Unit", "Operation", "Direction",
                "Severity", "Multiplier", "PT")) {
            assertThat(NAMING.isGeneric(generic)).as(generic).isTrue();
        }
    }

    private static EnumValue value(String name, String description) {
        return new EnumValue(name, description.isEmpty() ? Doc.EMPTY : Doc.ofText(description));
    }
}
