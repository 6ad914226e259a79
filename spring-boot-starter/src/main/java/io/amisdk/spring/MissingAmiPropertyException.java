package io.amisdk.spring;

import java.util.List;

/**
 * A required {@code amisdk.*} property is not set; {@link MissingAmiPropertyFailureAnalyzer} turns it into the one
 * message Boot prints at a failed start.
 */
public class MissingAmiPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> properties;

    public MissingAmiPropertyException(List<String> properties) {
        super(String.join(", ", properties) + (properties.size() == 1 ? " is" : " are")
                + " not set: the amisdk starter needs " + (properties.size() == 1 ? "it" : "them")
                + " to configure the AmiClient");
        this.properties = List.copyOf(properties);
    }

    /** The missing properties' names, e.g. {@code amisdk.secret}. */
    public List<String> properties() {
        return properties;
    }
}
