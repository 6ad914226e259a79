package io.amisdk.generator.supplement;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SupplementMergerTest {
    private static ParameterDef header(String name) {
        return ParameterDef.of(name, false, Doc.ofText(name + " text"), List.of(), null, false);
    }

    private static EventDef event(String name, String... fields) {
        return EventDef.of(name, name + " synopsis", Doc.ofText(name + " docs"), "call",
                Arrays.stream(fields).map(SupplementMergerTest::header).toList(), List.of(), List.of(), List.of(),
                "builtin", List.of());
    }

    private static ActionDef action(String name, ListResponse list, String... parameters) {
        return ActionDef.of(name, name + " synopsis", Doc.ofText(name + " docs"),
                Arrays.stream(parameters).map(SupplementMergerTest::header).toList(), list, List.of(), List.of(),
                List.of(), "builtin");
    }

    private static AmiModel docs() {
        return new AmiModel("core-en_US.xml", "22",
                List.of(action("QueueStatus", null, "Queue", "Member"),
                        action("CoreShowChannels", new ListResponse(List.of("CoreShowChannel"),
                                "CoreShowChannelsComplete"))),
                List.of(event("QueueParams", "Max", "Strategy"), event("NewExten", "Extension", "Application"),
                        event("CoreShowChannel", "Channel"), event("CoreShowChannelsComplete", "ListItems")));
    }

    private static AmiModel supplement(List<ActionDef> actions, List<EventDef> events) {
        return new AmiModel("extra.json", "22", actions, events);
    }

    @Test
    @DisplayName("a supplement declares a documented header a secret: the model keeps it, so toString masks it")
    void declaresSecret() {
        Problems problems = new Problems();
        ActionDef declared = ActionDef.builder("QueueStatus")
                .parameters(List.of(ParameterDef.builder("Member").secret(true).build())).build();

        AmiModel merged = SupplementMerger.merge(docs(), List.of(supplement(List.of(declared), List.of())), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(merged.action("QueueStatus").parameter("Member").secret()).isTrue();
        assertThat(merged.action("QueueStatus").parameter("Queue").secret()).isFalse();
        assertThat(merged.action("QueueStatus").parameters()).extracting(ParameterDef::name)
                .containsExactly("Queue", "Member");
    }

    @Test
    @DisplayName("adds an undocumented event whole")
    void addsEvents() {
        Problems problems = new Problems();

        AmiModel merged = SupplementMerger.merge(docs(),
                List.of(supplement(List.of(), List.of(event("QueueMember", "Queue", "Name")))), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(merged.events()).extracting(EventDef::name).containsExactly("CoreShowChannel",
                "CoreShowChannelsComplete", "NewExten", "QueueMember", "QueueParams");
        assertThat(merged.event("QueueMember").fields()).extracting(ParameterDef::name).containsExactly("Queue", "Name");
    }

    @Test
    @DisplayName("appends missing fields after the documented ones, without duplicates (ignoring case)")
    void appendsFields() {
        Problems problems = new Problems();
        EventDef extra = EventDef.of("QueueParams", "", Doc.ofText("seen in ami-transcripts/x.txt"), null,
                List.of(header("Weight"), header("max"), header("ServiceLevel")), List.of(), List.of(), List.of(),
                null, List.of());

        AmiModel merged = SupplementMerger.merge(docs(), List.of(supplement(List.of(), List.of(extra))), problems);

        EventDef queueParams = merged.event("QueueParams");
        assertThat(problems.all()).isEmpty();
        assertThat(queueParams.fields()).extracting(ParameterDef::name)
                .containsExactly("Max", "Strategy", "Weight", "ServiceLevel");
        assertThat(queueParams.synopsis()).isEqualTo("QueueParams synopsis");
        assertThat(queueParams.category()).isEqualTo("call");
        assertThat(queueParams.description().blocks()).hasSize(2);
        assertThat(queueParams.description().blocks().get(1)).isInstanceOf(Doc.Note.class);
        assertThat(queueParams.description().plainText()).contains("ami-transcripts/x.txt");
    }

    @Test
    @DisplayName("an event differing only in case becomes an alias of the documented one")
    void aliasesCaseVariants() {
        Problems problems = new Problems();
        EventDef wire = event("Newexten", "Extension", "Exten");

        AmiModel merged = SupplementMerger.merge(docs(), List.of(supplement(List.of(), List.of(wire))), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(merged.events()).extracting(EventDef::name).containsOnlyOnce("NewExten").doesNotContain("Newexten");
        EventDef newExten = merged.event("NewExten");
        assertThat(newExten.aliases()).containsExactly("Newexten");
        assertThat(newExten.fields()).extracting(ParameterDef::name).containsExactly("Extension", "Application", "Exten");
    }

    @Test
    @DisplayName("adds a list response to an action whose docs lack one, keeping its parameters")
    void addsListResponse() {
        Problems problems = new Problems();
        ListResponse list = new ListResponse(List.of("QueueParams", "QueueMember"), "QueueStatusComplete");

        AmiModel merged = SupplementMerger.merge(docs(), List.of(supplement(List.of(action("QueueStatus", list)),
                List.of(event("QueueMember", "Name"), event("QueueStatusComplete", "ListItems")))), problems);

        assertThat(problems.all()).isEmpty();
        assertThat(merged.action("QueueStatus").listResponse()).as("its items' type decided over the merged events")
                .isEqualTo(list.withItems(ListResponse.ItemType.SEALED, List.of("QueueParams", "QueueMember")));
        assertThat(merged.action("QueueStatus").parameters()).extracting(ParameterDef::name)
                .containsExactly("Queue", "Member");
    }

    @Test
    @DisplayName("conflicts are all reported, naming the supplement and the entry, and leave the docs' form")
    void reportsConflicts() {
        Problems problems = new Problems();
        AmiModel bad = supplement(
                List.of(action("CoreShowChannels", new ListResponse(List.of("Other"), "OtherComplete")),
                        action("NoSuchAction", null),
                        action("QueueStatus", new ListResponse(List.of("Missing"), "QueueStatusComplete"))),
                List.of(event("Dup"), event("DUP"), event("QueueStatusComplete")));

        AmiModel merged = SupplementMerger.merge(docs(), List.of(bad), problems);

        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                "extra.json: managerEvent Dup: named more than once in this supplement",
                "extra.json: manager CoreShowChannels: the supplement's list response [Other] then OtherComplete"
                        + " differs from the documented [CoreShowChannel] then CoreShowChannelsComplete",
                "extra.json: manager NoSuchAction: the docs define no action of this name; a supplement may only"
                        + " add list responses, parameters, types and responses to documented actions",
                "extra.json: manager QueueStatus: the list response names event Missing, which neither the docs"
                        + " nor a supplement define");
        assertThat(merged.action("QueueStatus").listResponse()).isNull();
        assertThat(merged.action("CoreShowChannels").listResponse().itemEvents()).containsExactly("CoreShowChannel");
        assertThat(merged.action("NoSuchAction")).isNull();
    }

    @Test
    @DisplayName("mergeApplicable leaves out, silently, what the docs give no place for")
    void mergeApplicableIsLenient() {
        AmiModel misfit = supplement(
                List.of(action("NoSuchAction", null),
                        action("QueueStatus", new ListResponse(List.of("Missing"), "QueueStatusComplete"))),
                List.of(event("QueueStatusComplete"), event("Newexten", "Exten")));

        AmiModel merged = SupplementMerger.mergeApplicable(docs(), misfit);

        assertThat(merged.action("NoSuchAction")).isNull();
        assertThat(merged.action("QueueStatus").listResponse()).isNull();
        assertThat(merged.event("QueueStatusComplete")).isNotNull();
        assertThat(merged.event("NewExten").aliases()).containsExactly("Newexten");
    }

    @Test
    @DisplayName("merging is deterministic and applies supplements in order")
    void deterministic() {
        AmiModel first = supplement(List.of(), List.of(event("QueueMember", "Queue")));
        AmiModel second = new AmiModel("more.json", "22", List.of(), List.of(event("QueueMember", "Name", "queue")));

        AmiModel once = SupplementMerger.merge(docs(), List.of(first, second), new Problems());
        AmiModel again = SupplementMerger.merge(docs(), List.of(first, second), new Problems());

        assertThat(once).isEqualTo(again);
        assertThat(once.event("QueueMember").fields()).extracting(ParameterDef::name).containsExactly("Queue", "Name");
    }

    @Test
    @DisplayName("a requirement over several parameters is added; one naming a parameter the action lacks is a problem")
    void requirements() {
        Problems problems = new Problems();
        ActionDef withRule = ActionDef.builder("QueueStatus")
                .synopsis("")
                .description(Doc.EMPTY)
                .requirements(List.of(new io.amisdk.generator.model.Requirement(
                        List.of(List.of("Queue"), List.of("Member")), null, "either")))
                .build();
        ActionDef withBadRule = ActionDef.builder("CoreShowChannels")
                .synopsis("")
                .description(Doc.EMPTY)
                .requirements(List.of(new io.amisdk.generator.model.Requirement(
                        List.of(List.of("Channel")), "LoadType=reload", "no such parameters")))
                .build();

        AmiModel merged = SupplementMerger.merge(docs(), List.of(supplement(List.of(withRule, withBadRule), List.of())),
                problems);

        assertThat(merged.action("QueueStatus").requirements()).singleElement()
                .satisfies(r -> assertThat(r.alternatives()).containsExactly(List.of("Queue"), List.of("Member")));
        assertThat(merged.action("CoreShowChannels").requirements()).isEmpty();
        assertThat(problems.all()).extracting(Object::toString).hasSize(2)
                .allMatch(p -> p.contains("extra.json") && p.contains("manager CoreShowChannels"))
                .anyMatch(p -> p.contains("parameter Channel,") || p.contains("parameter Channel "))
                .anyMatch(p -> p.contains("LoadType"));
    }
}
