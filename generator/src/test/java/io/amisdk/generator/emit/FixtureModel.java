package io.amisdk.generator.emit;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.List;

/** A small hand-made model with the shapes the emitters must handle, written as Asterisk 22 documents them. */
final class FixtureModel {
    private FixtureModel() {
    }

    static AmiModel model() {
        return new AmiModel("core-en_US.xml", "22",
                List.of(login(), originate(), coreShowChannels(), events(), setvar()),
                List.of(newchannel(), coreShowChannel(), coreShowChannelsComplete()));
    }

    static ParameterDef param(String name, boolean required, String doc) {
        return new ParameterDef(name, required, Doc.ofText(doc), List.of(), null, false);
    }

    static ParameterDef actionId() {
        return param("ActionID", false, "ActionID for this transaction. Will be returned.");
    }

    static ActionDef login() {
        ParameterDef authType = new ParameterDef("AuthType", false, Doc.ofText("Authentication type."),
                List.of(new EnumValue("plain", Doc.ofText("Plain text secret. (default)")),
                        new EnumValue("MD5", Doc.ofText("MD5 hashed secret, needs a Challenge first."))),
                "plain", false);
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
                        new ParameterDef("Timeout", false, Doc.ofText("How long to wait for call to be answered (in ms.)."),
                                List.of(), "30000", false),
                        param("Async", false, "Set to true for fast origination."),
                        new ParameterDef("Variable", false, Doc.ofText("Channel variable to set, multiple Variable: headers are allowed."),
                                List.of(), null, true),
                        param("Class", false, "A parameter named like a Java keyword.")),
                null, List.of(new SeeAlso("managerEvent", "OriginateResponse"), new SeeAlso("application", "Dial")),
                List.of(), List.of(), "builtin");
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
                null, false);
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

    static List<ParameterDef> channelSnapshot() {
        return List.of(param("Channel", false, ""), param("ChannelState", false, "A numeric code for the channel's current state, related to ChannelStateDesc"),
                channelStateDesc(), param("CallerIDNum", false, ""), param("Uniqueid", false, ""),
                param("Linkedid", false, "Uniqueid of the oldest channel associated with this channel."));
    }

    static EventDef newchannel() {
        return new EventDef("Newchannel", "Raised when a new channel is created.", Doc.EMPTY, "call",
                channelSnapshot(), List.of(new SeeAlso("managerEvent", "Hangup")), List.of("12.0.0"), List.of(),
                "builtin", List.of());
    }

    static EventDef coreShowChannel() {
        List<ParameterDef> fields = new java.util.ArrayList<>();
        fields.add(param("ActionID", false, "Action ID for this AMI event."));
        fields.addAll(channelSnapshot());
        fields.add(param("Duration", false, "The amount of time the channel has existed."));
        fields.add(param("Message", false, "A field whose name AmiEvent already uses."));
        return new EventDef("CoreShowChannel", "Raised in response to a CoreShowChannels command.", Doc.EMPTY, null,
                fields, List.of(new SeeAlso("manager", "CoreShowChannels")), List.of(), List.of(), "builtin", List.of());
    }

    static EventDef coreShowChannelsComplete() {
        return new EventDef("CoreShowChannelsComplete", "Raised at the end of the CoreShowChannel list.", Doc.EMPTY, null,
                List.of(param("EventList", false, "Conveys the status of the event list."),
                        param("ListItems", false, "Conveys the number of statuses reported.")),
                List.of(), List.of(), List.of(), "builtin", List.of("CoreShowChannelsCompleted"));
    }
}
