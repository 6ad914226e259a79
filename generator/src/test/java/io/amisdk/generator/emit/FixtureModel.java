package io.amisdk.generator.emit;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.Requirement;
import io.amisdk.generator.model.ResponseDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.model.ShapeRef;
import java.util.List;

/** A small hand-made model with the shapes the emitters must handle, written as Asterisk 22 documents them. */
final class FixtureModel {
    private FixtureModel() {
    }

    static AmiModel model() {
        return new AmiModel("core-en_US.xml", "22",
                List.of(login(), originate(), coreShowChannels(), events(), setvar(), getvar(), queueStatus(),
                        userEvent()),
                List.of(newchannel(), coreShowChannel(), coreShowChannelsComplete(), dialBegin(), queueParams(),
                        queueMember(), queueStatusComplete(), originateResponse()),
                List.of(new EnumDef("ChannelState", channelStateDesc().values())),
                List.of(new ShapeDef("ChannelSnapshot", Doc.ofText("A channel's state when the event was raised."),
                        channelSnapshot(""))));
    }

    static ParameterDef param(String name, boolean required, String doc) {
        return new ParameterDef(name, required, Doc.ofText(doc), List.of(), null, false);
    }

    static ParameterDef typed(String name, boolean required, String doc, HeaderType type) {
        return new ParameterDef(name, required, Doc.ofText(doc), List.of(), null, false, type, null);
    }

