package io.amisdk.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits one event class ({@code NewchannelEvent}): final, implements {@code AmiEvent}, wraps the
 * received {@code AmiMessage} so every header is kept, documented or not, and reads each documented
 * field from it on demand. An enum-valued field has a raw accessor ({@code channelStateDesc()}, never
 * losing a value the docs lack) and a typed one ({@code channelStateDescEnum()}, empty for such a
 * value). Made by the static {@code decode(AmiMessage)} factory; no reflection.
 */
final class EventEmitter implements TypeEmitter {
    /** Names every event class uses itself, so no field may take them. */
    private static final List<String> RESERVED_MEMBERS = List.of("eventName", "privilege", "actionId", "message", "decode",
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Fields {@code AmiEvent} already reads: {@code eventName()}, {@code privilege()}, {@code actionId()}. */
    private static final Set<String> INHERITED_FIELDS = Set.of("event", "privilege", "actionid");

    private final EventDef event;
    private final JavaNames names;
    private final ClassName className;
    private final List<Field> fields = new ArrayList<>();

    private record Field(ParameterDef def, String member, String enumMember, ClassName enumType,
            JavaNames.EnumConstants constants) {
    }

    EventEmitter(EventDef event, JavaNames names) {
        this.event = event;
        this.names = names;
        this.className = names.eventClass(event.name());
        List<ParameterDef> documented = HeaderLists.distinct(event.fields(), INHERITED_FIELDS);
        JavaNames.Members members = new JavaNames.Members(RESERVED_MEMBERS, List.of(className.simpleName()));
        List<String> memberNames = members.allocate(documented);
        for (int i = 0; i < documented.size(); i++) {
            ParameterDef f = documented.get(i);
            JavaNames.EnumConstants constants = f.multiValued() ? null : EnumEmitter.constantsOf(f);
            ClassName enumType = constants == null ? null : className.nestedClass(members.nestedType(f.name()));
            String enumMember = constants == null ? null : members.extra(memberNames.get(i) + "Enum");
            fields.add(new Field(f, memberNames.get(i), enumMember, enumType, constants));
        }
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public String origin() {
        return "managerEvent " + event.name();
    }

    @Override
    public TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.classBuilder(className)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", TypeDocs.type("event", event.name(), event.synopsis(), event.description(),
                        event.since(), event.deprecatedIn(), event.seeAlso(), names))
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED)
                        .addMember("value", "$S", RuntimeTypes.GENERATOR_NAME).build())
                .addSuperinterface(RuntimeTypes.AMI_EVENT);
        type.addField(FieldSpec.builder(RuntimeTypes.STRING, "EVENT_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The event's name as documented; Asterisk's {@code Event} header matches it ignoring case.\n")
                .initializer("$S", event.name()).build());
        type.addField(RuntimeTypes.AMI_MESSAGE, "message", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "message")
                .addStatement("this.message = $T.requireNonNull(message, $S)", RuntimeTypes.OBJECTS, "message")
                .build());
        type.addMethod(MethodSpec.methodBuilder("decode")
                .addJavadoc("Wraps a received message; every header is kept.\n\n@param message the message, with its "
                        + "{@code Event} header\n@return the event\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(className)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "message")
                .addStatement("return new $T(message)", className)
                .build());
        type.addMethod(MethodSpec.methodBuilder("message")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.AMI_MESSAGE)
                .addStatement("return message")
                .build());
        for (Field f : fields) {
            addAccessors(type, f);
        }
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o")
                .addStatement("return o instanceof $T other && message.equals(other.message)", className)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return message.hashCode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("Every header received, secret ones masked.\n\n@return the description\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return $S + message.toString().substring($S.length())", className.simpleName(), "AmiMessage")
                .build());
        for (Field f : fields) {
            if (f.enumType() != null) {
                type.addType(new EnumEmitter(f.enumType(), f.def(), f.constants()).spec());
            }
        }
        return type.build();
    }

    private void addAccessors(TypeSpec.Builder type, Field f) {
        String header = f.def().name();
        if (f.def().multiValued()) {
            type.addMethod(MethodSpec.methodBuilder(f.member())
                    .addJavadoc("$L", TypeDocs.header(f.def(), "Every <code>" + Javadoc.text(header) + "</code> header, in order."))
                    .addJavadoc("\n@return the values as received, in order; empty when none\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                    .addStatement("return message.getAll($S)", header)
                    .build());
            return;
        }
        type.addMethod(MethodSpec.methodBuilder(f.member())
                .addJavadoc("$L", TypeDocs.header(f.def(), "The <code>" + Javadoc.text(header) + "</code> header."))
                .addJavadoc("\n@return the value as received, or null when absent\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return message.get($S)", header)
                .build());
        if (f.enumType() != null) {
            type.addMethod(MethodSpec.methodBuilder(f.enumMember())
                    .addJavadoc("The <code>$L</code> header as a documented value; {@link #$N()} keeps any value.\n",
                            Javadoc.text(header), f.member())
                    .addJavadoc("\n@return the value, or empty when absent or not documented\n")
                    .addModifiers(Modifier.PUBLIC)
                    .returns(ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, f.enumType()))
                    .addStatement("return $T.ofNullable($T.fromWire(message.get($S)))", RuntimeTypes.OPTIONAL,
                            f.enumType(), header)
                    .build());
        }
    }
}
