package io.amisdk.generator.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module the linker says provides an entry, from the module attributes of its definitions. */
class ProvidingModuleTest {
    private static ActionDef action(String name, String module) {
        return ActionDef.of(name, "", Doc.EMPTY, List.of(), null, List.of(), List.of(), List.of(), module);
    }

    private static EventDef event(String name, String module) {
        return EventDef.of(name, "", Doc.EMPTY, "call", List.of(), List.of(), List.of(), List.of(), module, List.of());
    }

    private static List<ActionDef> actions(String name, String... modules) {
        return Arrays.stream(modules).map(m -> action(name, m)).toList();
    }

    @Test
    @DisplayName("voicemail documented by app_voicemail_imap, _odbc and app_voicemail is provided by app_voicemail")
    void variantsOfOneModule() {
        assertThat(Merger.mergeActions(actions("VoicemailUsersList", "app_voicemail_imap", "app_voicemail_odbc",
                "app_voicemail")).module()).isEqualTo("app_voicemail");
        assertThat(Merger.mergeEvents(List.of(event("VoicemailPasswordChange", "app_voicemail_odbc"),
                event("VoicemailPasswordChange", "app_voicemail"))).module()).isEqualTo("app_voicemail");
    }

    @Test
    @DisplayName("modules that are not variants of one another keep the first; none gives null")
    void unrelatedModulesKeepTheFirst() {
        assertThat(Merger.mergeEvents(List.of(event("VarSet", "app_stack"), event("VarSet", "builtin"))).module())
                .isEqualTo("app_stack");
        assertThat(Merger.mergeActions(actions("Thing", "res_a", "res_ab")).module()).isEqualTo("res_a");
        assertThat(Merger.mergeActions(actions("Thing", "res_ab", "res_a")).module()).isEqualTo("res_ab");
        assertThat(Merger.mergeActions(actions("Thing", null, "app_queue")).module()).isEqualTo("app_queue");
        assertThat(Merger.mergeActions(actions("Thing", (String) null)).module()).isNull();
    }

    @Test
    @DisplayName("a source file documented by its own name is its loadable module: parking_manager is res_parking")
    void sourceFilesAreTheirModule() {
        ActionDef park = action("Park", "parking_manager");
        assertThat(Merger.mergeActions(List.of(park)).module()).isEqualTo("res_parking");
        assertThat(Merger.mergeEvents(List.of(event("ConfbridgeJoin", "confbridge_manager"))).module())
                .isEqualTo("app_confbridge");
        assertThat(Merger.mergeEvents(List.of(event("DAHDIChannel", "sig_pri"), event("DAHDIChannel", "chan_dahdi")))
                .module()).isEqualTo("chan_dahdi");
        ActionDef queue = action("QueueStatus", "app_queue");
        assertThat(Merger.mergeActions(List.of(queue))).isSameAs(queue);
    }
}
