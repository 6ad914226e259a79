package io.amisdk.generator.supplement;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ResponseDef;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads supplement files: models in the model's JSON shape describing what a real Asterisk sends
 * beyond its docs. Ships one, {@link #builtIn()}, made from the recorded Asterisk 22 sessions.
 */
public final class Supplements {
    /** The class-path resource of the shipped supplement. */
    public static final String BUILT_IN_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-observed.json";

    /** The shipped supplement's name, as it appears in messages. */
    public static final String BUILT_IN_NAME = "asterisk-22-observed.json";

    /**
     * The class-path resource of the shipped lists supplement: completion events the docs name only in prose,
     * list responses and unframed answers the docs do not state; applied after {@link #BUILT_IN_RESOURCE}.
     */
    public static final String BUILT_IN_LISTS_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-lists.json";

    /** The class-path resource of the shipped type overlay, applied after {@link #BUILT_IN_LISTS_RESOURCE}. */
    public static final String BUILT_IN_TYPES_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-types.json";

    /**
     * The class-path resource of the shipped server supplement: what a real Asterisk 22.10.1 requires beyond
     * the docs' required flags ("Channel or ChannelPrefix"), each entry found and proven by the real-server
     * suite's every-action sweep; applied last.
     */
    public static final String BUILT_IN_SERVER_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-server.json";

    /** The shipped type overlay's name, as it appears in messages and reasons. */
    public static final String BUILT_IN_TYPES_NAME = "asterisk-22-types.json";

    private Supplements() {
    }

    /**
     * The supplement shipped with amisdk: every event and header seen from Asterisk 22.10.1 beyond its docs
     * ({@value #BUILT_IN_NAME}), then the lists the docs name only in prose ({@link #BUILT_IN_LISTS_RESOURCE}), then
     * the type overlay and response shapes backed by the recorded sessions ({@value #BUILT_IN_TYPES_NAME}, its
     * entries' rule {@code OVERLAY}), then the requirements the real server enforces
     * ({@link #BUILT_IN_SERVER_RESOURCE}). The four are one model: an entry named in several is listed once for each,
     * in that order, and merging applies them in that order.
     */
    public static AmiModel builtIn() {
        List<AmiModel> layers = List.of(builtInObserved(), builtInLists(), builtInTypes(), builtInServer());
        List<ActionDef> actions = new ArrayList<>();
        List<EventDef> events = new ArrayList<>();
        for (AmiModel layer : layers) {
            actions.addAll(layer.actions());
            events.addAll(layer.events());
        }
        // AmiModel sorts stably by name: entries of one name stay in the order of the layers.
        AmiModel observed = layers.get(0);
        return new AmiModel(observed.source(), observed.asteriskLine(), actions, events, List.of(),
                layers.get(2).shapes());
    }

    /** The shipped server supplement alone ({@link #BUILT_IN_SERVER_RESOURCE}). */
    public static AmiModel builtInServer() {
        return resource(BUILT_IN_SERVER_RESOURCE);
    }

    /** The shipped lists supplement alone ({@link #BUILT_IN_LISTS_RESOURCE}). */
    public static AmiModel builtInLists() {
        return resource(BUILT_IN_LISTS_RESOURCE);
    }

    /** The shipped type overlay alone ({@value #BUILT_IN_TYPES_NAME}), its entries' rule {@code OVERLAY}. */
    public static AmiModel builtInTypes() {
        return withRule(resource(BUILT_IN_TYPES_RESOURCE), HeaderType.Rule.OVERLAY, BUILT_IN_TYPES_NAME);
    }

    /** The shipped observed supplement alone ({@value #BUILT_IN_NAME}). */
    public static AmiModel builtInObserved() {
        return resource(BUILT_IN_RESOURCE);
    }

    private static AmiModel resource(String resource) {
        try (InputStream in = Supplements.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped supplement is missing from the class path: " + resource);
            }
            return ModelJson.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped supplement " + resource, e);
        }
    }

    /**
     * The supplement with every header that carries a type (a kind other than text, or any rule) marked as a
     * type overlay entry of this rule, its reason naming the file when it gives none.
     */
    static AmiModel withRule(AmiModel supplement, HeaderType.Rule rule, String file) {
        List<ActionDef> actions = supplement.actions().stream().map(a -> {
            ActionDef typed = a.withParameters(marked(a.parameters(), rule, file));
            return a.response() == null ? typed : typed.withResponse(
                    new ResponseDef(marked(a.response().fields(), rule, file), a.response().description()));
        }).toList();
        List<EventDef> events = supplement.events().stream()
                .map(e -> e.withFields(marked(e.fields(), rule, file))).toList();
        List<ShapeDef> shapes = supplement.shapes().stream()
                .map(s -> new ShapeDef(s.name(), s.description(), marked(s.fields(), rule, file))).toList();
        return new AmiModel(supplement.source(), supplement.asteriskLine(), actions, events, supplement.enums(),
                shapes);
    }

    private static List<ParameterDef> marked(List<ParameterDef> headers, HeaderType.Rule rule, String file) {
        List<ParameterDef> out = new ArrayList<>(headers.size());
        for (ParameterDef p : headers) {
            HeaderType t = p.type();
            if (t.isTyped() || t.rule() != HeaderType.Rule.NONE) {
                String reason = t.reason() == null || t.reason().isBlank() ? "overlay " + file
                        : t.reason().startsWith("overlay ") ? t.reason() : "overlay " + file + ": " + t.reason();
                t = t.because(rule, reason);
                p = p.withType(t);
            }
            out.add(p);
        }
        return out;
    }

    /**
     * Returns the model with these supplement files merged in, in order; fails with one message listing
     * every problem (file:line) found reading or merging them. {@link #merge(AmiModel, List, Problems)}
     * collects them instead.
     */
    public static AmiModel mergeFiles(AmiModel model, List<Path> files) throws IOException {
        Problems problems = new Problems();
        AmiModel merged = merge(model, files, problems);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(problems.size() + " problem(s) in the supplements:");
            problems.all().forEach(p -> message.append("\n  ").append(p));
            throw new IOException(message.toString());
        }
        return merged;
    }

    /**
     * Returns the model with these supplement files merged in, in order, adding every problem found reading
     * or merging them to {@code problems}, each at its file and, where known, the line of its entry. A file
     * that cannot be read is left out.
     */
    public static AmiModel merge(AmiModel model, List<Path> files, Problems problems) {
        List<AmiModel> supplements = new ArrayList<>();
        Map<String, EntryLines> lines = new HashMap<>();
        for (Path file : files) {
            AmiModel supplement = read(file, problems);
            if (supplement != null) {
                supplements.add(supplement);
                try {
                    lines.put(supplement.source(), EntryLines.scan(supplement.source(),
                            Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    problems.at(Location.of(file.toString())).add("cannot read the supplement: %s", e);
                }
            }
        }
        return SupplementMerger.merge(model, supplements, lines, problems);
    }

    /**
     * Reads one supplement file, its source set to the file's name as given; a file that cannot be read
     * or is not a model adds a problem at its line and gives null.
     */
    public static AmiModel read(Path file, Problems problems) {
        String name = file.toString();
        try {
            AmiModel read;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read = ModelJson.read(in);
            }
            // Problems found while merging then point at the file as the user named it; its types are the user's.
            return withRule(new AmiModel(name, read.asteriskLine(), read.actions(), read.events(), read.enums(),
                    read.shapes()), HeaderType.Rule.USER_OVERLAY, file.getFileName().toString());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location where = at == null ? Location.of(name) : new Location(name, at.getLineNr(), at.getColumnNr());
            problems.at(where).add("not a supplement in the model's JSON shape: %s", e.getOriginalMessage());
        } catch (IOException e) {
            problems.at(Location.of(name)).add("cannot read the supplement: %s", e);
        }
        return null;
    }
}
