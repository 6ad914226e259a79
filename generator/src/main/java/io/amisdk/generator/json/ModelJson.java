package io.amisdk.generator.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.amisdk.generator.model.AmiModel;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The model as JSON: keys in the records' component order (e.g. {@code actions[].parameters[]} with
 * {@code name, required, description, values, defaultValue, multiValued}), lists in model order,
 * two-space indent and {@code \n} line ends on every platform, so equal models give equal bytes.
 * What {@link #read} returns equals what {@link #write} was given.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ModelJson() {
    }

    /** The model as JSON text ending in a newline. */
    public static String write(AmiModel model) {
        try {
            return WRITER.writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model cannot be written as JSON", e);
        }
    }

    /** Writes the model as JSON, ending in a newline; the writer is flushed, not closed. */
    public static void write(AmiModel model, Writer out) throws IOException {
        out.write(write(model));
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static AmiModel read(String json) {
        try {
            return MAPPER.readValue(json, AmiModel.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a model JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AmiModel read(Reader in) throws IOException {
        return MAPPER.readValue(in, AmiModel.class);
    }
}