    static HeaderType ownEnum() {
        return HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.STRUCTURE, "enum list");
    }

    static HeaderType integer() {
        return HeaderType.of(HeaderType.Kind.INTEGER, HeaderType.Rule.PROSE, "fixture");
    }

    static ParameterDef actionId() {
        return param("ActionID", false, "ActionID for this transaction. Will be returned.");
    }

    static ActionDef login() {
        ParameterDef authType = new ParameterDef("AuthType", false, Doc.ofText("Authentication type."),
                List.of(new EnumValue("plain", Doc.ofText("Plain text secret. (default)")),
                        new EnumValue("MD5", Doc.ofText("MD5 hashed secret, needs a Challenge first."))),
                "plain", false, HeaderType.of(HeaderType.Kind.AUTH_TYPE, HeaderType.Rule.STRUCTURE,
                        "enum list plain/MD5: the runtime's AuthType"), null);
        Doc description = new Doc(List.of(
                new Doc.Paragraph(List.of(new Doc.Inline(Doc.Inline.Style.TEXT, "Login Manager. Use "),
                        new Doc.Inline(Doc.Inline.Style.LITERAL, "AuthType: MD5"),
                        new Doc.Inline(Doc.Inline.Style.TEXT, " with a <Key> & never */ a \\u0000 @secret."))),
                new Doc.Example("Example", "Action: Login\nUsername: admin\nSecret: {secret}")));
        return new ActionDef("Login", "Login Manager.", description,
                List.of(actionId(), param("Username", true, "Username to login with as specified in manager.conf."),
                        param("Secret", false, "Secret to login with as specified in manager.conf."),
                        authType,
                        param("Key", false, "The MD5 key, when AuthType is MD5."),
                        eventsParam("Events", false)),
                null, List.of(new SeeAlso("manager", "Logoff"), new SeeAlso("manager", "Events")),
                List.of("1.0"), List.of(), "builtin");
    }

    static ActionDef originate() {
        return new ActionDef("Originate", "Originate a call.", Doc.ofText("Generates an outgoing call."),
                List.of(actionId(), param("Channel", true, "Channel name to call."),
                        param("Exten", false, "Extension to use."),
                        param("Context", false, "Context to use."),
                        typed("Priority", false, "Priority to use.", integer()),
                        param("Application", false, "Application to execute."),
                        new ParameterDef("Timeout", false, Doc.ofText("How long to wait for call to be answered (in ms.)."),
                                List.of(), "30000", false, HeaderType.duration(HeaderType.DurationUnit.MILLISECONDS,
                                        HeaderType.Rule.PROSE, "in ms"), null),
                        typed("Async", false, "Set to true for fast origination.",
                                HeaderType.bool(HeaderType.BooleanSpelling.TRUE_FALSE, HeaderType.Rule.PROSE, "Set to true")),
                        new ParameterDef("Variable", false, Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."),
                                List.of(), null, true),
                        param("Class", false, "A parameter named like a Java keyword.")),
                null, List.of(new SeeAlso("managerEvent", "OriginateResponse"), new SeeAlso("application", "Dial")),
                List.of(), List.of(), "builtin", null,
                List.of(new Requirement(List.of(List.of("Exten", "Context", "Priority"), List.of("Application")), null,
                        "manager.c: Exten needs Context and Priority, or Application")), false);
    }

    static ActionDef getvar() {
        return new ActionDef("Getvar", "Gets a channel variable or function value.", Doc.EMPTY,
                List.of(actionId(), param("Channel", false, "Channel to read variable from."),
                        param("Variable", true, "Variable name, function or expression.")),
                null, List.of(), List.of(), List.of(), "builtin",
                new ResponseDef(List.of(param("Variable", false, "The variable read."),
                        param("Value", false, "Its value.")), Doc.ofText("Seen in the recorded sessions.")),
                List.of(), false);
    }

    static ActionDef queueStatus() {
        return new ActionDef("QueueStatus", "Show queue status.", Doc.EMPTY,
                List.of(actionId(), param("Queue", false, "Limit the response to this queue.")),
                new ListResponse(List.of("QueueParams", "QueueMember"), "QueueStatusComplete"),
                List.of(), List.of("0.5.0"), List.of(), "app_queue");
    }

    static ActionDef userEvent() {
        return new ActionDef("UserEvent", "Send an arbitrary event.", Doc.EMPTY,
                List.of(actionId(), param("UserEvent", true, "Event string to send."),
                        param("Header1", false, "Content1."), param("HeaderN", false, "ContentN.")),
                null, List.of(), List.of(), List.of(), "builtin");
    }

    static EventDef queueParams() {
        return new EventDef("QueueParams", "A queue's parameters.", Doc.EMPTY, "agent",
                List.of(param("Queue", false, "The queue."), typed("Calls", false, "Number of calls waiting.", integer())),
                List.of(), List.of(), List.of(), "app_queue", List.of());
    }

    static EventDef queueMember() {
        return new EventDef("QueueMember", "A queue member.", Doc.EMPTY, "agent",
                List.of(param("Queue", false, "The queue."), param("Name", false, "The member's name."),
                        typed("Paused", false, "Whether the member is paused.",
                                HeaderType.bool(HeaderType.BooleanSpelling.ONE_ZERO, HeaderType.Rule.STRUCTURE, "0/1 list"))),
                List.of(), List.of(), List.of(), "app_queue", List.of());
    }

    static EventDef queueStatusComplete() {
        return new EventDef("QueueStatusComplete", "The end of the queue status list.", Doc.EMPTY, "agent",
                List.of(typed("ListItems", false, "Items.", integer())), List.of(), List.of(), List.of(), "app_queue",
                List.of());
    }

    static EventDef dialBegin() {
        List<ParameterDef> fields = new java.util.ArrayList<>(channelSnapshot(""));
        fields.addAll(channelSnapshot("Dest"));
        fields.add(param("DialString", false, "The string passed to Dial."));
        return new EventDef("DialBegin", "Raised when a dial action has started.", Doc.EMPTY, "call", fields,
                List.of(), List.of("12.0.0"), List.of(), "builtin", List.of());
    }

    static ActionDef setvar() {
        return new ActionDef("Setvar", "Sets a channel variable or function value.", Doc.EMPTY,
                List.of(actionId(), param("Channel", false, "Channel to set variable for."),
                        param("Variable", true, "Variable name, function or expression."),
                        param("Value", true, "Variable or function value.")),
                null, List.of(new SeeAlso("manager", "Getvar")), List.of(), List.of(), "builtin");
    }

    static ActionDef coreShowChannels() {
        return new ActionDef("CoreShowChannels", "List currently active channels.", Doc.EMPTY,
                List.of(actionId()), new ListResponse(List.of("CoreShowChannel"), "CoreShowChannelsComplete"),
                List.of(), List.of("1.6.2.0"), List.of(), "builtin");
    }

    static ParameterDef eventsParam(String name, boolean required) {
        return new ParameterDef(name, required, Doc.ofText("Which events to send."),
                List.of(new EnumValue("on", Doc.ofText("If all events should be sent.")),
                        new EnumValue("off", Doc.ofText("If no events should be sent.")),
                        new EnumValue("system,call,log,...", Doc.ofText("To select which flags events should have."))),
                null, false, ownEnum(), null);
    }

    static ActionDef events() {
        ParameterDef eventMask = eventsParam("EventMask", true);
        return new ActionDef("Events", "Control Event Flow.", Doc.ofText("Enable/Disable sending of events to this manager client."),
                List.of(actionId(), eventMask), null, List.of(), List.of(), List.of(), "builtin");
    }

    static ParameterDef channelStateDesc() {
        return new ParameterDef("ChannelStateDesc", false, Doc.EMPTY,
                List.of(new EnumValue("Down", Doc.EMPTY), new EnumValue("Rsrvd", Doc.EMPTY),
                        new EnumValue("OffHook", Doc.EMPTY), new EnumValue("Dialing", Doc.EMPTY),
                        new EnumValue("Ring", Doc.EMPTY), new EnumValue("Ringing", Doc.EMPTY),
                        new EnumValue("Up", Doc.EMPTY), new EnumValue("Busy", Doc.EMPTY),
                        new EnumValue("Dialing Offhook", Doc.EMPTY), new EnumValue("Pre-ring", Doc.EMPTY),
                        new EnumValue("Unknown", Doc.EMPTY)),
                null, false);
    }

    /** A (shortened) channel snapshot under a prefix, typed and marked as the linker does. */
    static List<ParameterDef> channelSnapshot(String prefix) {
        ShapeRef shape = new ShapeRef("ChannelSnapshot", prefix);
        HeaderType state = HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.SNAPSHOT, "channel snapshot")
                .withSharedEnum("ChannelState");
        ParameterDef desc = channelStateDesc();
        return List.of(param(prefix + "Channel", false, "").withShape(shape),
                typed(prefix + "ChannelState", false, "A numeric code for the channel's current state, related to "
                        + prefix + "ChannelStateDesc", integer()).withShape(shape),
                new ParameterDef(prefix + "ChannelStateDesc", false, Doc.EMPTY, desc.values(), null, false, state, shape),
                param(prefix + "CallerIDNum", false, "").withShape(shape),
                typed(prefix + "Priority", false, "", integer()).withShape(shape),
                param(prefix + "Uniqueid", false, "").withShape(shape),
                param(prefix + "Linkedid", false, "Uniqueid of the oldest channel associated with this channel.")
                        .withShape(shape));
    }

    /** An outcome event: a nested enum, and numeric codes named from their descriptions' leading literals. */
    static EventDef originateResponse() {
        ParameterDef response = new ParameterDef("Response", false, Doc.EMPTY, List.of(
                new EnumValue("Failure", Doc.EMPTY), new EnumValue("Success", Doc.EMPTY)), null, false, ownEnum(), null);
        ParameterDef reason = new ParameterDef("Reason", false, Doc.EMPTY, List.of(
                code("0", "Failed", "The call could not be placed."), code("3", "NoAnswer", "It rang, unanswered."),
                code("4", "Answered", "It was answered.")), null, false,
                HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.OVERLAY, "fixture"), null);
        return new EventDef("OriginateResponse", "Raised in response to an Originate command.", Doc.EMPTY, "call",
                List.of(param("ActionID", false, ""), response, param("Channel", false, ""), reason),
                List.of(new SeeAlso("manager", "Originate")), List.of("22.1.0"), List.of(), "builtin", List.of(), null,
                true);
    }

    private static EnumValue code(String wire, String name, String text) {
        return new EnumValue(wire, new Doc(List.of(new Doc.Paragraph(List.of(
                new Doc.Inline(Doc.Inline.Style.LITERAL, name), new Doc.Inline(Doc.Inline.Style.TEXT, " - " + text))))));
    }

    static EventDef newchannel() {
        return new EventDef("Newchannel", "Raised when a new channel is created.", Doc.EMPTY, "call",
                channelSnapshot(""), List.of(new SeeAlso("managerEvent", "Hangup")), List.of("12.0.0"), List.of(),
                "builtin", List.of());
    }

    static EventDef coreShowChannel() {
        List<ParameterDef> fields = new java.util.ArrayList<>();
        fields.add(param("ActionID", false, "Action ID for this AMI event."));
        fields.addAll(channelSnapshot(""));
        fields.add(typed("Duration", false, "The amount of time the channel has existed.",
                HeaderType.duration(HeaderType.DurationUnit.SECONDS, HeaderType.Rule.OVERLAY, "fixture")));
        fields.add(param("Message", false, "A field whose name AmiEvent already uses."));
        return new EventDef("CoreShowChannel", "Raised in response to a CoreShowChannels command.", Doc.EMPTY, null,
                fields, List.of(new SeeAlso("manager", "CoreShowChannels")), List.of(), List.of(), "builtin", List.of());
    }

    static EventDef coreShowChannelsComplete() {
        return new EventDef("CoreShowChannelsComplete", "Raised at the end of the CoreShowChannel list.", Doc.EMPTY, null,
                List.of(param("EventList", false, "Conveys the status of the event list."),
                        typed("ListItems", false, "Conveys the number of statuses reported.", integer())),
                List.of(), List.of(), List.of(), "builtin", List.of("CoreShowChannelsCompleted"));
    }
}
