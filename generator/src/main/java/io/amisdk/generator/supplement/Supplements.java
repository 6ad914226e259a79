package io.amisdk.generator.supplement;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads supplement files: models in the model's JSON shape describing what a real Asterisk sends
 * beyond its docs. Ships one, {@link #builtIn()}, made from the recorded Asterisk 22 sessions.
 */
public final class Supplements {
    /** The class-path resource of the shipped supplement. */
    public static final String BUILT_IN_RESOURCE = "/io/amisdk/generator/supplement/asterisk-22-observed.json";

    /** The shipped supplement's name, as it appears in messages. */
    public static final String BUILT_IN_NAME = "asterisk-22-observed.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private Supplements() {
    }

    /** The supplement shipped with amisdk: every event and header seen from Asterisk 22.10.1 beyond its docs. */
    public static AmiModel builtIn() {
        try (InputStream in = Supplements.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped supplement is missing from the class path: "
                        + BUILT_IN_RESOURCE);
            }
            return JSON.readValue(in, AmiModel.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped supplement " + BUILT_IN_RESOURCE, e);
        }
    }

    /**
     * Reads one supplement file; a file that cannot be read or is not a model adds a problem at its
     * line and gives null.
     */
    public static AmiModel read(Path file, Problems problems) {
        String name = file.toString();
        try {
            return JSON.readValue(Files.readAllBytes(file), AmiModel.class);
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
