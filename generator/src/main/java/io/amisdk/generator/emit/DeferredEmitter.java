package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.function.Supplier;

/**
 * An emitter made when first asked for anything: making an action's or event's emitter names its members, work
 * that then runs on the rendering threads instead of before them (a few hundred milliseconds of one core on a
 * cold JVM for the line-22 SDK). Each emitter's names depend only on the read-only SDK names and its own element,
 * so the order they are made in cannot show in the output.
 */
final class DeferredEmitter implements TypeEmitter {
    private Supplier<? extends TypeEmitter> make;
    private TypeEmitter made;

    private DeferredEmitter(Supplier<? extends TypeEmitter> make) {
        this.make = make;
    }

    static TypeEmitter of(Supplier<? extends TypeEmitter> make) {
        return new DeferredEmitter(make);
    }

    private synchronized TypeEmitter made() {
        if (made == null) {
            made = make.get();
            make = null;
        }
        return made;
    }

    @Override
    public ClassName className() {
        return made().className();
    }

    @Override
    public String origin() {
        return made().origin();
    }

    @Override
    public TypeSpec spec() {
        return made().spec();
    }
}
