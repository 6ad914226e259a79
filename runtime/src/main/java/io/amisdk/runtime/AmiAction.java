package io.amisdk.runtime;

/**
 * An AMI action that can be sent. Generated action classes implement it with emitted code;
 * {@link GenericAction} serves raw use. The runtime writes {@code Action} and {@code ActionID} itself.
 */
public interface AmiAction {
    /** The value of the {@code Action} header, e.g. {@code Originate}. */
    String actionName();

    /** Writes every header but {@code Action} and {@code ActionID}, in documented order. */
    void writeHeaders(AmiHeaderWriter out);

    /** A caller-chosen ActionID, or null to let the connection choose a unique one. */
    default String actionId() {
        return null;
    }
}
