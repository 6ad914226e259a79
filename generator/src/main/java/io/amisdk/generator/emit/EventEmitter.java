package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits one event class ({@code NewchannelEvent}): final, implements {@code AmiEvent}, wraps the
 * received {@code AmiMessage} so every header is kept, documented or not, and reads each documented
 * field from it on demand, typed as the model says (see {@link TypedValue}). An event that carries a
 * shape unprefixed implements the shape's event interface ({@code ChannelEvent}); a run under a prefix
 * gets a view accessor ({@code destChannelSnapshot()}); an event that is an item of a list of several
 * kinds implements the list's sealed item type; an event the model marks an outcome ({@link EventDef#outcome()})
 * implements {@code AmiOutcomeEvent}, its defaults unchanged. Made by the static {@code decode(AmiMessage)} factory;
 * no reflection; a test makes one with {@code builder()} (see {@link MessageBuilderEmitter}).
 */
final class EventEmitter implements TypeEmitter {
    /** Names every event class uses itself, so no field may take them. */
    private static final List<String> RESERVED_MEMBERS = List.of("eventName", "privilege", "actionId", "headers",
            "decode", "builder", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Names {@code AmiOutcomeEvent} gives an outcome event, so no field of one may take them. */
    private static final List<String> OUTCOME_MEMBERS = List.of("outcomeFailed", "failureReason");

    /** Fields {@code AmiEvent} already reads: {@code eventName()}, {@code privilege()}, {@code actionId()}. */
    private static final Set<String> INHERITED_FIELDS = Set.of("event", "privilege", "actionid");

    private final EventDef event;
    private final JavaNames names;
    private final Availability availability;
    private final ClassName className;
    private final List<HeaderMember> fields = new ArrayList<>();
    private final List<ClassName> interfaces = new ArrayList<>();
    private final Map<String, View> views = new LinkedHashMap<>();
    /** Members a shape interface declares, so their accessors override. */
    private final Set<String> overrides = new HashSet<>();

    private record View(ShapeTypes.Shape shape, String prefix, String member) {
    }

    /**
     * @param event      the event
     * @param names      the SDK's names
     * @param shapes     the SDK's shapes
     * @param itemTypes  the sealed list item types this event is one of
     */
    EventEmitter(EventDef event, JavaNames names, ShapeTypes shapes, List<ClassName> itemTypes,
            Availability availability) {
        this.event = event;
        this.availability = availability;
        this.names = names;
        this.className = names.eventClass(event.name());
        List<ParameterDef> documented = HeaderLists.distinct(event.fields(), INHERITED_FIELDS);
        List<String> reserved = new ArrayList<>(RESERVED_MEMBERS);
        if (event.outcome()) {
            reserved.addAll(OUTCOME_MEMBERS);
        }
        JavaNames.Members members = names.members(event.name(), reserved,
                List.of(className.simpleName(), MessageBuilderEmitter.BUILDER));
        // Unprefixed shape fields first: their names are the shape interface's, so they must win. An event
        // implements a shape's interface only when it carries every field of it.
        Map<String, HeaderMember> shaped = new LinkedHashMap<>();
        for (ShapeTypes.Shape shape : shapes.all()) {
            List<ParameterDef> run = new ArrayList<>();
            for (HeaderMember m : shape.members()) {
                ParameterDef f = unprefixed(documented, shape, m.header());
                if (f == null) {
                    break;
                }
                run.add(f);
            }
            if (run.size() != shape.members().size() || run.isEmpty()) {
                continue;
            }
            for (int i = 0; i < run.size(); i++) {
                HeaderMember m = shape.members().get(i);
                if (!members.extra(m.member()).equals(m.member())) {
                    throw new IllegalStateException(event.name() + ": member " + m.member() + " of "
                            + shape.def().name() + " is taken");
                }
                // The event's own text, or the shape's where the event has none.
                ParameterDef def = run.get(i).description().isEmpty() ? m.def() : run.get(i);
                shaped.put(run.get(i).name(), new HeaderMember(def, m.member(), m.value(), null, null));
                overrides.add(m.member());
            }
            interfaces.add(shape.eventInterface());
        }
        for (ParameterDef f : documented) {
            HeaderMember m = shaped.get(f.name());
            fields.add(m != null ? m : HeaderMember.of(f, members.allocate(List.of(f)).get(0), className, names, members));
            ShapeTypes.Shape shape = shapeOf(f, shapes);
            if (shape != null && !f.shape().prefix().isEmpty()) {
                String key = shape.def().name() + "/" + f.shape().prefix();
                views.computeIfAbsent(key, k -> new View(shape, f.shape().prefix(),
                        members.extra(names.memberName(f.shape().prefix() + shape.def().name()))));
            }
        }
        interfaces.addAll(itemTypes);
        if (event.outcome()) {
            interfaces.add(RuntimeTypes.AMI_OUTCOME_EVENT);
        }
    }

    private static ParameterDef unprefixed(List<ParameterDef> fields, ShapeTypes.Shape shape, String header) {
        for (ParameterDef f : fields) {
            if (f.name().equalsIgnoreCase(header) && f.shape() != null && f.shape().prefix().isEmpty()
                    && f.shape().shape().equals(shape.def().name())) {
                return f;
            }
        }
        return null;
    }

    private static ShapeTypes.Shape shapeOf(ParameterDef f, ShapeTypes shapes) {
        ShapeRef ref = f.shape();
        return ref == null ? null : shapes.shape(ref.shape());
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
                .addJavadoc("$L", TypeDocs.availability(availability, event.lines()))
                .addAnnotation(RuntimeTypes.generated())
                // Every shape event interface and item type extends AmiEvent already.
                .addSuperinterface(interfaces.isEmpty() ? RuntimeTypes.AMI_EVENT : interfaces.get(0));
        interfaces.stream().skip(1).forEach(type::addSuperinterface);
        if (event.outcome()) {
            type.addJavadoc("\n<p>It reports how an action ended: {@link $T#outcomeFailed()} says whether it failed"
                    + " ({@code Response: Failure}), {@link $T#failureReason()} why; {@code sendAndAwaitEvent} fails"
                    + " with {@link $T} on a failed one.\n", RuntimeTypes.AMI_OUTCOME_EVENT,
                    RuntimeTypes.AMI_OUTCOME_EVENT, RuntimeTypes.AMI_OUTCOME_FAILED_EXCEPTION);
        }
        type.addField(FieldSpec.builder(RuntimeTypes.STRING, "EVENT_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The event's name as documented; Asterisk's {@code Event} header matches it ignoring case.\n")
                .initializer("$S", event.name()).build());
        type.addField(RuntimeTypes.AMI_MESSAGE, "headers", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "headers")
                .addStatement("this.headers = $T.requireNonNull(headers, $S)", RuntimeTypes.OBJECTS, "headers")
                .build());
        type.addMethod(MethodSpec.methodBuilder("decode")
                .addJavadoc("Wraps a received message; every header is kept, nothing is parsed until read.\n\n"
                        + "@param message the message, with its {@code Event} header\n@return the event\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(className)
                .addParameter(RuntimeTypes.AMI_MESSAGE, "message")
                .addStatement("return new $T(message)", className)
                .build());
        MessageBuilderEmitter builder = new MessageBuilderEmitter(className, "Event", event.name(), fields,
                List.of(new MessageBuilderEmitter.Inherited("privilege", "Privilege"),
                        new MessageBuilderEmitter.Inherited("actionId", "ActionID")),
                CodeBlock.of("new $T(message)", className));
        type.addMethod(builder.factory());
        type.addMethod(MethodSpec.methodBuilder("headers")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.AMI_MESSAGE)
                .addStatement("return headers")
                .build());
        for (HeaderMember f : fields) {
            MethodSpec accessor = HeaderAccessors.accessor(f, CodeBlock.of("headers"), "headers()", "",
                    Modifier.PUBLIC);
            if (overrides.contains(f.member())) {
                accessor = accessor.toBuilder().addAnnotation(Override.class).build();
            }
            type.addMethod(accessor);
        }
        for (View v : views.values()) {
            type.addMethod(MethodSpec.methodBuilder(v.member())
                    .addJavadoc("The <code>$L…</code> headers as a {@link $T}.\n\n@return a view over this event's "
                            + "message under the prefix {@code $L}\n", Javadoc.text(v.prefix()), v.shape().iface(),
                            Javadoc.text(v.prefix()))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(v.shape().iface())
                    .addStatement("return new $T(headers, $S)", v.shape().view(), v.prefix())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "o")
                .addStatement("return o instanceof $T other && headers.equals(other.headers)", className)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return headers.hashCode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("Every header received, secret ones masked.\n\n@return the description\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return $S + headers.toString().substring($S.length())", className.simpleName(), "AmiMessage")
                .build());
        EnumEmitter.addNested(type, fields);
        type.addType(builder.spec());
        return type.build();
    }
}
