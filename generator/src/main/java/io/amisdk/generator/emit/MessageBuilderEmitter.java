package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested {@code Builder} of a received type — an event ({@code NewchannelEvent.builder()}) or a
 * typed response ({@code GetvarResponse.builder()}) — so a test can make one, e.g. for a fake server to
 * send, without writing a header or event name as a string. The message starts with its fixed first
 * header ({@code Event: Newchannel}, {@code Response: Success}); then come the headers in the order first
 * set, setting one again replaces its value in place and null removes it. Per documented header a String
 * setter (checked with {@code HeaderValues.requireValid}, as an action builder's) and, where the accessor
 * is typed, a typed one that spells the value as the accessor reads it back ({@link TypedValue#write});
 * a repeatable header's setter adds one more. {@code header(name, value)} appends an undocumented header;
 * a response's {@code status(Status)} changes its first header ({@code Response: Error}).
 */
final class MessageBuilderEmitter {
    /** The builder's own class name, nested in the type it builds; reserved so no nested enum takes it. */
    static final String BUILDER = "Builder";

    /**
     * A header every message of the kind may carry that the type reads through an inherited accessor
     * ({@code actionId()}), so no documented member took its name.
     *
     * @param member the setter's name
     * @param header the header's wire name
     */
    record Inherited(String member, String header) {
    }

    private static final String REFUSED = "@throws IllegalArgumentException when the value holds CR, LF or NUL, or the "
            + "line is longer than Asterisk accepts\n";

    private final ClassName owner;
    private final ClassName builderName;
    private final String firstHeader;
    private final String firstValue;
    private final List<HeaderMember> fields;
    private final List<Inherited> inherited;
    private final CodeBlock construct;

    /**
     * @param owner       the type built
     * @param firstHeader the header every message of the type starts with ({@code Event})
     * @param firstValue  its value ({@code Newchannel})
     * @param fields      the documented headers, in the type's order
     * @param inherited   the inherited headers a setter is made for
     * @param construct   code that makes the type from the {@code AmiMessage} named {@code message}
     */
    MessageBuilderEmitter(ClassName owner, String firstHeader, String firstValue, List<HeaderMember> fields,
            List<Inherited> inherited, CodeBlock construct) {
        this.owner = owner;
        this.builderName = owner.nestedClass(BUILDER);
        this.firstHeader = firstHeader;
        this.firstValue = firstValue;
        this.fields = fields;
        this.inherited = inherited;
        this.construct = construct;
    }

    /** The outer type's {@code static Builder builder()}. */
    MethodSpec factory() {
        return MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts a {@link $T} with <code>$L: $L</code>, e.g. for a test's fake server to send; "
                        + "its accessors read back what the builder sets.\n\n@return a new builder\n", owner,
                        firstHeader, Javadoc.text(firstValue))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build();
    }

    TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds a {@link $T}: <code>$L: $L</code> first, then the headers in the order first set; "
                        + "setting a header again replaces its value, null removes it. Not thread-safe.\n", owner,
                        firstHeader, Javadoc.text(firstValue))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        type.addField(ActionBuilderEmitter.EXTRA_HEADERS_TYPE, "headers", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("this.headers = new $T<>()", RuntimeTypes.ARRAY_LIST)
                .addStatement("this.headers.add($T.entry($S, $S))", RuntimeTypes.MAP, firstHeader, firstValue)
                .build());
        for (HeaderMember f : fields) {
            if (f.def().multiValued()) {
                addRepeatable(type, f);
            } else {
                addSingle(type, f);
            }
        }
        for (Inherited h : inherited) {
            type.addMethod(MethodSpec.methodBuilder(h.member())
                    .addJavadoc("Sets the <code>$L</code> header, which {@link $T#$L()} reads.\n", h.header(), owner, h.member())
                    .addJavadoc("\n@param $N the value, or null to remove the header\n@return this builder\n", h.member())
                    .addJavadoc(REFUSED)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(RuntimeTypes.STRING, h.member())
                    .addStatement("return set($L, $L)", StringLiteral.of(h.header()), checked(h.header(), h.member()))
                    .build());
        }
        if (firstHeader.equals("Response")) {
            type.addMethod(status());
        }
        type.addMethod(MethodSpec.methodBuilder("header")
                .addJavadoc("Appends a header the docs don't list, after those set so far.\n"
                        + "\n@param name the header's name\n@param value its value\n@return this builder\n"
                        + "@throws IllegalArgumentException when the name is empty or holds CR, LF, NUL or ':', the value "
                        + "holds CR, LF or NUL, or the line is longer than Asterisk accepts\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "name")
                .addParameter(RuntimeTypes.STRING, "value")
                .addStatement("$T.requireNonNull(name, $S)", RuntimeTypes.OBJECTS, "name")
                .addStatement("$T.requireNonNull(value, $S)", RuntimeTypes.OBJECTS, "value")
                .addStatement("this.headers.add($T.entry(name, $T.requireValid(name, value)))", RuntimeTypes.MAP,
                        RuntimeTypes.HEADER_VALUES)
                .addStatement("return this")
                .build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the $L; the builder can go on to build another.\n\n@return the $L\n",
                        owner.simpleName(), owner.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("$T message = $T.of(headers)", RuntimeTypes.AMI_MESSAGE, RuntimeTypes.AMI_MESSAGE)
                .addStatement("return $L", construct)
                .build());
        // Two parameters: no setter, which takes one, can have this signature.
        type.addMethod(MethodSpec.methodBuilder("set")
                .addModifiers(Modifier.PRIVATE)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "name")
                .addParameter(RuntimeTypes.STRING, "value")
                .beginControlFlow("for (int i = 1; i < headers.size(); i++)")
                .beginControlFlow("if (headers.get(i).getKey().equals(name))")
                .beginControlFlow("if (value == null)")
                .addStatement("headers.remove(i)")
                .nextControlFlow("else")
                .addStatement("headers.set(i, $T.entry(name, value))", RuntimeTypes.MAP)
                .endControlFlow()
                .addStatement("return this")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("if (value != null)")
                .addStatement("headers.add($T.entry(name, value))", RuntimeTypes.MAP)
                .endControlFlow()
                .addStatement("return this")
                .build());
        return type.build();
    }

    /** A response's {@code status(AmiResponse.Status)}: replaces the first header, spelled as Asterisk does. */
    private MethodSpec status() {
        return MethodSpec.methodBuilder("status")
                .addJavadoc("Sets the <code>Response</code> header, which {@link $T#status()} reads: {@code ERROR} is sent as "
                        + "<code>Error</code>; <code>Success</code> unless set.\n\n@param status the status\n@return this builder\n",
                        owner)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.AMI_RESPONSE.nestedClass("Status"), "status")
                .addStatement("$T name = status.name()", RuntimeTypes.STRING)
                .addStatement("this.headers.set(0, $T.entry($S, name.charAt(0) + name.substring(1).toLowerCase($T.ROOT)))",
                        RuntimeTypes.MAP, firstHeader, RuntimeTypes.LOCALE)
                .addStatement("return this")
                .build();
    }

    private void addSingle(TypeSpec.Builder type, HeaderMember f) {
        String name = f.member();
        type.addMethod(MethodSpec.methodBuilder(name)
                .addJavadoc("Sets the <code>$L</code> header, which {@link $T#$L()} reads.\n", Javadoc.text(f.header()), owner, name)
                .addJavadoc(f.value().isText() ? "" : "\n<p>This setter sets the string as given; the typed one spells the value as the accessor reads it.\n")
                .addJavadoc("\n@param $N the value, or null to remove the header\n@return this builder\n", name)
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, name)
                .addStatement("return set($L, $L)", StringLiteral.of(f.header()), checked(f.header(), name))
                .build());
        TypeName typed = f.value().setterType();
        if (typed == null) {
            return;
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder(name)
                .addJavadoc("Sets the <code>$L</code> header, which {@link $T#$L()} reads. $L\n", Javadoc.text(f.header()),
                        owner, name, f.value().doc())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(typed, name);
        if (f.value().setterIsPrimitive()) {
            m.addJavadoc("\n@param $N the value\n@return this builder\n", name)
                    .addStatement("return set($L, $L)", StringLiteral.of(f.header()), f.value().write(name));
        } else {
            m.addJavadoc("\n@param $N the value, or null to remove the header\n@return this builder\n", name)
                    .addStatement("return set($L, $N == null ? null : $L)", StringLiteral.of(f.header()), name,
                            f.value().write(name));
        }
        type.addMethod(m.build());
    }

    private void addRepeatable(TypeSpec.Builder type, HeaderMember f) {
        type.addMethod(MethodSpec.methodBuilder(f.member())
                .addJavadoc("Appends one more <code>$L</code> header, which {@link $T#$L()} lists.\n", Javadoc.text(f.header()),
                        owner, f.member())
                .addJavadoc("\n@param value the header's value\n@return this builder\n")
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "value")
                .addStatement("this.headers.add($T.entry($L, $T.requireValid($L, $T.requireNonNull(value, $S))))",
                        RuntimeTypes.MAP, StringLiteral.of(f.header()), RuntimeTypes.HEADER_VALUES,
                        StringLiteral.of(f.header()), RuntimeTypes.OBJECTS, "value")
                .addStatement("return this")
                .build());
    }

    /** {@code value == null ? null : HeaderValues.requireValid("Name", value)}. */
    private static CodeBlock checked(String header, String value) {
        return CodeBlock.of("$N == null ? null : $T.requireValid($L, $N)", value, RuntimeTypes.HEADER_VALUES,
                StringLiteral.of(header), value);
    }
}
