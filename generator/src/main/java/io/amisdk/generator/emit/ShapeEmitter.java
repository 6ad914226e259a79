package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a shape's interface ({@code ChannelSnapshot}): one accessor per field, implemented by every
 * event that carries the fields unprefixed and by the shape's view; its own enums nest in it.
 */
final class ShapeEmitter implements TypeEmitter {
    private final ShapeTypes.Shape shape;

    ShapeEmitter(ShapeTypes.Shape shape) {
        this.shape = shape;
    }

    @Override
    public ClassName className() {
        return shape.iface();
    }

    @Override
    public String origin() {
        return "shape " + shape.def().name();
    }

    @Override
    public TypeSpec spec() {
        String body = Javadoc.doc(shape.def().description());
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(shape.iface())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", (body.isEmpty() ? "The fields Asterisk's docs define once as <code>"
                        + Javadoc.text(shape.def().name()) + "</code>." : body)
                        + "\n\n<p>Implemented by every event that carries these fields without a prefix (see {@link "
                        + shape.eventInterface().simpleName() + "}), and by {@link " + shape.view().simpleName()
                        + "} for a run of them under a prefix ({@code Dest}, {@code Transferer}, …).\n")
                .addAnnotation(RuntimeTypes.generated());
        for (HeaderMember m : shape.members()) {
            type.addMethod(HeaderAccessors.abstractAccessor(m));
        }
        EnumEmitter.addNested(type, shape.members());
        return type.build();
    }

    /** The interface of every event that carries the shape unprefixed: {@code ChannelEvent}. */
    static TypeEmitter eventInterface(ShapeTypes.Shape shape) {
        return new TypeEmitter() {
            @Override
            public ClassName className() {
                return shape.eventInterface();
            }

            @Override
            public String origin() {
                return "shape " + shape.def().name();
            }

            @Override
            public TypeSpec spec() {
                return TypeSpec.interfaceBuilder(shape.eventInterface())
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("An event that carries a {@link $T} without a prefix: "
                                + "{@code client.onEvent($T.class, e -> …)} receives every one of them.\n",
                                shape.iface(), shape.eventInterface())
                        .addAnnotation(RuntimeTypes.generated())
                        .addSuperinterface(RuntimeTypes.AMI_EVENT)
                        .addSuperinterface(shape.iface())
                        .build();
            }
        };
    }

    /** The view of the shape's fields under a prefix: {@code ChannelSnapshotView}. */
    static TypeEmitter view(ShapeTypes.Shape shape) {
        return new TypeEmitter() {
            @Override
            public ClassName className() {
                return shape.view();
            }

            @Override
            public String origin() {
                return "shape " + shape.def().name();
            }

            @Override
            public TypeSpec spec() {
                ClassName view = shape.view();
                TypeSpec.Builder type = TypeSpec.classBuilder(view)
                        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                        .addJavadoc("A {@link $T} read from a message under a prefix: {@code DestChannel}, "
                                + "{@code DestChannelState}, … for the prefix {@code Dest}. Reads on each call, like "
                                + "an event's accessors.\n", shape.iface())
                        .addAnnotation(RuntimeTypes.generated())
                        .addSuperinterface(shape.iface())
                        .addField(RuntimeTypes.AMI_MESSAGE, "headers", Modifier.PRIVATE, Modifier.FINAL)
                        .addField(RuntimeTypes.STRING, "prefix", Modifier.PRIVATE, Modifier.FINAL)
                        .addMethod(MethodSpec.constructorBuilder()
                                .addJavadoc("A view of {@code headers}' fields under {@code prefix}.\n\n"
                                        + "@param headers the message that carries them\n@param prefix the prefix, "
                                        + "e.g. {@code Dest}; empty for none\n")
                                .addModifiers(Modifier.PUBLIC)
                                .addParameter(RuntimeTypes.AMI_MESSAGE, "headers")
                                .addParameter(RuntimeTypes.STRING, "prefix")
                                .addStatement("this.headers = $T.requireNonNull(headers, $S)", RuntimeTypes.OBJECTS, "headers")
                                .addStatement("this.prefix = $T.requireNonNull(prefix, $S)", RuntimeTypes.OBJECTS, "prefix")
                                .build())
                        .addMethod(MethodSpec.methodBuilder("headers")
                                .addJavadoc("Every header of the message read, in order.\n\n@return the message\n")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(RuntimeTypes.AMI_MESSAGE)
                                .addStatement("return headers")
                                .build())
                        .addMethod(MethodSpec.methodBuilder("prefix")
                                .addJavadoc("The prefix of every header read.\n\n@return the prefix\n")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(RuntimeTypes.STRING)
                                .addStatement("return prefix")
                                .build());
                for (HeaderMember m : shape.members()) {
                    type.addMethod(HeaderAccessors.accessor(m, CodeBlock.of("headers"), "headers()",
                            "prefix() + ", Modifier.PUBLIC).toBuilder()
                            .addAnnotation(Override.class).build());
                }
                type.addMethod(MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(RuntimeTypes.STRING)
                        .addStatement("return $S + prefix + $S", view.simpleName() + "{prefix=", "}")
                        .build());
                return type.build();
            }
        };
    }

    /** Every type of one shape. */
    static List<TypeEmitter> all(ShapeTypes.Shape shape) {
        return List.of(new ShapeEmitter(shape), eventInterface(shape), view(shape));
    }
}
