package io.amisdk.generator.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ListResponse.ItemType;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the linker decides for the emitters to render: parameter roles, list item types, see-also targets. */
class EntryRulesTest {

    private static ParameterDef header(String name) {
        return ParameterDef.builder(name).build();
    }

    private static EventDef event(String name, String... aliases) {
        return EventDef.builder(name).aliases(List.of(aliases)).build();
    }

    private static Map<String, ParameterDef> parameters(AmiModel model, String action) {
        return model.action(action).parameters().stream()
                .collect(Collectors.toMap(ParameterDef::name, Function.identity()));
    }

    @Test
    @DisplayName("secrets, placeholders and name=value headers are marked on the parameters, by name")
    void parameterRoles() {
        AmiModel model = Linker.finishTyped(new AmiModel("d.xml", "22", List.of(
                ActionDef.builder("UserEvent").parameters(List.of(header("UserEvent"), header("Header1"),
                        header("Header2"), header("HeaderN"), header("Secret"))).build(),
                ActionDef.builder("UpdateConfig").parameters(List.of(header("SrcFilename"), header("Action-000000"),
                        header("Cat-000000"))).build(),
                ActionDef.builder("Originate").parameters(List.of(
                        ParameterDef.builder("Variable").multiValued(true).build(), header("ChannelVariable"),
                        header("Channel"))).build()), List.of()));

        Map<String, ParameterDef> userEvent = parameters(model, "UserEvent");
        assertThat(userEvent.values().stream().filter(ParameterDef::placeholder).map(ParameterDef::name))
                .containsExactlyInAnyOrder("Header1", "Header2", "HeaderN");
        assertThat(userEvent.get("Secret").secret()).isTrue();
        assertThat(userEvent.get("UserEvent").secret()).isFalse();
        assertThat(parameters(model, "UpdateConfig").values().stream().filter(ParameterDef::placeholder)
                .map(ParameterDef::name)).containsExactlyInAnyOrder("Action-000000", "Cat-000000");
        Map<String, ParameterDef> originate = parameters(model, "Originate");
        assertThat(originate.get("Variable").keyValue()).isTrue();
        assertThat(originate.get("ChannelVariable").keyValue()).as("not repeatable: one value, no pairs").isFalse();
        assertThat(originate.get("Channel").placeholder() || originate.get("Channel").secret()).isFalse();
        assertThat(Linker.finishTyped(model)).as("idempotent").isEqualTo(model);
    }

    @Test
    @DisplayName("a role a supplement declared is kept: a module's own secret header")
    void declaredRoleKept() {
        AmiModel model = Linker.finishTyped(new AmiModel("d.xml", "22", List.of(ActionDef.builder("MyLogin")
                .parameters(List.of(ParameterDef.builder("Pin").secret(true).build())).build()), List.of()));

        assertThat(parameters(model, "MyLogin").get("Pin").secret()).isTrue();
    }

    @Test
    @DisplayName("a list's items are one event, a sealed family, or any event when the model lacks one")
    void listItemTypes() {
        ActionDef one = ActionDef.builder("CoreShowChannels")
                .listResponse(new ListResponse(List.of("coreshowchannel"), "CoreShowChannelsComplete")).build();
        ActionDef several = ActionDef.builder("QueueStatus").listResponse(new ListResponse(
                List.of("QueueParams", "QueueMember", "QueueParams"), "QueueStatusComplete")).build();
        ActionDef missing = ActionDef.builder("Status")
                .listResponse(new ListResponse(List.of("Status", "Nowhere"), "StatusComplete")).build();
        ActionDef noCompletion = ActionDef.builder("Ping")
                .listResponse(new ListResponse(List.of("Status"), null)).build();
        AmiModel model = Linker.finishTyped(new AmiModel("d.xml", "22", List.of(one, several, missing, noCompletion),
                List.of(event("CoreShowChannel"), event("CoreShowChannelsComplete"), event("QueueParams"),
                        event("QueueMember"), event("QueueStatusComplete"), event("Status"))));

        ListResponse coreShow = model.action("CoreShowChannels").listResponse();
        assertThat(coreShow.itemType()).isEqualTo(ItemType.EVENT);
        assertThat(coreShow.items()).as("the model's spelling").containsExactly("CoreShowChannel");
        ListResponse queue = model.action("QueueStatus").listResponse();
        assertThat(queue.itemType()).isEqualTo(ItemType.SEALED);
        assertThat(queue.items()).containsExactly("QueueParams", "QueueMember");
        ListResponse status = model.action("Status").listResponse();
        assertThat(status.itemType()).isEqualTo(ItemType.ANY_EVENT);
        assertThat(status.items()).containsExactly("Status");
        assertThat(model.action("Ping").listResponse().itemType()).as("no completion event: no list").isNull();

        AmiModel withoutMember = ListItems.decide(model.with(model.actions(), model.events().stream()
                .filter(e -> !e.name().equals("QueueMember")).toList()));
        assertThat(withoutMember.action("QueueStatus").listResponse().itemType())
                .as("decided again when an item event is left out").isEqualTo(ItemType.ANY_EVENT);
    }

    @Test
    @DisplayName("see-also references name their model entry; the AMI text's untyped names are typed as the XML would")
    void seeAlsoTargets() {
        ActionDef blindTransfer = ActionDef.builder("BlindTransfer").seeAlso(List.of(
                new SeeAlso(SeeAlso.UNKNOWN, "BlindTransfer"), new SeeAlso(SeeAlso.UNKNOWN, "Hangup"),
                new SeeAlso(SeeAlso.UNKNOWN, "CHANNEL"), new SeeAlso(SeeAlso.UNKNOWN, "gosub"),
                new SeeAlso(SeeAlso.UNKNOWN, "AtxFer"), new SeeAlso("managerEvent", "hangup"),
                new SeeAlso("application", "Dial"))).build();
        EventDef hangupEvent = EventDef.builder("Hangup").seeAlso(List.of(new SeeAlso(SeeAlso.UNKNOWN, "Hangup"),
                new SeeAlso(SeeAlso.UNKNOWN, "BlindTransfer"))).build();
        AmiModel model = Linker.finishTyped(new AmiModel("d.xml", "22",
                List.of(blindTransfer, ActionDef.builder("Hangup").build()),
                List.of(event("BlindTransfer"), hangupEvent)));

        assertThat(model.action("BlindTransfer").seeAlso()).containsExactly(
                new SeeAlso("managerEvent", "BlindTransfer", "BlindTransfer"),
                new SeeAlso("manager", "Hangup", "Hangup"),
                new SeeAlso("function", "CHANNEL", null),
                new SeeAlso("agi", "gosub", null),
                new SeeAlso("manager", "AtxFer", null),
                new SeeAlso("managerEvent", "hangup", "Hangup"),
                new SeeAlso("application", "Dial", null));
        assertThat(model.event("Hangup").seeAlso()).containsExactly(
                new SeeAlso("manager", "Hangup", "Hangup"),
                new SeeAlso("managerEvent", "BlindTransfer", "BlindTransfer"));
        AmiModel withoutHangup = SeeAlsoTargets.resolve(model.with(List.of(model.action("BlindTransfer")),
                model.events()));
        assertThat(withoutHangup.action("BlindTransfer").seeAlso().get(1))
                .as("resolved again when the entry is left out").isEqualTo(new SeeAlso("manager", "Hangup", null));
    }
}
