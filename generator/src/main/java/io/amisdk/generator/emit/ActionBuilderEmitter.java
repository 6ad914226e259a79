package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits an action's nested {@code Builder}: per parameter a String setter (sent as given) and,
 * when the model types it, a typed one ({@code priority(int)}, {@code timeout(Duration)},
 * {@code async(boolean)}, an enum) that spells the value as Asterisk reads it and keeps the value as given,
 * which the String setter clears; a singular adder and a
 * bulk setter per repeatable parameter ({@code variable("A", "1")}); {@code header(name, value)} for
 * headers the docs name only by a placeholder or not at all; {@code actionId(..)}; and {@code build()},
 * which fails with one message naming every missing required parameter and every unmet requirement
 * ("Channel or ChannelPrefix"). Every setter that takes a String checks it with
 * {@code HeaderValues.requireValid} (no CR, LF or NUL, the line within Asterisk's limit), so a bad
 * value is refused where it is set and a built action always holds values that can be sent; the
 * typed setters spell values that need no check.
 */
final class ActionBuilderEmitter {
    /** The type of the headers added by name: {@code List<Map.Entry<String, String>>}. */
    static final TypeName EXTRA_HEADERS_TYPE = ParameterizedTypeName.get(RuntimeTypes.LIST,
            ParameterizedTypeName.get(RuntimeTypes.MAP_ENTRY, RuntimeTypes.STRING, RuntimeTypes.STRING));

    /** The {@code @throws} of every setter that takes a String. */
    private static final String REFUSED = "@throws IllegalArgumentException when the value holds CR, LF or NUL, or the "
            + "line is longer than Asterisk accepts\n";

    private final ActionDef action;
    private final ClassName actionName;
    private final ClassName builderName;
    private final List<ActionHeader> headers;
    private final Set<String> placeholders;

    ActionBuilderEmitter(ActionDef action, ClassName actionName, ClassName builderName, List<ActionHeader> headers,
            Set<String> placeholders) {
        this.action = action;
        this.actionName = actionName;
        this.builderName = builderName;
        this.headers = headers;
        this.placeholders = placeholders;
    }

    TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds a {@link $T}; not thread-safe.\n", actionName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (ActionHeader h : headers) {
            if (h.typed()) {
                type.addField(h.value().storedType(), h.field(), Modifier.PRIVATE);
            }
            FieldSpec.Builder field = FieldSpec.builder(h.fieldType(), h.wireField(), Modifier.PRIVATE);
            if (h.def().multiValued()) {
                field.addModifiers(Modifier.FINAL).initializer("new $T<>()", RuntimeTypes.ARRAY_LIST);
            }
            type.addField(field.build());
        }
        type.addField(FieldSpec.builder(EXTRA_HEADERS_TYPE, "extraHeaders", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T<>()", RuntimeTypes.ARRAY_LIST).build());
        type.addField(RuntimeTypes.STRING, "actionId", Modifier.PRIVATE);
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(actionName, "action");
        for (ActionHeader h : headers) {
            if (h.def().multiValued()) {
                copy.addStatement("this.$N.addAll(action.$N)", h.field(), h.field());
            } else {
                copy.addStatement("this.$N = action.$N", h.field(), h.field());
                if (h.typed()) {
                    copy.addStatement("this.$N = action.$N", h.raw(), h.raw());
                }
            }
        }
        copy.addStatement("this.extraHeaders.addAll(action.extraHeaders)");
        copy.addStatement("this.actionId = action.actionId");
        type.addMethod(copy.build());
        for (ActionHeader h : headers) {
            if (h.def().multiValued()) {
                addRepeatable(type, h);
            } else {
                addSingle(type, h);
            }
        }
        type.addMethod(header());
        type.addMethod(MethodSpec.methodBuilder("actionId")
                .addJavadoc("Chooses the {@code ActionID}; by default the connection picks a unique one.\n\n@param actionId the ActionID, or null to let the connection choose\n@return this builder\n")
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "actionId")
                .addStatement("this.actionId = actionId == null ? null : $T.requireValid($S, actionId)",
                        RuntimeTypes.HEADER_VALUES, "ActionID")
                .addStatement("return this")
                .build());
        type.addMethod(build());
        return type.build();
    }

    private void addSingle(TypeSpec.Builder type, ActionHeader h) {
        String doc = TypeDocs.parameter(h, "Sets the <code>" + Javadoc.text(h.def().name()) + "</code> header.");
        MethodSpec.Builder text = MethodSpec.methodBuilder(h.field())
                .addJavadoc("$L", doc);
        if (h.typed()) {
            text.addJavadoc("\n<p>This setter sends the string as given (the action's {@code $N()} reads it as the type "
                    + "where it can, its {@code $N()} returns it); the typed one spells the value as Asterisk reads it.\n",
                    h.field(), h.raw());
        }
        text.addJavadoc("\n@param $N the value, or null to leave the header out\n@return this builder\n", h.field())
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, h.field())
                .addStatement("this.$N = $N == null ? null : $T.requireValid($S, $N)", h.wireField(), h.field(),
                        RuntimeTypes.HEADER_VALUES, h.def().name(), h.field());
        if (h.typed()) {
            text.addStatement("this.$N = null", h.field());
        }
        type.addMethod(text.addStatement("return this").build());
        if (!h.typed()) {
            return;
        }
        MethodSpec.Builder m = MethodSpec.methodBuilder(h.field())
                .addJavadoc("Sets the <code>$L</code> header. $L\n", Javadoc.text(h.def().name()), h.value().doc())
                .addJavadoc("\n<p>The action's {@code $N()} returns this value as given.\n", h.field())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(h.value().setterType(), h.field());
        if (h.value().setterIsPrimitive()) {
            m.addJavadoc("\n@param $N the value\n@return this builder\n", h.field())
                    .addStatement("this.$N = $L", h.raw(), h.value().write(h.field()));
        } else {
            m.addJavadoc("\n@param $N the value, or null to leave the header out\n@return this builder\n", h.field())
                    .addStatement("this.$N = $N == null ? null : $L", h.raw(), h.field(), h.value().write(h.field()));
        }
        // The typed value after the string: a value the string's spelling refuses leaves the builder as it was.
        m.addStatement("this.$N = $N", h.field(), h.field());
        type.addMethod(m.addStatement("return this").build());
    }

    private void addRepeatable(TypeSpec.Builder type, ActionHeader h) {
        String name = Javadoc.text(h.def().name());
        type.addMethod(MethodSpec.methodBuilder(h.member())
                .addJavadoc("$L", TypeDocs.header(h.def(), "Adds one <code>" + name + "</code> header."))
                .addJavadoc("\n@param value the header's value\n@return this builder\n")
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "value")
                .addStatement("this.$N.add($L)", h.field(), checked(h, CodeBlock.of("value")))
                .addStatement("return this")
                .build());
        if (h.def().keyValue()) {
            type.addMethod(MethodSpec.methodBuilder(h.member())
                    .addJavadoc("Adds one <code>$L: name=value</code> header.\n", name)
                    .addJavadoc("\n@param name the variable's name\n@param value its value\n@return this builder\n")
                    .addJavadoc(REFUSED)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(RuntimeTypes.STRING, "name")
                    .addParameter(RuntimeTypes.STRING, "value")
                    .addStatement("this.$N.add($T.requireValid($S, $T.requireNonNull(name, $S) + '=' + $T.requireNonNull(value, $S)))",
                            h.field(), RuntimeTypes.HEADER_VALUES, h.def().name(), RuntimeTypes.OBJECTS, "name",
                            RuntimeTypes.OBJECTS, "value")
                    .addStatement("return this")
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder(h.plural())
                .addJavadoc("Replaces every <code>$L</code> header with these, in order; when one is refused, the "
                        + "builder is left as it was.\n", name)
                .addJavadoc("\n@param values the headers' values\n@return this builder\n")
                .addJavadoc(REFUSED)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.COLLECTION, RuntimeTypes.STRING), "values")
                .addStatement("$T<$T> checked = new $T<>(values.size())", RuntimeTypes.LIST, RuntimeTypes.STRING,
                        RuntimeTypes.ARRAY_LIST)
                .beginControlFlow("for ($T value : values)", RuntimeTypes.STRING)
                .addStatement("checked.add($L)", checked(h, CodeBlock.of("value")))
                .endControlFlow()
                .addStatement("this.$N.clear()", h.field())
                .addStatement("this.$N.addAll(checked)", h.field())
                .addStatement("return this")
                .build());
    }

    /** {@code HeaderValues.requireValid("Name", Objects.requireNonNull(value, "value"))}: null stays a NullPointerException. */
    private static CodeBlock checked(ActionHeader h, CodeBlock value) {
        return CodeBlock.of("$T.requireValid($S, $T.requireNonNull($L, $S))", RuntimeTypes.HEADER_VALUES, h.def().name(),
                RuntimeTypes.OBJECTS, value, "value");
    }

    private MethodSpec header() {
        List<String> named = placeholders.stream().sorted().map(p -> "<code>" + Javadoc.text(p) + "</code>").toList();
        String why = named.isEmpty() ? "a header the docs don't list"
                : "a header the docs name only by a placeholder (" + String.join(", ", named) + ") or not at all";
        return MethodSpec.methodBuilder("header")
                .addJavadoc("Adds $L, e.g. a custom header; sent after the documented ones, in the order added.\n"
                        + "\n@param name the header's name\n@param value its value\n@return this builder\n"
                        + "@throws IllegalArgumentException when the name is empty or holds CR, LF, NUL or ':', the value "
                        + "holds CR, LF or NUL, or the line is longer than Asterisk accepts\n", why)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "name")
                .addParameter(RuntimeTypes.STRING, "value")
                .addStatement("$T.requireNonNull(name, $S)", RuntimeTypes.OBJECTS, "name")
                .addStatement("$T.requireNonNull(value, $S)", RuntimeTypes.OBJECTS, "value")
                .addStatement("this.extraHeaders.add($T.entry(name, $T.requireValid(name, value)))",
                        RuntimeTypes.MAP, RuntimeTypes.HEADER_VALUES)
                .addStatement("return this")
                .build();
    }

    private MethodSpec build() {
        MethodSpec.Builder m = MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the action.\n\n@return the action\n@throws IllegalStateException naming every "
                        + "required parameter not set and every requirement not met\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(actionName);
        List<ActionHeader> required = headers.stream().filter(h -> h.def().required()).toList();
        List<Requirement> requirements = action.requirements();
        if (!required.isEmpty() || !requirements.isEmpty()) {
            m.addStatement("$T<$T> missing = new $T<>()", RuntimeTypes.LIST, RuntimeTypes.STRING, RuntimeTypes.ARRAY_LIST);
            for (ActionHeader h : required) {
                m.beginControlFlow(h.def().multiValued() ? "if (this.$N.isEmpty())" : "if (this.$N == null)", h.wireField())
                        .addStatement("missing.add($S)", h.def().name())
                        .endControlFlow();
            }
            for (Requirement r : requirements) {
                m.beginControlFlow("if ($L)", unmet(r))
                        .addStatement("missing.add($S)", describe(r))
                        .endControlFlow();
            }
            m.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement("throw new $T($S + $T.join($S, missing))", IllegalStateException.class,
                            actionName.simpleName() + " is missing required parameters: ", RuntimeTypes.STRING, "; ")
                    .endControlFlow();
        }
        m.addStatement("return new $T(this)", actionName);
        return m.build();
    }

    /** The condition, in code, under which a requirement is not met. */
    private CodeBlock unmet(Requirement r) {
        List<CodeBlock> alternatives = new ArrayList<>();
        for (List<String> alternative : r.alternatives()) {
            List<CodeBlock> all = new ArrayList<>();
            for (String name : alternative) {
                all.add(isSet(name));
            }
            alternatives.add(CodeBlock.of("($L)", CodeBlock.join(all, " && ")));
        }
        CodeBlock none = CodeBlock.of("!($L)", CodeBlock.join(alternatives, " || "));
        if (r.unless() == null) {
            return none;
        }
        int eq = r.unless().indexOf('=');
        ActionHeader h = find(r.unless().substring(0, eq));
        return CodeBlock.of("!$S.equalsIgnoreCase(this.$N) && $L", r.unless().substring(eq + 1), h.wireField(), none);
    }

    private CodeBlock isSet(String name) {
        ActionHeader h = find(name);
        return h.def().multiValued() ? CodeBlock.of("!this.$N.isEmpty()", h.field())
                : CodeBlock.of("this.$N != null", h.wireField());
    }

    private ActionHeader find(String name) {
        for (ActionHeader h : headers) {
            if (h.def().name().equalsIgnoreCase(name)) {
                return h;
            }
        }
        throw new IllegalStateException("manager " + action.name() + ": a requirement names " + name
                + ", which is not one of its parameters");
    }

    /** "one of Channel, ChannelPrefix", "Exten with Context and Priority, or Application", "… unless LoadType is reload". */
    static String describe(Requirement r) {
        List<String> alternatives = new ArrayList<>();
        for (List<String> alternative : r.alternatives()) {
            alternatives.add(alternative.get(0)
                    + (alternative.size() > 1 ? " with " + String.join(" and ", alternative.subList(1, alternative.size())) : ""));
        }
        boolean compound = r.alternatives().stream().anyMatch(a -> a.size() > 1);
        String text = alternatives.size() == 1 ? alternatives.get(0)
                : String.join(compound ? ", or " : " or ", alternatives);
        if (r.unless() != null) {
            int eq = r.unless().indexOf('=');
            text += " (unless " + r.unless().substring(0, eq) + " is " + r.unless().substring(eq + 1).toLowerCase(Locale.ROOT) + ")";
        }
        return text;
    }
}
