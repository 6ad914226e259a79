package io.amisdk.generator.link.types;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.BooleanSpelling;
import io.amisdk.generator.model.HeaderType.DurationUnit;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeRef;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The structure and prose rules, the snapshot recogniser and the shared-enum naming rule on small inputs. */
class TypeRulesTest {
    private static List<EnumValue> values(String... names) {
        return java.util.Arrays.stream(names).map(n -> new EnumValue(n, Doc.EMPTY)).toList();
    }

    private static ParameterDef header(String name, String... values) {
        return ParameterDef.of(name, false, Doc.EMPTY, values(values), null, false);
    }

    @Test
    @DisplayName("boolean pairs in any case and order are booleans with their spelling; other lists are enums")
    void structure() {
        assertThat(StructureRule.type(values("Yes", "No")).spelling()).isEqualTo(BooleanSpelling.YES_NO);
        assertThat(StructureRule.type(values("0", "1")).spelling()).isEqualTo(BooleanSpelling.ONE_ZERO);
        assertThat(StructureRule.type(values("off", "on")).spelling()).isEqualTo(BooleanSpelling.ON_OFF);
        assertThat(StructureRule.type(values("true", "false")).spelling()).isEqualTo(BooleanSpelling.TRUE_FALSE);
        HeaderType yes = StructureRule.type(values("Yes", "No"));
        assertThat(yes.rule()).isEqualTo(Rule.STRUCTURE);
        assertThat(yes.reason()).isEqualTo("enum list Yes/No");
        assertThat(StructureRule.type(values("enabled", "disabled")).kind()).isEqualTo(Kind.ENUM);
        assertThat(StructureRule.type(values("yes", "yes"))).extracting(HeaderType::kind).isEqualTo(Kind.ENUM);
        assertThat(StructureRule.type(values("on", "off", "system,call,log,...")).kind()).as("Asterisk's event mask")
                .isEqualTo(Kind.EVENT_MASK);
        assertThat(StructureRule.type(values("on", "maybe", "system,call,log,..."))).isNull();
        assertThat(StructureRule.type(values("action(include|exclude)", "name(<event_name>)"))).isNull();
        assertThat(StructureRule.type(List.of())).isNull();
        assertThat(StructureRule.type(values("a,b", "user@host"))).as("values that are all patterns: text").isNull();
        assertThat(StructureRule.type(values("a,b", "plain")).kind()).as("one wire value makes an enum")
                .isEqualTo(Kind.ENUM);
    }

    @Test
    @DisplayName("an AuthType header of plain/MD5 (or MD5 alone) is the runtime's AuthType; other names or values are not")
    void authType() {
        assertThat(StructureRule.type("AuthType", values("plain", "MD5")).kind()).isEqualTo(Kind.AUTH_TYPE);
        assertThat(StructureRule.type("AuthType", values("MD5")).kind()).isEqualTo(Kind.AUTH_TYPE);
        assertThat(StructureRule.type("AuthType", values("plain", "MD5")).reason())
                .isEqualTo("enum list plain/MD5: the runtime's AuthType");
        assertThat(StructureRule.type("Hash", values("MD5")).kind()).isEqualTo(Kind.ENUM);
        assertThat(StructureRule.type("AuthType", values("MD5", "SHA-256")).kind()).isEqualTo(Kind.ENUM);
        assertThat(StructureRule.type("AuthType", List.of())).isNull();
    }

    @Test
    @DisplayName("prose: the first reading that matches wins and is quoted as the reason")
    void prose() {
        assertThat(prose("The time this member last took a call, expressed in seconds since 00:00, Jan 1, 1970 UTC."))
                .isEqualTo(HeaderType.of(Kind.TIMESTAMP, Rule.PROSE, "prose: \"seconds since 00:00, jan 1, 1970\""));
        assertThat(prose("Overrides the timeout of the parking lot for this park action. Specified in milliseconds,"
                + " but will be converted to seconds.").unit()).isEqualTo(DurationUnit.MILLISECONDS);
        assertThat(prose("How long to wait for call to be answered (in ms.).").unit()).isEqualTo(DurationUnit.MILLISECONDS);
        assertThat(prose("The round trip time in microseconds.").unit()).isEqualTo(DurationUnit.MICROSECONDS);
        assertThat(prose("The number of seconds the channel has been up.").unit()).isEqualTo(DurationUnit.SECONDS);
        assertThat(prose("Seconds since last reload").kind()).isEqualTo(Kind.DURATION);
        assertThat(prose("Set to true for fast origination.").spelling()).isEqualTo(BooleanSpelling.TRUE_FALSE);
        assertThat(prose("Turn mute on or off : 1 to turn on, 0 to turn off.").spelling())
                .isEqualTo(BooleanSpelling.ONE_ZERO);
        assertThat(prose("The number of bytes the sender has sent.").kind()).isEqualTo(Kind.LONG);
        assertThat(prose("Number of channels in the bridge").kind()).isEqualTo(Kind.INTEGER);
        assertThat(prose("A numeric code for the channel's current state, related to ChannelStateDesc").kind())
                .isEqualTo(Kind.INTEGER);
        assertThat(prose("The numeric pickup groups for a channel.")).isNull();
        assertThat(prose("The name of the channel.")).isNull();
        assertThat(TypeProse.read(Doc.EMPTY)).isNull();
    }

