package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;

/** Emits one generated top-level type from the model. */
public interface TypeEmitter {
    /** The class it emits. */
    ClassName className();

    /** The docs element it comes from, for the provenance comment, e.g. {@code manager Originate}. */
    String origin();

    /** The type. */
    TypeSpec spec();
}
