package io.amisdk.generator.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.amisdk.generator.ShippedDocs;
import io.amisdk.generator.link.types.TypeLinker;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

@DisplayName("Model JSON")
class ModelJsonTest {
    private final AmiModel model = ShippedDocs.load("22").model();

    @Test
    @DisplayName("reads back equal to what was written")
    void roundTrip() {
        String json = ModelJson.write(model);

        AmiModel back = ModelJson.read(json);

        assertThat(back).isEqualTo(model);
        assertThat(ModelJson.write(back)).isEqualTo(json);
    }

    @Test
    @DisplayName("is byte for byte what databind writes for the records")
    void streamingWriterMatchesDatabind() throws Exception {
        assertThat(ModelJson.write(model)).isEqualTo(ModelJson.writeWithDatabind(model));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("io.amisdk.generator.ShippedDocs#ALL")
    @DisplayName("is byte for byte what databind writes for every shipped line's model")
    void streamingWriterMatchesDatabindForEveryLine(String line) throws Exception {
        AmiModel lineModel = ShippedDocs.load(line).model();

        assertThat(ModelJson.write(lineModel)).isEqualTo(ModelJson.writeWithDatabind(lineModel));
    }

    @Test
    @DisplayName("is byte for byte what databind writes for the model with the built-in supplement (responses, requirements)")
    void streamingWriterMatchesDatabindWithSupplement() throws Exception {
        AmiModel supplemented = TypeLinker.type(SupplementMerger.mergeApplicable(model, Supplements.builtIn()));
        assertThat(supplemented.actions()).anySatisfy(a -> assertThat(a.response()).isNotNull());
        assertThat(supplemented.actions()).anySatisfy(a -> assertThat(a.requirements()).isNotEmpty());

        assertThat(ModelJson.write(supplemented)).isEqualTo(ModelJson.writeWithDatabind(supplemented));
    }

    @Test
    @DisplayName("has the documented keys in a stable order")
    void keyLayout() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ModelJson.write(model));

        assertThat(names(root)).containsExactly("source", "asteriskLine", "actions", "events", "enums", "shapes");
        JsonNode originate = find(root.get("actions"), "Originate");
        assertThat(names(originate)).containsExactly("name", "synopsis", "description", "parameters",
                "listResponse", "seeAlso", "since", "deprecatedIn", "module", "response", "requirements",
                "answersUnframed");
        JsonNode timeout = find(originate.get("parameters"), "Timeout");
        assertThat(names(timeout)).containsExactly("name", "required", "description", "values", "defaultValue",
                "multiValued", "type", "shape");
        assertThat(names(timeout.get("type"))).containsExactly("kind", "unit", "spelling", "sharedEnum", "rule",
                "reason");
        assertThat(timeout.get("defaultValue").asText()).isEqualTo("30000");
        JsonNode list = find(root.get("actions"), "CoreShowChannels").get("listResponse");
        assertThat(names(list)).containsExactly("itemEvents", "completionEvent", "itemType", "items");
        assertThat(list.get("itemType").asText()).isEqualTo("EVENT");
        assertThat(list.get("items").get(0).asText()).isEqualTo("CoreShowChannel");
        // what the linker decides is held in the model: a flag only where it is set
        JsonNode secret = find(find(root.get("actions"), "Login").get("parameters"), "Secret");
        assertThat(names(secret)).endsWith("shape", "secret");
        assertThat(find(find(root.get("actions"), "UserEvent").get("parameters"), "HeaderN").get("placeholder")
                .asBoolean()).isTrue();
        assertThat(find(originate.get("parameters"), "Variable").get("keyValue").asBoolean()).isTrue();
        assertThat(names(find(originate.get("seeAlso"), "OriginateResponse", "target")))
                .containsExactly("type", "target", "entry");
        JsonNode newchannel = find(root.get("events"), "Newchannel");
        assertThat(names(newchannel)).containsExactly("name", "synopsis", "description", "category", "fields",
                "seeAlso", "since", "deprecatedIn", "module", "aliases");
        assertThat(newchannel.get("category").asText()).isEqualTo("call");
        JsonNode authType = find(find(root.get("actions"), "Login").get("parameters"), "AuthType");
        assertThat(names(authType.get("values").get(0))).containsExactly("name", "description");
    }

    @Test
    @DisplayName("is the same bytes for the same model")
    void stable() {
        assertThat(ModelJson.write(ShippedDocs.load("22-processed").model())).isEqualTo(ModelJson.write(model));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode find(JsonNode array, String name) {
        return find(array, name, "name");
    }

    private static JsonNode find(JsonNode array, String name, String key) {
        for (JsonNode n : array) {
            if (n.get(key).asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
