package io.amisdk.generator.supplement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupplementsTest {
    @TempDir
    Path dir;

    private static final String ONE_EVENT = """
            {"source": "mine.json", "asteriskLine": "22", "actions": [],
             "events": [{"name": "MyEvent", "synopsis": "", "description": {"blocks": []}, "category": null,
                         "fields": [{"name": "Foo", "required": false, "description": {"blocks": []},
                                     "values": [], "defaultValue": null, "multiValued": false}],
                         "seeAlso": [], "since": [], "deprecatedIn": [], "module": null, "aliases": []}]}
            """;

    @Test
    @DisplayName("reads a supplement file in the model's JSON shape")
    void readsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.json"), ONE_EVENT);
        Problems problems = new Problems();

        AmiModel model = Supplements.read(file, problems);

        assertThat(problems.all()).isEmpty();
        assertThat(model.event("MyEvent").field("Foo")).isNotNull();
    }

    @Test
    @DisplayName("a malformed file is a problem at its line, not an exception")
    void malformedFileIsAProblemWithALine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"source\": \"x\",\n \"actions\": [],\n \"events\": [}\n");
        Problems problems = new Problems();

        AmiModel model = Supplements.read(file, problems);

        assertThat(model).isNull();
        assertThat(problems.all()).singleElement().extracting(Problem::toString).asString()
                .startsWith(file + ":3:").contains("not a supplement");
    }

    @Test
    @DisplayName("mergeFiles lists every problem of every file in one exception")
    void mergeFilesListsEveryProblem() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "not json");
        Path good = Files.writeString(dir.resolve("mine.json"), ONE_EVENT.replace("\"actions\": []",
                "\"actions\": [{\"name\": \"Nope\", \"synopsis\": \"\", \"description\": {\"blocks\": []},"
                        + " \"parameters\": [], \"listResponse\": null, \"seeAlso\": [], \"since\": [],"
                        + " \"deprecatedIn\": [], \"module\": null}]"));
        AmiModel base = new AmiModel("core-en_US.xml", "22", List.of(), List.of());

        assertThatThrownBy(() -> Supplements.mergeFiles(base, List.of(bad, good)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining(bad + ":1:")
                .hasMessageContaining("mine.json:1: manager Nope: the docs define no action of this name");
    }

    @Test
    @DisplayName("the shipped supplement loads from the class path")
    void builtInLoads() {
        AmiModel builtIn = Supplements.builtIn();

        assertThat(builtIn.source()).isEqualTo(Supplements.BUILT_IN_NAME);
        assertThat(builtIn.event("QueueMember")).isNotNull();
        assertThat(builtIn.action("QueueStatus").listResponse().completionEvent()).isEqualTo("QueueStatusComplete");
    }
}
