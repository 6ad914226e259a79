package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits an action's nested {@code Builder}: one method per parameter (an enum-valued one also takes
 * its enum), a singular adder and a bulk setter per repeatable parameter ({@code variable("A", "1")}),
 * {@code actionId(..)}, and {@code build()} that fails with one message naming every missing required
 * parameter.
 */
final class ActionBuilderEmitter {
    private final ClassName actionName;
    private final ClassName builderName;
    private final List<ActionHeader> headers;

    ActionBuilderEmitter(ClassName actionName, ClassName builderName, List<ActionHeader> headers) {
        this.actionName = actionName;
        this.builderName = builderName;
        this.headers = headers;
    }

    TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds a {@link $T}; not thread-safe.\n", actionName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
        for (ActionHeader h : headers) {
            FieldSpec.Builder field = FieldSpec.builder(h.fieldType(), h.field(), Modifier.PRIVATE);
            if (h.def().multiValued()) {
                field.addModifiers(Modifier.FINAL).initializer("new $T<>()", RuntimeTypes.ARRAY_LIST);
            }
            type.addField(field.build());
        }
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
            }
        }
        copy.addStatement("this.actionId = action.actionId");
        type.addMethod(copy.build());
        for (ActionHeader h : headers) {
            if (h.def().multiValued()) {
                addRepeatable(type, h);
            } else {
                addSingle(type, h);
            }
        }
        type.addMethod(MethodSpec.methodBuilder("actionId")
                .addJavadoc("Chooses the {@code ActionID}; by default the connection picks a unique one.\n\n@param actionId the ActionID, or null to let the connection choose\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "actionId")
                .addStatement("this.actionId = actionId")
                .addStatement("return this")
                .build());
        type.addMethod(build());
        return type.build();
    }

    private void addSingle(TypeSpec.Builder type, ActionHeader h) {
        String doc = TypeDocs.header(h.def(), "Sets the <code>" + Javadoc.text(h.def().name()) + "</code> header.");
        type.addMethod(MethodSpec.methodBuilder(h.field())
                .addJavadoc("$L", doc)
                .addJavadoc("\n@param $N the value, or null to leave the header out\n@return this builder\n", h.field())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, h.field())
                .addStatement("this.$N = $N", h.field(), h.field())
                .addStatement("return this")
                .build());
        if (h.enumType() != null) {
            type.addMethod(MethodSpec.methodBuilder(h.field())
                    .addJavadoc("Sets the <code>$L</code> header to a documented value.\n", Javadoc.text(h.def().name()))
                    .addJavadoc("\n@param $N the value, or null to leave the header out\n@return this builder\n", h.field())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(h.enumType(), h.field())
                    .addStatement("this.$N = $N == null ? null : $N.wireValue()", h.field(), h.field(), h.field())
                    .addStatement("return this")
                    .build());
        }
    }

    private void addRepeatable(TypeSpec.Builder type, ActionHeader h) {
        String name = Javadoc.text(h.def().name());
        type.addMethod(MethodSpec.methodBuilder(h.member())
                .addJavadoc("$L", TypeDocs.header(h.def(), "Adds one <code>" + name + "</code> header."))
                .addJavadoc("\n@param value the header's value\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(RuntimeTypes.STRING, "value")
                .addStatement("this.$N.add($T.requireNonNull(value, $S))", h.field(), RuntimeTypes.OBJECTS, "value")
                .addStatement("return this")
                .build());
        if (h.takesKeyValue()) {
            type.addMethod(MethodSpec.methodBuilder(h.member())
                    .addJavadoc("Adds one <code>$L: name=value</code> header.\n", name)
                    .addJavadoc("\n@param name the variable's name\n@param value its value\n@return this builder\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(RuntimeTypes.STRING, "name")
                    .addParameter(RuntimeTypes.STRING, "value")
                    .addStatement("this.$N.add($T.requireNonNull(name, $S) + '=' + $T.requireNonNull(value, $S))",
                            h.field(), RuntimeTypes.OBJECTS, "name", RuntimeTypes.OBJECTS, "value")
                    .addStatement("return this")
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder(h.plural())
                .addJavadoc("Replaces every <code>$L</code> header with these, in order.\n", name)
                .addJavadoc("\n@param values the headers' values\n@return this builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addParameter(ParameterizedTypeName.get(RuntimeTypes.COLLECTION, RuntimeTypes.STRING), "values")
                .addStatement("this.$N.clear()", h.field())
                .beginControlFlow("for ($T value : values)", RuntimeTypes.STRING)
                .addStatement("this.$N.add($T.requireNonNull(value, $S))", h.field(), RuntimeTypes.OBJECTS, "value")
                .endControlFlow()
                .addStatement("return this")
                .build());
    }

    private MethodSpec build() {
        MethodSpec.Builder m = MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the action.\n\n@return the action\n@throws IllegalStateException naming every "
                        + "required parameter not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(actionName);
        List<ActionHeader> required = headers.stream().filter(h -> h.def().required()).toList();
        if (!required.isEmpty()) {
            m.addStatement("$T<$T> missing = new $T<>()", RuntimeTypes.LIST, RuntimeTypes.STRING, RuntimeTypes.ARRAY_LIST);
            for (ActionHeader h : required) {
                m.beginControlFlow(h.def().multiValued() ? "if (this.$N.isEmpty())" : "if (this.$N == null)", h.field())
                        .addStatement("missing.add($S)", h.def().name())
                        .endControlFlow();
            }
            m.beginControlFlow("if (!missing.isEmpty())")
                    .addStatement("throw new $T($S + $T.join($S, missing))", IllegalStateException.class,
                            actionName.simpleName() + " is missing required parameters: ", RuntimeTypes.STRING, ", ")
                    .endControlFlow();
        }
        m.addStatement("return new $T(this)", actionName);
        return m.build();
    }
}
