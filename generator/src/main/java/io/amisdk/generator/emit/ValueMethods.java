package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits equals, hashCode and toString of an action as code over what it sends (the wire strings, not a
 * typed parameter's typed value; and {@code actionId}), each labelled by its accessor's name.
 * toString masks every secret parameter with {@code Secrets.MASK}, decided at generation time.
 */
final class ValueMethods {
    private final ClassName className;
    private final List<ActionHeader> headers;

    ValueMethods(ClassName className, List<ActionHeader> headers) {
        this.className = className;
        this.headers = headers;
    }

    MethodSpec equalsMethod() {
        CodeBlock.Builder expr = CodeBlock.builder().add("return o instanceof $T other", className);
        for (ActionHeader h : headers) {
            expr.add("\n&& $T.equals(this.$N, other.$N)", RuntimeTypes.OBJECTS, h.wireField(), h.wireField());
        }
        expr.add("\n&& this.extraHeaders.equals(other.extraHeaders)");
        expr.add("\n&& $T.equals(this.actionId, other.actionId)", RuntimeTypes.OBJECTS);
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o")
                .addStatement(expr.build())
                .build();
    }

    MethodSpec hashCodeMethod() {
        CodeBlock.Builder args = CodeBlock.builder();
        for (ActionHeader h : headers) {
            args.add("this.$N, ", h.wireField());
        }
        args.add("this.extraHeaders, this.actionId");
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash($L)", RuntimeTypes.OBJECTS, args.build())
                .build();
    }

    MethodSpec toStringMethod() {
        MethodSpec.Builder m = MethodSpec.methodBuilder("toString")
                .addJavadoc("Every value set, secret ones ($L) masked.\n\n@return the description\n", secretNames())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("$T sb = new $T($S)", StringBuilder.class, StringBuilder.class, className.simpleName() + "{");
        String separator = "";
        for (ActionHeader h : headers) {
            String label = separator + h.field() + "=";
            if (!h.secret()) {
                m.addStatement("sb.append($L).append(this.$N)", StringLiteral.of(label), h.wireField());
            } else if (h.def().multiValued()) {
                m.addStatement("sb.append($L).append(this.$N.isEmpty() ? $S : $T.MASK)", StringLiteral.of(label), h.wireField(), "[]",
                        RuntimeTypes.SECRETS);
            } else {
                m.addStatement("sb.append($L).append(this.$N == null ? null : $T.MASK)", StringLiteral.of(label), h.wireField(),
                        RuntimeTypes.SECRETS);
            }
            separator = ", ";
        }
        m.beginControlFlow("for ($T<$T, $T> extra : this.extraHeaders)", RuntimeTypes.MAP_ENTRY, RuntimeTypes.STRING,
                        RuntimeTypes.STRING)
                .addStatement("sb.append(sb.length() > $L ? $S : $S).append(extra.getKey()).append('=')"
                        + ".append($T.isSecret(extra.getKey()) ? $T.MASK : extra.getValue())",
                        className.simpleName().length() + 1, ", ", "", RuntimeTypes.SECRETS, RuntimeTypes.SECRETS)
                .endControlFlow();
        m.addStatement("sb.append(sb.length() > $L ? $S : $S).append($S).append(this.actionId)",
                className.simpleName().length() + 1, ", ", "", "actionId=");
        m.addStatement("return sb.append('}').toString()");
        return m.build();
    }

    private String secretNames() {
        List<String> secrets = headers.stream().filter(ActionHeader::secret).map(h -> "{@code " + h.field() + "}").toList();
        return secrets.isEmpty() ? "none here" : String.join(", ", secrets);
    }
}
