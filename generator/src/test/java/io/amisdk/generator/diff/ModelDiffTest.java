package io.amisdk.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelDiffTest {
    private static ParameterDef param(String name, boolean required, String def, String... values) {
        return ParameterDef.of(name, required, Doc.ofText(name + " text"),
                java.util.Arrays.stream(values).map(v -> new EnumValue(v, Doc.EMPTY)).toList(), def, false);
    }

    private static AmiModel xml() {
        ActionDef login = ActionDef.of("Login", "Login Manager.", Doc.ofText("Login  Manager."),
                List.of(param("ActionID", false, null), param("Username", true, null),
                        param("AuthType", false, "plain", "plain", "MD5")),
                null, List.of(new SeeAlso("manager", "Challenge")), List.of("0.2.0"), List.of(), "builtin");
        ActionDef status = ActionDef.of("Status", "", Doc.EMPTY, List.of(param("Channel", false, null)),
                new ListResponse(List.of("Status"), "StatusComplete"), List.of(), List.of(), List.of(), "builtin");
        EventDef hangup = EventDef.of("Hangup", "", Doc.EMPTY, "call", List.of(param("Channel", false, null),
                param("Cause", false, null)), List.of(), List.of("12.0.0"), List.of(), "builtin", List.of());
        return new AmiModel("core-en_US.xml", "22", List.of(login, status), List.of(hangup));
    }

    private static AmiModel html() {
        ActionDef login = ActionDef.of("Login", "Login Manager!", Doc.ofText("Login Manager."),
                List.of(param("Username", false, null), param("ActionID", false, null),
                        param("AuthType", false, null, "plain", "MD5", "SHA")),
                null, List.of(new SeeAlso("manager", "Challenge")), List.of("0.2.0"), List.of(), "builtin");
        ActionDef ping = ActionDef.of("Ping", "", Doc.EMPTY, List.of(), null, List.of(), List.of(), List.of(), "builtin");
        EventDef hangup = EventDef.of("Hangup", "", Doc.EMPTY, "system", List.of(param("Channel", false, null)),
                List.of(), List.of("12.0.0"), List.of(), "builtin", List.of());
        return new AmiModel("22", "22", List.of(login, ping), List.of(hangup));
    }

    @Test
    void listsEveryStructuralDifference() {
        assertThat(new ModelDiff(false).between(xml(), html())).extracting(ModelDiff.Difference::toString).containsExactly(
                "action Login: parameter order: [ActionID, Username, AuthType] | [Username, ActionID, AuthType]",
                "action Login parameter Username: required: true | false",
                "action Login parameter AuthType: default: plain | null",
                "action Login parameter AuthType: values: [plain, MD5] | [plain, MD5, SHA]",
                "action Status: present: true | false",
                "action Ping: present: false | true",
                "event Hangup: class: call | system",
                "event Hangup field Cause: present: true | false");
    }

    @Test
    void textOnlyWhenAsked() {
        assertThat(new ModelDiff(true).between(xml(), html())).extracting(ModelDiff.Difference::toString)
                .contains("action Login: synopsis: Login Manager. | Login Manager!")
                .as("white space is collapsed before comparing").noneMatch(d -> d.contains("description: Login"));
    }

    @Test
    void aModelEqualsItself() {
        assertThat(new ModelDiff(true).between(xml(), xml())).isEmpty();
    }
}
