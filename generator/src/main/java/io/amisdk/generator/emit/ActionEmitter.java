package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits one action class ({@code OriginateAction}): public final, implements {@code AmiAction<R>} — R
 * its typed response ({@code GetvarResponse}) or {@code AmiResponse} — or, with a list response,
 * {@code AmiListAction<Item>}, decoding its own items; immutable, built by its nested {@code Builder}
 * (see {@link ActionBuilderEmitter}); headers written by emitted code in documented order, then any the
 * caller added by name. {@code ActionID} is not a parameter: the runtime owns it, the builder only lets
 * a caller choose it.
 */
final class ActionEmitter implements TypeEmitter {
    /** Names every action class uses itself, so no parameter may take them. */
    private static final List<String> RESERVED_MEMBERS = List.of("actionName", "writeHeaders", "actionId", "itemType",
            "completionEventName", "decodeItem", "decodeResponse", "answersUnframed", "availableIn", "headers", "header",
            "extraHeaders", "builder", "since", "providedBy",
            "toBuilder", "build", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
            "finalize");

    private final ActionDef action;
    private final JavaNames names;
    private final ClassName className;
    private final ClassName builderName;
    private final List<ActionHeader> headers = new ArrayList<>();
    private final Set<String> placeholders;
    private final Map<String, ClassName> itemClasses = new LinkedHashMap<>();
    private final TypeName itemType;
    private final Availability availability;

    /**
     * @param action the action
     * @param names  the SDK's names
     * @param events the model's events by their model name, to find a list's item events' aliases
     */
    ActionEmitter(ActionDef action, JavaNames names, Function<String, EventDef> events, Availability availability) {
        this.action = action;
        this.availability = availability;
        this.names = names;
        this.className = names.actionClass(action.name());
        this.builderName = className.nestedClass("Builder");
        // A placeholder (UserEvent's HeaderN) gets no setter: header(name, value) sends what it stands for.
        this.placeholders = action.parameters().stream().filter(ParameterDef::placeholder).map(ParameterDef::name)
                .collect(Collectors.toSet());
        List<ParameterDef> params = HeaderLists.distinct(action.parameters(), Set.of("actionid")).stream()
                .filter(p -> !p.placeholder()).toList();
        JavaNames.Members members = names.members(action.name(), RESERVED_MEMBERS, List.of(className.simpleName(), "Builder"));
        List<String> memberNames = members.allocate(params);
        List<HeaderMember> typed = new ArrayList<>();
        List<String> plurals = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParameterDef p = params.get(i);
            typed.add(HeaderMember.of(p, memberNames.get(i), className, names, members));
            plurals.add(p.multiValued() ? members.extra(JavaNames.plural(memberNames.get(i))) : null);
        }
        // Raw accessors last, so they never change a name allocated before them.
        for (int i = 0; i < params.size(); i++) {
            ParameterDef p = params.get(i);
            HeaderMember m = typed.get(i);
            String raw = m.value().isText() ? null : members.extra(JavaNames.asString(m.member()));
            headers.add(new ActionHeader(p, m.member(), plurals.get(i), raw, m.value(), m.nestedEnum(), m.constants(),
                    availability.memberSentence(p.lines(), action.lines())));
        }
        this.itemType = listItemType(events);
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public String origin() {
        return "manager " + action.name();
    }

    /**
     * The item events' classes of a list action, by every spelling, and the type of its items, as the linker
     * decided it ({@link ListResponse#itemType()}); null when not a list.
     */
    private TypeName listItemType(Function<String, EventDef> events) {
        ListResponse list = action.listResponse();
        if (list == null || list.itemType() == null) {
            return null;
        }
        for (String name : list.items()) {
            ClassName item = names.eventClass(name);
            itemClasses.putIfAbsent(name.toLowerCase(Locale.ROOT), item);
            for (String alias : events.apply(name).aliases()) {
                itemClasses.putIfAbsent(alias.toLowerCase(Locale.ROOT), item);
            }
        }
        return switch (list.itemType()) {
            case EVENT -> names.eventClass(list.items().get(0));
            case SEALED -> names.itemType(action.name());
            case ANY_EVENT -> RuntimeTypes.AMI_EVENT;
        };
    }

