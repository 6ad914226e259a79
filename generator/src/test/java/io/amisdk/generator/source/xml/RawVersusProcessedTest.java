package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Line 22 raw (includes and snapshots as installed) against line 22 processed (as a running Asterisk
 * resolved and expanded them): our resolution must give what Asterisk's gives.
 */
@DisplayName("Raw and processed line-22 docs")
class RawVersusProcessedTest {
    private final AmiModel raw = ShippedDocs.load("22").model();
    private final AmiModel processed = ShippedDocs.load("22-processed").model();

    @Test
    @DisplayName("give the same actions: parameters, order, required, enum values, defaults, list responses")
    void sameActions() {
        assertThat(raw.actions()).extracting(ActionDef::name)
                .containsExactlyElementsOf(processed.actions().stream().map(ActionDef::name).toList());
        for (ActionDef a : raw.actions()) {
            ActionDef p = processed.action(a.name());
            assertThat(shape(a.parameters())).as("manager %s", a.name()).isEqualTo(shape(p.parameters()));
            assertThat(a.listResponse()).as("manager %s list response", a.name()).isEqualTo(p.listResponse());
            assertThat(a.since()).as("manager %s since", a.name()).isEqualTo(p.since());
        }
    }

    @Test
    @DisplayName("give the same events: fields, order, required, enum values, defaults, category")
    void sameEvents() {
        assertThat(raw.events()).extracting(EventDef::name)
                .containsExactlyElementsOf(processed.events().stream().map(EventDef::name).toList());
        for (EventDef e : raw.events()) {
            EventDef p = processed.event(e.name());
            assertThat(shape(e.fields())).as("managerEvent %s", e.name()).isEqualTo(shape(p.fields()));
            assertThat(e.category()).as("managerEvent %s category", e.name()).isEqualTo(p.category());
        }
    }

    @Test
    @DisplayName("give the same text too, expanded snapshots included")
    void sameText() {
        assertThat(raw.actions()).isEqualTo(processed.actions());
        assertThat(raw.events()).isEqualTo(processed.events());
    }

    /** What a generated type depends on: name, required, enum values, default, multi-valued. */
    private static List<String> shape(List<ParameterDef> parameters) {
        return parameters.stream().map(p -> p.name() + (p.required() ? " required" : "")
                + " values=" + p.values().stream().map(EnumValue::name).toList()
                + " default=" + p.defaultValue() + (p.multiValued() ? " multi" : "")).toList();
    }
}