    private static HeaderType prose(String text) {
        return TypeProse.read(Doc.ofText(text));
    }

    @Test
    @DisplayName("a snapshot run is recognised only when complete, under each prefix")
    void snapshotRuns() {
        List<ParameterDef> fields = new ArrayList<>();
        fields.add(header("Cause"));
        for (ParameterDef f : Snapshots.DEFINITIONS.get(0).fields()) {
            fields.add(header("Dest" + f.name()));
        }
        for (ParameterDef f : Snapshots.DEFINITIONS.get(0).fields()) {
            if (!f.name().equals("Linkedid")) {
                fields.add(header(f.name()));
            }
        }
        List<ParameterDef> marked = Snapshots.mark(fields);
        assertThat(marked.get(0).shape()).isNull();
        assertThat(marked.get(1).shape()).isEqualTo(new ShapeRef("ChannelSnapshot", "Dest"));
        assertThat(marked.get(14).shape()).isEqualTo(new ShapeRef("ChannelSnapshot", "Dest"));
        assertThat(marked.subList(15, marked.size())).allMatch(f -> f.shape() == null);
    }

    @Test
    @DisplayName("shared enums: two occurrences or more; names by the documented rule")
    void sharedEnumNaming() {
        List<SharedEnums.Occurrence> o = new ArrayList<>();
        o.add(new SharedEnums.Occurrence("Newchannel", "ChannelStateDesc", header("ChannelStateDesc", "Down", "Up")));
        o.add(new SharedEnums.Occurrence("DialBegin", "ChannelStateDesc", header("DestChannelStateDesc", "Down", "Up")));
        o.add(new SharedEnums.Occurrence("QueueMemberAdded", "Status", header("Status", "0", "1", "2")));
        o.add(new SharedEnums.Occurrence("QueueMemberRemoved", "Status", header("Status", "0", "1", "2")));
        o.add(new SharedEnums.Occurrence("ContactStatus", "Status", header("Status", "Reachable", "Unreachable")));
        o.add(new SharedEnums.Occurrence("ContactStatusDetail", "Status", header("Status", "Reachable", "Unreachable")));
        o.add(new SharedEnums.Occurrence("ContactStatusDetail", "Status", header("Status", "Reachable", "Unreachable")));
        o.add(new SharedEnums.Occurrence("Foo", "Lonely", header("Lonely", "a", "b")));
        o.add(new SharedEnums.Occurrence("UpdateConfig", "Action-000000", header("Action-000000", "NewCat", "Delete")));
        o.add(new SharedEnums.Occurrence("UpdateConfig", "Options-000000", header("Options-000000", "NewCat", "Delete")));
        Map<List<String>, EnumDef> shared = SharedEnums.find(o, NamingStrategy.builtIn());
        assertThat(shared.values()).extracting(EnumDef::name)
                .as("a rule names the device states; a generic word gets its owners' words; placeholders take no part")
                .containsExactlyInAnyOrder("ChannelState", "DeviceState", "ContactStatusStatus");
        assertThat(shared.get(List.of("Reachable", "Unreachable")).name()).isEqualTo("ContactStatusStatus");
        assertThat(SharedEnums.find(List.of(o.get(2), o.get(3), o.get(0), o.get(1)), NamingStrategy.builtIn()).values())
                .extracting(EnumDef::name).containsExactlyInAnyOrder("ChannelState", "DeviceState");
    }

    @Test
    @DisplayName("a list in prose: the events named, one ending in Complete; nothing when unsure")
    void listProse() {
        java.util.Set<String> events = java.util.Set.of("ConfbridgeList", "ConfbridgeListComplete", "AuthDetail",
                "OutboundRegistrationDetail", "OutboundRegistrationDetailComplete", "Hangup");
        io.amisdk.generator.model.ActionDef confbridge = action("ConfbridgeList", "Lists all users in a particular"
                + " ConfBridge conference. ConfbridgeList will follow as separate events, followed by a final event"
                + " called ConfbridgeListComplete.");
        assertThat(ListProse.read(confbridge, events)).isEqualTo(new io.amisdk.generator.model.ListResponse(
                List.of("ConfbridgeList"), "ConfbridgeListComplete"));
        assertThat(ListProse.read(action("PJSIPShowRegistrationsOutbound", "In response OutboundRegistrationDetail"
                + " events showing configuration and status information are raised for each outbound registration"
                + " object. AuthDetail events are raised for each associated auth object as well. Once all events"
                + " are completed an OutboundRegistrationDetailComplete is issued."), events).itemEvents())
                .containsExactly("OutboundRegistrationDetail", "AuthDetail");
        assertThat(ListProse.read(action("Hangup", "Hangup a channel; a Hangup event follows."), events)).isNull();
        assertThat(ListProse.read(action("X", "Raises ConfbridgeListComplete only."), events)).isNull();
        assertThat(ListProse.read(confbridge.withListResponse(new io.amisdk.generator.model.ListResponse(
                List.of("Other"), null)), events)).isNull();
    }