    @Override
    public TypeSpec spec() {
        ClassName response = names.responseClass(action.name());
        TypeName responseType = response != null ? response : RuntimeTypes.AMI_RESPONSE;
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", TypeDocs.type("action", action.name(), action.synopsis(), action.description(),
                        providedBy(action), action.since(), action.deprecatedIn(), action.seeAlso(), names))
                .addJavadoc("$L", TypeDocs.availability(availability, action.lines()))
                .addAnnotation(RuntimeTypes.generated())
                .addSuperinterface(itemType == null ? ParameterizedTypeName.get(RuntimeTypes.AMI_ACTION, responseType)
                        : ParameterizedTypeName.get(RuntimeTypes.AMI_LIST_ACTION, itemType));
        if (availability.missingFromNewest(action.lines())) {
            type.addAnnotation(Deprecated.class);
        }
        type.addField(FieldSpec.builder(RuntimeTypes.STRING, "ACTION_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The value of the {@code Action} header.\n")
                .initializer("$S", action.name()).build());
        for (ActionHeader h : headers) {
            if (h.typed()) {
                type.addField(h.value().storedType(), h.field(), Modifier.PRIVATE, Modifier.FINAL);
            }
            type.addField(h.fieldType(), h.wireField(), Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addField(ActionBuilderEmitter.EXTRA_HEADERS_TYPE, "extraHeaders", Modifier.PRIVATE, Modifier.FINAL);
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
            new ListItemMethods(action, itemType, itemClasses).addTo(type);
        } else {
            MethodSpec.Builder decode = MethodSpec.methodBuilder("decodeResponse")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(responseType)
                    .addParameter(RuntimeTypes.AMI_RESPONSE, "response");
            if (response != null) {
                decode.addStatement("return new $T(response)", response);
            } else {
                decode.addStatement("return response");
            }
            type.addMethod(decode.build());
        }
        if (availability.multiLine()) {
            addAvailability(type);
        }
        if (action.answersUnframed()) {
            type.addMethod(MethodSpec.methodBuilder("answersUnframed")
                    .addJavadoc("Asterisk answers this action with text rows and no header block.\n\n@return true\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addStatement("return true")
                    .build());
        }
        addOrigin(type);
        for (ActionHeader h : headers) {
            type.addMethod(accessor(h));
            if (h.typed()) {
                type.addMethod(rawAccessor(h));
            }
        }
        type.addMethod(MethodSpec.methodBuilder("extraHeaders")
                .addJavadoc("The headers added by name with {@link Builder#header(String, String)}, in order; sent "
                        + "after the documented ones.\n\n@return the added headers\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ActionBuilderEmitter.EXTRA_HEADERS_TYPE)
                .addStatement("return extraHeaders")
                .build());
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
                type.addType(EnumEmitter.nested(h.enumType(), h.def(), h.constants(),
                        v -> availability.memberSentence(v.lines(), h.def().lines())).spec());
            }
        }
        type.addType(new ActionBuilderEmitter(action, className, builderName, headers, placeholders).spec());
        return type.build();
    }

    /**
     * The loadable module the docs say provides the action, or null when they name none or the action is
     * built into Asterisk (the docs' {@code builtin}; {@code core} taken the same way).
     */
    static String providedBy(ActionDef action) {
        String module = action.module();
        if (module == null || module.isBlank()) {
            return null;
        }
        module = module.strip();
        return module.equalsIgnoreCase("builtin") || module.equalsIgnoreCase("core") ? null : module;
    }

    /** {@code since()} and {@code providedBy()}, each only when the docs know it: what the runtime's line check reads. */
    private void addOrigin(TypeSpec.Builder type) {
        if (!action.since().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder("since")
                    .addJavadoc("The Asterisk versions the docs say this action appeared in, one per branch.\n\n"
                            + "@return the versions, as the docs list them\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                    .addStatement("return $L", Availability.code(action.since()))
                    .build());
        }
        String module = providedBy(action);
        if (module != null) {
            type.addMethod(MethodSpec.methodBuilder("providedBy")
                    .addJavadoc("The Asterisk module that provides this action.\n\n@return the module's name\n")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(RuntimeTypes.STRING)
                    .addStatement("return $S", module)
                    .build());
        }
    }

    /** {@code availableIn()} and {@code availableIn(header)}: the lines the runtime checks its server's against. */
    private void addAvailability(TypeSpec.Builder type) {
        TypeName lines = ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING);
        type.addMethod(MethodSpec.methodBuilder("availableIn")
                .addJavadoc("The Asterisk lines that have this action.\n\n@return the lines, oldest first\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(lines)
                .addStatement("return $L", Availability.code(availability.linesOf(action.lines())))
                .build());
        MethodSpec.Builder header = MethodSpec.methodBuilder("availableIn")
                .addJavadoc("The Asterisk lines that have one of this action's headers.\n\n@param header the header's name"
                        + "\n@return the lines, oldest first\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(lines)
                .addParameter(RuntimeTypes.STRING, "header");
        for (ActionHeader h : headers) {
            if (availability.narrower(h.def().lines(), action.lines())) {
                header.beginControlFlow("if ($S.equalsIgnoreCase(header))", h.def().name())
                        .addStatement("return $L", Availability.code(h.def().lines()))
                        .endControlFlow();
            }
        }
        type.addMethod(header.addStatement("return availableIn()").build());
    }

    private MethodSpec accessor(ActionHeader h) {
        String fallback = "The <code>" + Javadoc.text(h.def().name()) + "</code> header"
                + (h.def().multiValued() ? " values, in order" : "") + ".";
        MethodSpec.Builder m = MethodSpec.methodBuilder(h.field())
                .addJavadoc("$L", TypeDocs.parameter(h, fallback))
                .addModifiers(Modifier.PUBLIC);
        if (h.def().multiValued()) {
            return m.addJavadoc("\n@return the values, in order; empty when none\n")
                    .returns(h.fieldType())
                    .addStatement("return $N", h.field())
                    .build();
        }
        if (h.value().isText()) {
            return m.addJavadoc("\n@return the value, or null when not set\n")
                    .returns(RuntimeTypes.STRING)
                    .addStatement("return $N", h.field())
                    .build();
        }
        return m.addJavadoc("\n<p>The value set through the typed setter, as given; one set as a string is read as "
                        + "this type where it can be. The string sent: {@link #$N()}.\n", h.raw())
                .addJavadoc("\n@return the value, or empty when not set (or set as a string it cannot be read as)\n")
                .returns(h.value().accessorType())
                .addStatement("return this.$N != null ? $L : $L", h.field(), h.value().present(CodeBlock.of("this.$N",
                        h.field())), h.value().read(CodeBlock.of("this.$N", h.raw())))
                .build();
    }

    /** A typed parameter's raw accessor: the string sent, however it was set. */
    private MethodSpec rawAccessor(ActionHeader h) {
        return MethodSpec.methodBuilder(h.raw())
                .addJavadoc("The <code>$L</code> header as it is sent: the string given to the String setter, or the "
                        + "typed setter's value as spelled for Asterisk.\n", Javadoc.text(h.def().name()))
                .addJavadoc("\n@return the string sent, or null when not set\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return $N", h.raw())
                .build();
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
                if (h.typed()) {
                    m.addStatement("this.$N = builder.$N", h.raw(), h.raw());
                }
            }
        }
        m.addStatement("this.extraHeaders = $T.copyOf(builder.extraHeaders)", RuntimeTypes.LIST);
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
                m.beginControlFlow("if (this.$N != null)", h.wireField())
                        .addStatement("out.header($S, this.$N)", h.def().name(), h.wireField())
                        .endControlFlow();
            }
        }
        m.beginControlFlow("for ($T<$T, $T> extra : this.extraHeaders)", RuntimeTypes.MAP_ENTRY, RuntimeTypes.STRING,
                        RuntimeTypes.STRING)
                .addStatement("out.header(extra.getKey(), extra.getValue())")
                .endControlFlow();
        return m.build();
    }
}
