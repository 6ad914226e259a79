package io.amisdk.runtime;

/**
 * An AMI action that can be sent. Generated action classes implement it with emitted code;
 * {@link GenericAction} serves raw use. The runtime writes {@code Action} and {@code ActionID} itself.
 *
 * @param <R> the type of the answer: {@link AmiResponse}, or a generated subclass such as {@code GetvarResponse}
 */
public interface AmiAction<R extends AmiResponse> {
    /** The value of the {@code Action} header, e.g. {@code Originate}. */
    String actionName();

    /** Writes every header but {@code Action} and {@code ActionID}, in documented order. */
    void writeHeaders(AmiHeaderWriter out);

    /**
     * Every header this action sends but {@code Action} and {@code ActionID}, in order: what
     * {@link #writeHeaders} writes (documented ones first, then any added by name). Secrets included, so
     * do not log it; {@code toString()} masks them.
     */
    default java.util.List<java.util.Map.Entry<String, String>> headers() {
        java.util.List<java.util.Map.Entry<String, String>> all = new java.util.ArrayList<>();
        writeHeaders(new AmiHeaderWriter() {
            @Override
            public AmiHeaderWriter header(String name, String value) {
                all.add(new java.util.AbstractMap.SimpleImmutableEntry<>(name, value));
                return this;
            }
        });
        return java.util.List.copyOf(all);
    }

    /** A caller-chosen ActionID, or null to let the connection choose a unique one. */
    default String actionId() {
        return null;
    }

    /**
     * Types the answer: a plain action returns {@code response} itself, a typed one wraps it
     * ({@code return new GetvarResponse(response);}). Called once per answer, off the reader thread;
     * it should not throw (a generated accessor parses lazily), and if it does the future fails with what it threw.
     * The response it is given already knows its action's name ({@link AmiResponse#actionName()}).
     */
    R decodeResponse(AmiResponse response);

    /**
     * Whether Asterisk answers this action without a header block — no {@code Response:}, no
     * ActionID, only raw text rows (Asterisk 22 answers {@code IAXnetstats} with a bare CRLF). The
     * runtime then completes it with the rows that arrive in its place, as {@code Output} lines.
     */
    default boolean answersUnframed() {
        return false;
    }

    /**
     * The Asterisk lines that have this action (e.g. {@code ["18", "20", "21"]}), as an SDK generated from
     * several lines' docs knows them; empty when unknown, which lets it go to any server. The client checks it
     * against its server's line under {@link AmiClientConfig#linePolicy()}.
     */
    default java.util.List<String> availableIn() {
        return java.util.List.of();
    }

    /** The lines that have one of its headers: {@link #availableIn()} unless some lines lack the header. */
    default java.util.List<String> availableIn(String header) {
        return availableIn();
    }

    /**
     * The Asterisk versions that brought this action, one per line that has it (e.g. {@code ["20.20.0", "22.10.0",
     * "23.4.0"]}), from the docs' {@code <since>}; empty when unknown. The client compares them with its server's
     * full version under {@link AmiClientConfig#linePolicy()}.
     */
    default java.util.List<String> since() {
        return java.util.List.of();
    }

    /** The Asterisk module that provides this action (e.g. {@code res_pjsip_maintenance}), or null when unknown. */
    default String providedBy() {
        return null;
    }
}
