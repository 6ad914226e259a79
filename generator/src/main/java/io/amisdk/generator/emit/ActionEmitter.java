package io.amisdk.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.runtime.Secrets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits one action class ({@code OriginateAction}): public final, implements {@code AmiAction} or,
 * with a documented list response, {@code AmiListAction<ItemEvent>}; immutable, built by its nested
 * {@code Builder} (see {@link ActionBuilderEmitter}); headers written by emitted code in documented
 * order. {@code ActionID} is not a parameter: the runtime owns it, the builder only lets a caller
 * choose it.
 */
final class ActionEmitter implements TypeEmitter {
    /** Names every action class uses itself, so no parameter may take them. */
    private static final List<String> RESERVED_MEMBERS = List.of("actionName", "writeHeaders", "actionId", "itemType",
            "completionEventName", "decodeResponse", "decodeItem", "answersUnframed", "builder", "toBuilder", "build", "equals", "hashCode", "toString", "getClass",
            "notify", "notifyAll", "wait", "clone", "finalize");

    private final ActionDef action;
    private final JavaNames names;
    private final ClassName className;
    private final ClassName builderName;
    private final List<ActionHeader> headers = new ArrayList<>();

    ActionEmitter(ActionDef action, JavaNames names) {
        this.action = action;
        this.names = names;
        this.className = names.actionClass(action.name());
        this.builderName = className.nestedClass("Builder");
        List<ParameterDef> params = HeaderLists.distinct(action.parameters(), Set.of("actionid"));
        JavaNames.Members members = new JavaNames.Members(RESERVED_MEMBERS, List.of(className.simpleName(), "Builder"));
        List<String> memberNames = members.allocate(params);
        for (int i = 0; i < params.size(); i++) {
            ParameterDef p = params.get(i);
            JavaNames.EnumConstants constants = EnumEmitter.constantsOf(p);
            ClassName enumType = constants == null ? null : className.nestedClass(members.nestedType(p.name()));
            String plural = p.multiValued() ? members.extra(JavaNames.plural(memberNames.get(i))) : null;
            headers.add(new ActionHeader(p, memberNames.get(i), plural, enumType, constants, Secrets.isSecret(p.name())));
        }
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public String origin() {
        return "manager " + action.name();
    }

    /** The item event class of a list action: the one item event's class, or AmiEvent; null when not a list action. */
    TypeName itemType() {
        if (action.listResponse() == null || action.listResponse().completionEvent() == null) {
            return null;
        }
        Set<ClassName> items = new LinkedHashSet<>();
        for (String event : action.listResponse().itemEvents()) {
            items.add(names.eventClass(event));
        }
        return items.size() == 1 && !items.contains(null) ? items.iterator().next() : RuntimeTypes.AMI_EVENT;
    }

    @Override
    public TypeSpec spec() {
        TypeName itemType = itemType();
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", TypeDocs.type("action", action.name(), action.synopsis(), action.description(),
                        action.since(), action.deprecatedIn(), action.seeAlso(), names))
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED)
                        .addMember("value", "$S", RuntimeTypes.GENERATOR_NAME).build())
                .addSuperinterface(itemType == null ? ParameterizedTypeName.get(RuntimeTypes.AMI_ACTION, RuntimeTypes.AMI_RESPONSE)
                        : ParameterizedTypeName.get(RuntimeTypes.AMI_LIST_ACTION, itemType));
        type.addField(FieldSpec.builder(RuntimeTypes.STRING, "ACTION_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The value of the {@code Action} header.\n")
                .initializer("$S", action.name()).build());
        for (ActionHeader h : headers) {
            type.addField(h.fieldType(), h.field(), Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addField(RuntimeTypes.STRING, "actionId", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(constructor());
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Returns a builder with nothing set.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builderName)
                .addStatement("return new $T()", builderName)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Returns a builder holding this action's values.\n\n@return a new builder\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builderName)
                .addStatement("return new $T(this)", builderName)
                .build());
        type.addMethod(MethodSpec.methodBuilder("actionName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return ACTION_NAME")
                .build());
        if (itemType != null) {
            addListMethods(type, itemType);
        } else {
            type.addMethod(MethodSpec.methodBuilder("decodeResponse")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeTypes.AMI_RESPONSE)
                    .addParameter(RuntimeTypes.AMI_RESPONSE, "response")
                    .addStatement("return response")
                    .build());
        }
        for (ActionHeader h : headers) {
            type.addMethod(MethodSpec.methodBuilder(h.field())
                    .addJavadoc("$L", TypeDocs.header(h.def(), "The <code>" + Javadoc.text(h.def().name())
                            + "</code> header" + (h.def().multiValued() ? " values, in order" : ", or null when not set") + "."))
                    .addJavadoc("\n@return $L\n", h.def().multiValued() ? "the values, in order; empty when none" : "the value, or null when not set")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(h.fieldType())
                    .addStatement("return $N", h.field())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("actionId")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return actionId")
                .build());
        type.addMethod(writeHeaders());
        ValueMethods values = new ValueMethods(className, headers);
        type.addMethod(values.equalsMethod());
        type.addMethod(values.hashCodeMethod());
        type.addMethod(values.toStringMethod());
        for (ActionHeader h : headers) {
            if (h.enumType() != null) {
                type.addType(new EnumEmitter(h.enumType(), h.def(), h.constants()).spec());
            }
        }
        type.addType(new ActionBuilderEmitter(className, builderName, headers).spec());
        return type.build();
    }

    private void addListMethods(TypeSpec.Builder type, TypeName itemType) {
        type.addMethod(MethodSpec.methodBuilder("itemType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), itemType))
                .addStatement("return $T.class", itemType)
                .build());
        type.addMethod(MethodSpec.methodBuilder("completionEventName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return $S", action.listResponse().completionEvent())
                .build());
        MethodSpec.Builder decodeItem = MethodSpec.methodBuilder("decodeItem")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(itemType)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "message")
                .addStatement("$T event = message.get($S)", RuntimeTypes.STRING, "Event");
        Set<String> seen = new LinkedHashSet<>();
        for (String event : action.listResponse().itemEvents()) {
            ClassName item = names.eventClass(event);
            if (item != null && seen.add(event.toLowerCase(Locale.ROOT))) {
                decodeItem.beginControlFlow("if ($S.equalsIgnoreCase(event))", event)
                        .addStatement("return $T.decode(message)", item)
                        .endControlFlow();
            }
        }
        type.addMethod(decodeItem.addStatement("return null").build());
    }

    private MethodSpec constructor() {
        MethodSpec.Builder m = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builderName, "builder");
        for (ActionHeader h : headers) {
            if (h.def().multiValued()) {
                m.addStatement("this.$N = $T.copyOf(builder.$N)", h.field(), RuntimeTypes.LIST, h.field());
            } else {
                m.addStatement("this.$N = builder.$N", h.field(), h.field());
            }
        }
        m.addStatement("this.actionId = builder.actionId");
        return m.build();
    }

    private MethodSpec writeHeaders() {
        MethodSpec.Builder m = MethodSpec.methodBuilder("writeHeaders")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.AMI_HEADER_WRITER, "out");
        for (ActionHeader h : headers) {
            if (h.def().multiValued()) {
                m.beginControlFlow("for ($T value : this.$N)", RuntimeTypes.STRING, h.field())
                        .addStatement("out.header($S, value)", h.def().name())
                        .endControlFlow();
            } else {
                m.beginControlFlow("if (this.$N != null)", h.field())
                        .addStatement("out.header($S, this.$N)", h.def().name(), h.field())
                        .endControlFlow();
            }
        }
        return m.build();
    }
}
