package io.amisdk.generator.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProseRulesTest {
    private static final Location AT = new Location("test.xml", 3, 1);

    @Test
    void defaultMarkCountsInTheValuesOwnTextOnly() {
        assertThat(ProseRules.marksDefault(Doc.ofText("Plain text secret. (default)"))).isTrue();
        assertThat(ProseRules.marksDefault(Doc.ofText("MD5 hashed secret."))).isFalse();
        Doc nested = new Doc(List.of(new Doc.EnumList(List.of(new Doc.Entry("x", Doc.ofText("(default)"))))));
        assertThat(ProseRules.marksDefault(nested)).as("a nested list's own default is not this value's").isFalse();
    }

    @Test
    void repeatableHeadersAsTheXmlAndTheWebsiteWriteThem() {
        assertThat(ProseRules.repeatableHeaders(
                Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."))).containsExactly("Variable");
        assertThat(ProseRules.repeatableHeaders(Doc.ofText("sent via multiple 'Variable: name=value' sequences")))
                .containsExactly("Variable");
        assertThat(ProseRules.repeatableHeaders(Doc.ofText("one Variable: header"))).isEmpty();
    }

    @Test
    void aMarkedValueIsTheDefaultOnlyWhenTheMarkupGivesNone() {
        List<EnumValue> values = List.of(new EnumValue("plain", Doc.ofText("Plain text secret. (default)")),
                new EnumValue("MD5", Doc.ofText("MD5 hashed secret.")));
        ParameterDef marked = ParameterDef.of("AuthType", false, Doc.EMPTY, values, null, false);
        ParameterDef explicit = ParameterDef.of("Other", false, Doc.EMPTY, values, "MD5", false);
        Problems problems = new Problems();

        ActionDef login = apply(problems, action("Login", Doc.EMPTY, marked, explicit));

        assertThat(login.parameter("AuthType").defaultValue()).isEqualTo("plain");
        assertThat(login.parameter("Other").defaultValue()).as("default= wins over the prose").isEqualTo("MD5");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aSecondMarkedValueIsAProblemAndTheFirstWins() {
        ParameterDef twice = ParameterDef.of("Mode", false, Doc.EMPTY, List.of(
                new EnumValue("a", Doc.ofText("A. (default)")), new EnumValue("b", Doc.ofText("B (Default)."))),
                null, false);
        Problems problems = new Problems();

        ActionDef action = apply(problems, action("Thing", Doc.EMPTY, twice));

        assertThat(action.parameter("Mode").defaultValue()).isEqualTo("a");
        assertThat(problems.all()).containsExactly(
                new Problem(AT, "manager Thing", "parameter Mode marks both a and b as (default)"));
    }

    @Test
    void aHeadersOwnTextOrItsActionsDescriptionMarksItRepeatable() {
        ParameterDef own = ParameterDef.of("Variable", false,
                Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."), List.of(), null, false);
        ParameterDef channel = ParameterDef.of("Channel", true, Doc.EMPTY, List.of(), null, false);
        ParameterDef attribute = ParameterDef.of("FileName", false, Doc.EMPTY, List.of(), null, true);

        ActionDef originate = apply(new Problems(), action("Originate", Doc.EMPTY, channel, own, attribute));
        ActionDef notify = apply(new Problems(), action("PJSIPNotify",
                Doc.ofText("Send a NOTIFY with headers via multiple Variable: name=value sequences."), channel,
                own.withDescription(Doc.EMPTY)));

        assertThat(originate.parameters()).extracting(ParameterDef::name, ParameterDef::multiValued)
                .containsExactly(tuple("Channel", false), tuple("Variable", true), tuple("FileName", true));
        assertThat(notify.parameters()).extracting(ParameterDef::name, ParameterDef::multiValued)
                .containsExactly(tuple("Channel", false), tuple("Variable", true));
    }

    @Test
    void anEventsDescriptionMarksNoField() {
        ParameterDef variable = ParameterDef.of("Variable", false, Doc.EMPTY, List.of(), null, false);
        EventDef event = EventDef.of("VarSet", "", Doc.ofText("multiple Variable: headers are sent"), "dialplan",
                List.of(variable), List.of(), List.of(), List.of(), null, List.of());

        RawDocs linked = new ProseRules(new Problems()).apply(
                new RawDocs("test.xml", null, List.of(), List.of(new RawDocs.Element<>(event, AT))));

        assertThat(linked.events().get(0).def().fields().get(0).multiValued()).isFalse();
    }

    private static ActionDef action(String name, Doc description, ParameterDef... parameters) {
        return ActionDef.of(name, "", description, List.of(parameters), null, List.of(), List.of(), List.of(), null);
    }

    private static ActionDef apply(Problems problems, ActionDef action) {
        return new ProseRules(problems).apply(new RawDocs("test.xml", null,
                List.of(new RawDocs.Element<>(action, AT)), List.of())).actions().get(0).def();
    }
}
