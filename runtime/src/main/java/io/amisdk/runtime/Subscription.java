package io.amisdk.runtime;

/** A registered listener; cancel it to stop receiving. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    /** Stops delivery to the listener; calling it again does nothing. */
    void cancel();

    @Override
    default void close() {
        cancel();
    }
}
