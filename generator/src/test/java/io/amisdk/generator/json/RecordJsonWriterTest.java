package io.amisdk.generator.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generic writer on records it was never written for (the model's records are held to databind by
 * {@link ModelJsonTest}): whatever components a record has, it writes what databind writes.
 */
@DisplayName("Record JSON writer")
class RecordJsonWriterTest {
    enum Colour {
        RED,
        @JsonProperty("deep-blue")
        BLUE
    }

    enum Level {
        LOW, HIGH;

        @JsonValue
        int weight() {
            return ordinal() * 10;
        }
    }

    record Inner(String text, Colour colour) {
    }

    record Scalars(String text, String none, boolean flag, int count, long big, double ratio, float half,
            Integer boxed, Character letter, BigDecimal exact, Colour colour, Colour noColour, Level level) {
    }

    record Containers(List<String> names, List<String> empty, List<List<Integer>> matrix, Inner inner,
            Inner noInner, List<Inner> inners, Set<String> tags) {
    }

    record NonEmpty(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> list,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) String text,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) boolean flag,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) int count,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) Inner inner) {
    }

    record NonDefault(@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean secret,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean placeholder,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) int count,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) long big,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) double ratio,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) String text,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) List<String> list,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) Inner inner,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) Colour colour) {
    }

    record NonNull(@JsonInclude(JsonInclude.Include.NON_NULL) String text,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> list, String always) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NonNullRecord(String a, @JsonInclude(JsonInclude.Include.ALWAYS) String b, String c) {
    }

    record Renamed(@JsonProperty("first") String a, @JsonIgnore String hidden, String b,
            @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String secret) {
        @JsonIgnore
        public boolean isBlank() {
            return a == null || a.isEmpty();
        }

        /** Not a getter: databind writes nothing for it. */
        public String summary() {
            return a + b;
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "shape")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Circle.class, name = "circle"),
        @JsonSubTypes.Type(value = Square.class)
    })
    sealed interface Figure permits Circle, Square, Dot, Plain {
    }

    record Circle(double radius, List<Figure> inside) implements Figure {
    }

    @JsonTypeName("box")
    record Square(int side) implements Figure {
    }

    record Dot() implements Figure {
    }

    record Plain(String label) implements Figure {
    }

    record Drawing(List<Figure> figures, Figure main, Circle circle, Inner inner, List<Object> loose) {
    }

    record Wrapped(@JsonValue String value) {
    }

    record WithWrapped(Wrapped w, List<Wrapped> ws) {
    }

    @Test
    @DisplayName("writes strings, null, booleans, numbers and enums as databind does")
    void scalars() throws Exception {
        same(new Scalars("a \"quoted\" ü\n", null, true, -3, 1L << 40, 0.1, 1.5f, null, 'x',
                new BigDecimal("12.50"), Colour.BLUE, null, Level.HIGH));
        same(new Scalars("", "", false, 0, 0, 0, 0, 7, null, null, Colour.RED, Colour.BLUE, Level.LOW));
    }

    @Test
    @DisplayName("writes lists, nested lists, nested records and null records as databind does")
    void containers() throws Exception {
        same(new Containers(List.of("x", "y"), List.of(), List.of(List.of(1, 2), List.of()),
                new Inner("in", Colour.RED), null, List.of(new Inner("a", null), new Inner(null, Colour.BLUE)),
                Set.of("only")));
    }

    @Test
    @DisplayName("leaves out what NON_EMPTY leaves out, and writes false and zero, as databind does")
    void nonEmpty() throws Exception {
        same(new NonEmpty(List.of(), "", false, 0, null));
        same(new NonEmpty(List.of("a"), "t", true, 2, new Inner("", null)));
        assertThat(ModelJson.writeRecord(new NonEmpty(List.of(), "", false, 0, null)))
                .isEqualTo("{\n  \"flag\" : false,\n  \"count\" : 0\n}\n");
    }

    @Test
    @DisplayName("leaves out what NON_DEFAULT leaves out (false, zero, empty, null) as databind does")
    void nonDefault() throws Exception {
        same(new NonDefault(false, false, 0, 0, 0.0, "", List.of(), null, null));
        same(new NonDefault(false, null, 0, 0, 0.0, null, null, null, null));
        same(new NonDefault(true, true, 1, -1, 0.5, "x", List.of("y"), new Inner(null, null), Colour.RED));
        assertThat(ModelJson.writeRecord(new NonDefault(false, false, 0, 0, 0.0, "", List.of(), null, null)))
                .isEqualTo("{ }\n");
        assertThat(ModelJson.writeRecord(new NonDefault(true, null, 0, 0, 0.0, null, null, null, null)))
                .isEqualTo("{\n  \"secret\" : true\n}\n");
    }

    @Test
    @DisplayName("leaves out nulls under NON_NULL, on a component or on the record, as databind does")
    void nonNull() throws Exception {
        same(new NonNull(null, null, null));
        same(new NonNull("", List.of(), ""));
        same(new NonNullRecord(null, null, null));
        same(new NonNullRecord("a", "b", "c"));
    }

    @Test
    @DisplayName("names a component by its @JsonProperty and leaves out @JsonIgnore and write-only ones")
    void renamedAndIgnored() throws Exception {
        same(new Renamed("a", "hidden", "b", "secret"));
        assertThat(ModelJson.writeRecord(new Renamed("a", "hidden", "b", "secret")))
                .isEqualTo("{\n  \"first\" : \"a\",\n  \"b\" : \"b\"\n}\n");
    }

    @Test
    @DisplayName("writes the type id of a declared @JsonTypeInfo type first, named as databind names it")
    void typeIds() throws Exception {
        Drawing drawing = new Drawing(
                List.of(new Circle(1, List.of(new Square(2), new Dot())), new Square(3), new Dot(), new Plain("p")),
                new Square(4), new Circle(5, List.of()), new Inner("i", null), new ArrayList<>(List.of(new Dot())));
        same(drawing);
        String json = ModelJson.writeRecord(drawing);
        assertThat(json).contains("\"shape\" : \"circle\"", "\"shape\" : \"box\"",
                "\"shape\" : \"RecordJsonWriterTest$Dot\"", "\"shape\" : \"RecordJsonWriterTest$Plain\"");
        same(new Circle(0.25, List.of()));
    }

    @Test
    @DisplayName("writes a record or an enum with @JsonValue as that value")
    void jsonValue() throws Exception {
        same(new WithWrapped(new Wrapped("v"), List.of(new Wrapped("a"), new Wrapped(null))));
    }

    @JsonPropertyOrder({"b", "a"})
    record Ordered(String a, String b) {
    }

    record WithGetter(String a) {
        public String getB() {
            return "b";
        }
    }

    record Holder(List<Object> values) {
    }

    @Test
    @DisplayName("refuses what it cannot write as databind does, rather than write something else")
    void refuses() {
        assertThatThrownBy(() -> ModelJson.writeRecord(new Ordered("a", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@JsonPropertyOrder");
        assertThatThrownBy(() -> ModelJson.writeRecord(new WithGetter("a")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("getB()");
        assertThatThrownBy(() -> ModelJson.writeRecord(new Holder(List.of(new StringBuilder("x")))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("StringBuilder");
    }

    private static void same(Record value) throws Exception {
        assertThat(ModelJson.writeRecord(value)).as(Arrays.toString(value.getClass().getRecordComponents()))
                .isEqualTo(ModelJson.writeRecordWithDatabind(value));
    }
}
