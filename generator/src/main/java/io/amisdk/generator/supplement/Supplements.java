package io.amisdk.generator.supplement;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.model.AmiModel;
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
import java.util.List;

/**
 * Reads supplement files: models in the model's JSON shape describing what a real Asterisk sends
 * beyond its docs. Ships one, {@link #builtIn()}, made from the recorded Asterisk 22 sessions.
 */
public final class Supplements {
    /** The class-path resource of the shipped supplement. */
    public static final String BUILT_IN_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-observed.json";

    /** The shipped supplement's name, as it appears in messages. */
    public static final String BUILT_IN_NAME = "asterisk-22-observed.json";

    private Supplements() {
    }

    /** The supplement shipped with amisdk: every event and header seen from Asterisk 22.10.1 beyond its docs. */
    public static AmiModel builtIn() {
        try (InputStream in = Supplements.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped supplement is missing from the class path: "
                        + BUILT_IN_RESOURCE);
            }
            return ModelJson.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped supplement " + BUILT_IN_RESOURCE, e);
        }
    }

    /**
     * Returns the model with these supplement files merged in, in order; fails with one message listing
     * every problem (file:line) found reading or merging them. Fits {@code SdkGenerator}'s supplement hook.
     */
    public static AmiModel mergeFiles(AmiModel model, List<Path> files) throws IOException {
        Problems problems = new Problems();
        List<AmiModel> supplements = new ArrayList<>();
        for (Path file : files) {
            AmiModel supplement = read(file, problems);
            if (supplement != null) {
                supplements.add(supplement);
            }
        }
        AmiModel merged = SupplementMerger.merge(model, supplements, problems);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder(problems.size() + " problem(s) in the supplements:");
            problems.all().forEach(p -> message.append("\n  ").append(p));
            throw new IOException(message.toString());
        }
        return merged;
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
            // Problems found while merging then point at the file as the user named it.
            return new AmiModel(name, read.asteriskLine(), read.actions(), read.events());
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
