package io.amisdk.runtime;

import java.util.List;
import java.util.Objects;

/**
 * Asterisk's answer to one action: its {@code Response} status, {@code Message}, and every header.
 * Command output is available as {@link #output()} lines in both framings Asterisk has used.
 *
 * <p>Generated typed responses ({@code GetvarResponse}) extend it through {@link #AmiResponse(AmiResponse)},
 * so they keep every raw header and the action's name; equality is by headers alone. A subclass
 * makes {@link #orThrow()} return its own type with a covariant override:
 * <pre>{@code
 * @Override
 * public GetvarResponse orThrow() {
 *     throwIfError();
 *     return this;
 * }
 * }</pre>
 */
public class AmiResponse {
    /** The value of the {@code Response} header. */
    public enum Status {
        SUCCESS, ERROR, FOLLOWS, GOODBYE, OTHER;

        private static final Status[] KNOWN = {SUCCESS, ERROR, FOLLOWS, GOODBYE};
        /** How Asterisk spells them, tried first: an exact compare is cheaper than a case-blind one. */
        private static final String[] SPELLED = {"Success", "Error", "Follows", "Goodbye"};

        static Status of(String value) {
            if (value == null) {
                return OTHER;
            }
            for (int i = 0; i < SPELLED.length; i++) {
                if (SPELLED[i].equals(value)) {
                    return KNOWN[i];
                }
            }
            // equalsIgnoreCase, not a switch on toLowerCase: status() is asked per answer, and lowercasing allocates
            for (Status status : KNOWN) {
                if (status.name().equalsIgnoreCase(value)) {
                    return status;
                }
            }
            return OTHER;
        }
    }

    private final AmiMessage headers;
    private final String actionName;
    /** Found on first use: the reader and the future's completion both ask. A race only finds the same value twice. */
    private Status status;

    /** Wraps a received message that carries a {@code Response} header; it knows no action name. */
    public AmiResponse(AmiMessage headers) {
        this(headers, null);
    }

    /** Wraps a received answer to the named action (the runtime makes its responses so). */
    AmiResponse(AmiMessage headers, String actionName) {
        this.headers = Objects.requireNonNull(headers, "headers");
        this.actionName = actionName;
    }

    /** For a typed response: shares the raw response's headers and action name. */
    protected AmiResponse(AmiResponse raw) {
        this(Objects.requireNonNull(raw, "raw").headers, raw.actionName);
    }

    /** The name of the action this answers (e.g. {@code Getvar}), or null when not known. */
    public final String actionName() {
        return actionName;
    }

    /** The status, from the {@code Response} header. */
    public Status status() {
        Status s = status;
        if (s == null) {
            s = Status.of(headers.get("Response"));
            status = s;
        }
        return s;
    }

    /** Whether Asterisk did not answer {@code Error} (Success, Follows and Goodbye all count as success). */
    public boolean isSuccess() {
        return status() != Status.ERROR;
    }

    /** Whether Asterisk answered {@code Response: Error}. */
    public boolean isError() {
        return status() == Status.ERROR;
    }

    /** The {@code Message} header, or null. */
    public String message() {
        return headers.get("Message");
    }

    /** The {@code ActionID} header, or null. */
    public String actionId() {
        return headers.get("ActionID");
    }

    /** The first value of the named header (case-insensitive), or null. */
    public String get(String name) {
        return headers.get(name);
    }

    /**
     * Command output, one entry per line: the {@code Output} headers of Asterisk 14+, or the body of
     * the legacy {@code Response: Follows} form up to {@code --END COMMAND--}.
     */
    public List<String> output() {
        return headers.getAll("Output");
    }

    /** Every header, in arrival order. */
    public AmiMessage headers() {
        return headers;
    }

    /**
     * Returns this response, or throws {@link AmiActionFailedException} when it is an error, naming
     * the action: {@code Getvar (ActionID 3) failed: No such channel}. Subclasses override it to return their type.
     */
    public AmiResponse orThrow() {
        throwIfError();
        return this;
    }

    /** Throws {@link AmiActionFailedException} when this is an error; what {@link #orThrow()} overrides call. */
    protected final void throwIfError() {
        if (isError()) {
            throw new AmiActionFailedException(this);
        }
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof AmiResponse other && headers.equals(other.headers);
    }

    @Override
    public final int hashCode() {
        return headers.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + headers.toString().substring("AmiMessage".length());
    }
}
