package io.amisdk.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import javax.lang.model.element.Modifier;

/**
 * Renders the accessor of one received header — on an event, a typed response, a shape or a shape's
 * view: typed as {@link TypedValue} says, parsed on each call from the message (nothing is parsed for
 * headers nobody reads), never throwing.
 */
final class HeaderAccessors {
    private HeaderAccessors() {
    }

    /**
     * The accessor of {@code h}, reading the header through {@code message} (an expression of type
     * {@code AmiMessage}) under its header name, after {@code prefix} (source text, e.g. {@code prefix() + }, or empty);
     * {@code userMessage} is how a user of the class reaches the same message ({@code headers()}), named in Javadoc.
     */
    static MethodSpec accessor(HeaderMember h, CodeBlock message, String userMessage, String prefix,
            Modifier... modifiers) {
        // the name's literal as text, for the Javadoc too: rendering a code block to a string costs a CodeWriter
        CodeBlock headerName = CodeBlock.of("$L$L", prefix, StringLiteral.of(h.header()));
        String headerNameText = prefix + StringLiteral.text(h.header());
        MethodSpec.Builder m = MethodSpec.methodBuilder(h.member())
                .addJavadoc("$L", TypeDocs.field(h, Javadoc.escape(userMessage + ".get(" + headerNameText + ")")))
                .addModifiers(modifiers);
        if (h.def().multiValued()) {
            return m.addJavadoc("\n@return the values as received, in order; empty when none\n")
                    .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                    .addStatement("return $L.getAll($L)", message, headerName)
                    .build();
        }
        CodeBlock raw = CodeBlock.of("$L.get($L)", message, headerName);
        return m.addJavadoc("\n@return $L\n", h.value().isText() ? "the value as received, or null when absent"
                        : "the value, or empty when absent or not readable as such")
                .returns(h.value().accessorType())
                .addStatement("return $L", h.value().read(raw))
                .build();
    }

    /** The accessor's signature only, for a shape's interface. */
    static MethodSpec abstractAccessor(HeaderMember h) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(h.member())
                .addJavadoc("$L", TypeDocs.field(h, null))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT);
        if (h.def().multiValued()) {
            return m.returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                    .addJavadoc("\n@return the values as received, in order; empty when none\n").build();
        }
        return m.returns(h.value().accessorType())
                .addJavadoc("\n@return $L\n", h.value().isText() ? "the value as received, or null when absent"
                        : "the value, or empty when absent or not readable as such")
                .build();
    }
}
