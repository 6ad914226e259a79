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
        return ParameterDef.of(name, required, Doc.ofText(doc), List.of(), null, false);
    }

    static ParameterDef typed(String name, boolean required, String doc, HeaderType type) {
        return ParameterDef.builder(name)
                .required(required)
                .description(Doc.ofText(doc))
                .type(type)
                .build();
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
        ParameterDef authType = ParameterDef.builder("AuthType")
                .description(Doc.ofText("Authentication type."))
                .values(List.of(new EnumValue("plain", Doc.ofText("Plain text secret. (default)")),
                        new EnumValue("MD5", Doc.ofText("MD5 hashed secret, needs a Challenge first."))))
                .defaultValue("plain")
                .type(HeaderType.of(HeaderType.Kind.AUTH_TYPE, HeaderType.Rule.STRUCTURE,
                        "enum list plain/MD5: the runtime's AuthType"))
                .build();
        Doc description = new Doc(List.of(
                new Doc.Paragraph(List.of(new Doc.Inline(Doc.Inline.Style.TEXT, "Login Manager. Use "),
                        new Doc.Inline(Doc.Inline.Style.LITERAL, "AuthType: MD5"),
                        new Doc.Inline(Doc.Inline.Style.TEXT, " with a <Key> & never */ a \\u0000 @secret."))),
                new Doc.Example("Example", "Action: Login\nUsername: admin\nSecret: {secret}")));
        return ActionDef.of("Login", "Login Manager.", description,
                List.of(actionId(), param("Username", true, "Username to login with as specified in manager.conf."),
                        param("Secret", false, "Secret to login with as specified in manager.conf."),
                        authType,
                        param("Key", false, "The MD5 key, when AuthType is MD5."),
                        eventsParam("Events", false)),
                null, List.of(new SeeAlso("manager", "Logoff"), new SeeAlso("manager", "Events")),
                List.of("1.0"), List.of(), "builtin");
    }

    static ActionDef originate() {
        return ActionDef.builder("Originate")
                .synopsis("Originate a call.")
                .description(Doc.ofText("Generates an outgoing call."))
                .parameters(List.of(actionId(), param("Channel", true, "Channel name to call."),
                        param("Exten", false, "Extension to use."),
                        param("Context", false, "Context to use."),
                        typed("Priority", false, "Priority to use.", integer()),
                        param("Application", false, "Application to execute."),
                        ParameterDef.builder("Timeout")
                                .description(Doc.ofText("How long to wait for call to be answered (in ms.)."))
                                .defaultValue("30000")
                                .type(HeaderType.duration(HeaderType.DurationUnit.MILLISECONDS,
                                        HeaderType.Rule.PROSE, "in ms"))
                                .build(),
                        typed("Async", false, "Set to true for fast origination.",
                                HeaderType.bool(HeaderType.BooleanSpelling.TRUE_FALSE, HeaderType.Rule.PROSE, "Set to true")),
                        ParameterDef.of("Variable", false, Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."),
                                List.of(), null, true),
                        param("Class", false, "A parameter named like a Java keyword.")))
                .seeAlso(List.of(new SeeAlso("managerEvent", "OriginateResponse"), new SeeAlso("application", "Dial")))
                .module("builtin")
                .requirements(List.of(new Requirement(List.of(List.of("Exten", "Context", "Priority"), List.of("Application")), null,
                        "manager.c: Exten needs Context and Priority, or Application")))
                .build();
    }

    static ActionDef getvar() {
        return ActionDef.builder("Getvar")
                .synopsis("Gets a channel variable or function value.")
                .description(Doc.EMPTY)
                .parameters(List.of(actionId(), param("Channel", false, "Channel to read variable from."),
                        param("Variable", true, "Variable name, function or expression.")))
                .module("builtin")
                .response(new ResponseDef(List.of(param("Variable", false, "The variable read."),
                        param("Value", false, "Its value.")), Doc.ofText("Seen in the recorded sessions.")))
                .build();
    }

    static ActionDef queueStatus() {
        return ActionDef.of("QueueStatus", "Show queue status.", Doc.EMPTY,
                List.of(actionId(), param("Queue", false, "Limit the response to this queue.")),
                new ListResponse(List.of("QueueParams", "QueueMember"), "QueueStatusComplete"),
                List.of(), List.of("0.5.0"), List.of(), "app_queue");
    }

    static ActionDef userEvent() {
        return ActionDef.of("UserEvent", "Send an arbitrary event.", Doc.EMPTY,
                List.of(actionId(), param("UserEvent", true, "Event string to send."),
                        param("Header1", false, "Content1."), param("HeaderN", false, "ContentN.")),
                null, List.of(), List.of(), List.of(), "builtin");
    }

    static EventDef queueParams() {
        return EventDef.of("QueueParams", "A queue's parameters.", Doc.EMPTY, "agent",
                List.of(param("Queue", false, "The queue."), typed("Calls", false, "Number of calls waiting.", integer())),
                List.of(), List.of(), List.of(), "app_queue", List.of());
    }

    static EventDef queueMember() {
        return EventDef.of("QueueMember", "A queue member.", Doc.EMPTY, "agent",
                List.of(param("Queue", false, "The queue."), param("Name", false, "The member's name."),
                        typed("Paused", false, "Whether the member is paused.",
                                HeaderType.bool(HeaderType.BooleanSpelling.ONE_ZERO, HeaderType.Rule.STRUCTURE, "0/1 list"))),
                List.of(), List.of(), List.of(), "app_queue", List.of());
    }

    static EventDef queueStatusComplete() {
        return EventDef.of("QueueStatusComplete", "The end of the queue status list.", Doc.EMPTY, "agent",
                List.of(typed("ListItems", false, "Items.", integer())), List.of(), List.of(), List.of(), "app_queue",
                List.of());
    }

    static EventDef dialBegin() {
        List<ParameterDef> fields = new java.util.ArrayList<>(channelSnapshot(""));
        fields.addAll(channelSnapshot("Dest"));
        fields.add(param("DialString", false, "The string passed to Dial."));
        return EventDef.of("DialBegin", "Raised when a dial action has started.", Doc.EMPTY, "call", fields,
                List.of(), List.of("12.0.0"), List.of(), "builtin", List.of());
    }

    static ActionDef setvar() {
        return ActionDef.of("Setvar", "Sets a channel variable or function value.", Doc.EMPTY,
                List.of(actionId(), param("Channel", false, "Channel to set variable for."),
                        param("Variable", true, "Variable name, function or expression."),
                        param("Value", true, "Variable or function value.")),
                null, List.of(new SeeAlso("manager", "Getvar")), List.of(), List.of(), "builtin");
    }

    static ActionDef coreShowChannels() {
        return ActionDef.of("CoreShowChannels", "List currently active channels.", Doc.EMPTY,
                List.of(actionId()), new ListResponse(List.of("CoreShowChannel"), "CoreShowChannelsComplete"),
                List.of(), List.of("1.6.2.0"), List.of(), "builtin");
    }

    static ParameterDef eventsParam(String name, boolean required) {
        return ParameterDef.builder(name)
                .required(required)
                .description(Doc.ofText("Which events to send."))
                .values(List.of(new EnumValue("on", Doc.ofText("If all events should be sent.")),
                        new EnumValue("off", Doc.ofText("If no events should be sent.")),
                        new EnumValue("system,call,log,...", Doc.ofText("To select which flags events should have."))))
                .type(ownEnum())
                .build();
    }

    static ActionDef events() {
        ParameterDef eventMask = eventsParam("EventMask", true);
        return ActionDef.of("Events", "Control Event Flow.", Doc.ofText("Enable/Disable sending of events to this manager client."),
                List.of(actionId(), eventMask), null, List.of(), List.of(), List.of(), "builtin");
    }

    static ParameterDef channelStateDesc() {
        return ParameterDef.of("ChannelStateDesc", false, Doc.EMPTY,
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
                ParameterDef.builder(prefix + "ChannelStateDesc")
                        .description(Doc.EMPTY)
                        .values(desc.values())
                        .type(state)
                        .shape(shape)
                        .build(),
                param(prefix + "CallerIDNum", false, "").withShape(shape),
                typed(prefix + "Priority", false, "", integer()).withShape(shape),
                param(prefix + "Uniqueid", false, "").withShape(shape),
                param(prefix + "Linkedid", false, "Uniqueid of the oldest channel associated with this channel.")
                        .withShape(shape));
    }

    /** An outcome event: a nested enum, and numeric codes named from their descriptions' leading literals. */
    static EventDef originateResponse() {
        ParameterDef response = ParameterDef.builder("Response")
                .description(Doc.EMPTY)
                .values(List.of(
                new EnumValue("Failure", Doc.EMPTY), new EnumValue("Success", Doc.EMPTY)))
                .type(ownEnum())
                .build();
        ParameterDef reason = ParameterDef.builder("Reason")
                .description(Doc.EMPTY)
                .values(List.of(
                code("0", "Failed", "The call could not be placed."), code("3", "NoAnswer", "It rang, unanswered."),
                code("4", "Answered", "It was answered.")))
                .type(HeaderType.of(HeaderType.Kind.ENUM, HeaderType.Rule.OVERLAY, "fixture"))
                .build();
        return EventDef.builder("OriginateResponse")
                .synopsis("Raised in response to an Originate command.")
                .description(Doc.EMPTY)
                .category("call")
                .fields(List.of(param("ActionID", false, ""), response, param("Channel", false, ""), reason))
                .seeAlso(List.of(new SeeAlso("manager", "Originate")))
                .since(List.of("22.1.0"))
                .module("builtin")
                .outcome(true)
                .build();
    }

    private static EnumValue code(String wire, String name, String text) {
        return new EnumValue(wire, new Doc(List.of(new Doc.Paragraph(List.of(
                new Doc.Inline(Doc.Inline.Style.LITERAL, name), new Doc.Inline(Doc.Inline.Style.TEXT, " - " + text))))));
    }

    static EventDef newchannel() {
        return EventDef.of("Newchannel", "Raised when a new channel is created.", Doc.EMPTY, "call",
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
        return EventDef.of("CoreShowChannel", "Raised in response to a CoreShowChannels command.", Doc.EMPTY, null,
                fields, List.of(new SeeAlso("manager", "CoreShowChannels")), List.of(), List.of(), "builtin", List.of());
    }

    static EventDef coreShowChannelsComplete() {
        return EventDef.of("CoreShowChannelsComplete", "Raised at the end of the CoreShowChannel list.", Doc.EMPTY, null,
                List.of(param("EventList", false, "Conveys the status of the event list."),
                        typed("ListItems", false, "Conveys the number of statuses reported.", integer())),
                List.of(), List.of(), List.of(), "builtin", List.of("CoreShowChannelsCompleted"));
    }
}
