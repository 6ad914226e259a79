package io.amisdk.generator.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.amisdk.generator.model.AmiModel;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The model as JSON, read with jackson-databind and written with Jackson's streaming generator
 * (see {@link RecordJsonWriter} for why): keys in the records' component order (e.g. {@code actions[].parameters[]} with
 * {@code name, required, description, values, defaultValue, multiValued}), lists in model order,
 * two-space indent and {@code \n} line ends on every platform, so equal models give equal bytes.
 * What {@link #read} returns equals what {@link #write} was given.
 */
public final class ModelJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Made on first read only: databind is slow to start and {@code model} never needs it. */
    private static final class Databind {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
    }

    private ModelJson() {
    }

    /** The model as JSON text ending in a newline. */
    public static String write(AmiModel model) {
        StringWriter out = new StringWriter(1 << 21);
        try {
            write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the model as JSON, ending in a newline; the writer is flushed, not closed. */
    public static void write(AmiModel model, Writer out) throws IOException {
        writeRecord(model, out);
        out.flush();
    }

    private static void writeRecord(Record value, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(prettyPrinter());
            new RecordJsonWriter(g).write(value);
        }
        out.write("\n");
    }

    /** The same model written by databind's record introspection; {@link #write} must equal it. */
    static String writeWithDatabind(AmiModel model) throws JsonProcessingException {
        return writeRecordWithDatabind(model);
    }

    /** Any record as {@link #write} writes a model: for tests of the generic writer. */
    static String writeRecord(Record value) throws IOException {
        StringWriter out = new StringWriter();
        writeRecord(value, out);
        return out.toString();
    }

    /** Any record as databind writes it, pretty-printed as {@link #write} prints: what {@link #writeRecord} must equal. */
    static String writeRecordWithDatabind(Record value) throws JsonProcessingException {
        return Databind.MAPPER.writer(prettyPrinter()).writeValueAsString(value) + "\n";
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** Reads a model written by {@link #write}. */
    public static AmiModel read(String json) {
        try {
            return Databind.MAPPER.readValue(json, AmiModel.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not a model JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AmiModel read(Reader in) throws IOException {
        return Databind.MAPPER.readValue(in, AmiModel.class);
    }
}