    private static io.amisdk.generator.model.ActionDef action(String name, String text) {
        return io.amisdk.generator.model.ActionDef.of(name, "", Doc.ofText(text), List.of(), null, List.of(),
                List.of(), List.of(), null);
    }

    @Test
    @DisplayName("an answer described one header a paragraph is the action's response shape")
    void responseProse() {
        io.amisdk.generator.model.ActionDef mailboxCount = io.amisdk.generator.model.ActionDef.of("MailboxCount", "",
                new Doc(java.util.stream.Stream.of("Checks a voicemail account for new messages.",
                        "Returns number of urgent, new and old messages.", "Message: Mailbox Message Count",
                        "Mailbox: mailboxid", "NewMessages: count").map(t -> (Doc.Block) new Doc.Paragraph(List.of(
                        new Doc.Inline(Doc.Inline.Style.TEXT, t)))).toList()),
                List.of(), null, List.of(), List.of(), List.of(), null);
        io.amisdk.generator.model.ResponseDef r = ResponseProse.read(mailboxCount);
        assertThat(r.fields()).extracting(ParameterDef::name).containsExactly("Mailbox", "NewMessages");
        assertThat(TypeProse.read(r.fields().get(1).description()).kind()).isEqualTo(Kind.INTEGER);
        assertThat(ResponseProse.read(action("Ping", "Keepalive. Expires: 0 in a sentence."))).isNull();
    }

    @Test
    @DisplayName("two definitions typing one header differently are a problem naming both places, not a guess")
    void typeConflictsAreListed() {
        io.amisdk.generator.source.Problems problems = new io.amisdk.generator.source.Problems();
        io.amisdk.generator.model.EventDef a = io.amisdk.generator.model.EventDef.of("E", "", Doc.EMPTY, null,
                List.of(header("X", "Yes", "No")), List.of(), List.of(), List.of(), null, null);
        io.amisdk.generator.model.EventDef b = a.withFields(List.of(ParameterDef.of("X", false,
                Doc.ofText("The number of things."), List.of(), null, false)));
        io.amisdk.generator.source.RawDocs raw = new io.amisdk.generator.source.RawDocs("core.xml", "22", List.of(),
                List.of(new io.amisdk.generator.source.RawDocs.Element<>(a,
                                new io.amisdk.generator.source.Location("core.xml", 3, 0)),
                        new io.amisdk.generator.source.RawDocs.Element<>(b,
                                new io.amisdk.generator.source.Location("core.xml", 9, 0))));
        new io.amisdk.generator.link.Linker(problems).link(raw);
        assertThat(problems.all()).extracting(Object::toString).containsExactly("core.xml:9: managerEvent E: header X"
                + " is INTEGER here but BOOLEAN at core.xml:3: the docs disagree on its type");
    }

    @Test
    @DisplayName("an event whose Response enum has Failure is an outcome; one without is not, unless marked already")
    void outcome() {
        ParameterDef response = header("Response", "Failure", "Success")
                .withType(HeaderType.of(Kind.ENUM, Rule.STRUCTURE, "enum list of 2 values"));
        EventDef originate = event("OriginateResponse", response, header("Reason"));
        assertThat(OutcomeRule.mark(originate).outcome()).isTrue();
        assertThat(OutcomeRule.mark(event("Hangup", header("Cause")))).isEqualTo(event("Hangup", header("Cause")));
        assertThat(OutcomeRule.mark(event("Status", header("Response"))).outcome()).as("text, not an enum")
                .isFalse();
        assertThat(OutcomeRule.mark(event("Done", response.withValues(values("Success", "Pending")))).outcome())
                .isFalse();
        EventDef marked = event("Custom", header("Result")).withOutcome(true);
        assertThat(OutcomeRule.mark(marked)).as("a supplement's mark stays").isSameAs(marked);
    }

    private static EventDef event(String name, ParameterDef... fields) {
        return EventDef.of(name, "", Doc.EMPTY, null, List.of(fields), List.of(), List.of(), List.of(), null, null);
    }
}
