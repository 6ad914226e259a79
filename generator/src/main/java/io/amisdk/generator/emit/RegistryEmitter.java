package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the SDK's entry point {@code AmiSdk}: it registers every generated event's {@code decode}
 * factory, under its documented name and each alias, with the runtime's {@code EventDecoders}; it is
 * also the {@code EventDecoderProvider} that {@code ServiceLoader} finds (see {@link #serviceFile()}).
 */
final class RegistryEmitter implements TypeEmitter {
    /** Where ServiceLoader looks for providers, relative to a class path root. */
    static final String SERVICE_FILE = "META-INF/services/" + RuntimeTypes.EVENT_DECODER_PROVIDER.canonicalName();

    private final AmiModel model;
    private final List<EventDef> events;
    private final int actionCount;
    private final JavaNames names;
    private final String source;
    private final Availability availability;

    RegistryEmitter(AmiModel model, JavaNames names, String source, Availability availability) {
        this.model = model;
        this.events = model.events();
        this.actionCount = model.actions().size();
        this.names = names;
        this.source = source;
        this.availability = availability;
    }

    @Override
    public ClassName className() {
        return names.registryClass();
    }

    @Override
    public String origin() {
        return "every managerEvent";
    }

    /** The service file's content: this class's name and a newline. */
    String serviceFile() {
        return className().canonicalName() + "\n";
    }

    /**
     * Which lines have each action, and each parameter whose lines are fewer than its action's (key
     * {@code Action/Header}): the data a runtime reads to refuse or warn before sending what a server's line lacks.
     */
    private FieldSpec lineTable() {
        CodeBlock.Builder init = CodeBlock.builder();
        if (!availability.multiLine()) {
            init.add("$T.of()", RuntimeTypes.MAP);
        } else {
            init.add("$T.ofEntries(", RuntimeTypes.MAP).indent();
            String separator = "\n";
            for (ActionDef a : model.actions()) {
                List<String> lines = availability.linesOf(a.lines());
                init.add(separator + "$T.entry($S, $L)", RuntimeTypes.MAP, a.name(), Availability.code(lines));
                separator = ",\n";
                for (ParameterDef p : a.parameters()) {
                    if (availability.narrower(p.lines(), a.lines())) {
                        init.add(separator + "$T.entry($S, $L)", RuntimeTypes.MAP, a.name() + "/" + p.name(),
                                Availability.code(p.lines()));
                    }
                }
            }
            init.unindent().add(")");
        }
        return FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.MAP, RuntimeTypes.STRING,
                        ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING)), "LINE_TABLE",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    @Override
    public TypeSpec spec() {
        ClassName self = className();
        MethodSpec.Builder register = MethodSpec.methodBuilder("register")
                .addJavadoc("Registers a decoder for every generated event, under its name and each alias.\n\n"
                        + "@param decoders the registry to fill\n@return the same registry\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.EVENT_DECODERS)
                .addParameter(RuntimeTypes.EVENT_DECODERS, "decoders");
        int registered = 0;
        for (EventDef event : events) {
            ClassName type = this.names.eventClass(event.name());
            // Names match case-insensitively at runtime; register each spelling once.
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(event.name());
            spellings.addAll(event.aliases());
            Set<String> seen = new LinkedHashSet<>();
            for (String name : spellings) {
                if (seen.add(name.toLowerCase(Locale.ROOT))) {
                    register.addStatement("decoders.register($S, $T.class, $T::decode)", name, type, type);
                    registered++;
                }
            }
        }
        register.addStatement("return decoders");
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The entry point of the SDK generated from $L: $L actions and $L events.\n\n"
                        + "<p>{@code EventDecoders.installed()} finds it through {@code ServiceLoader}; or call "
                        + "{@link #decoders()}.\n", Javadoc.text(source), actionCount, events.size())
                .addAnnotation(RuntimeTypes.generated())
                .addSuperinterface(RuntimeTypes.EVENT_DECODER_PROVIDER)
                .addField(FieldSpec.builder(int.class, "ACTION_COUNT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("How many action classes this SDK has.\n")
                        .initializer("$L", actionCount).build())
                .addField(FieldSpec.builder(int.class, "EVENT_COUNT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("How many event classes this SDK has.\n")
                        .initializer("$L", events.size()).build())
                .addField(FieldSpec.builder(int.class, "EVENT_NAME_COUNT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("How many event names (documented names and aliases) {@link #register} registers.\n")
                        .initializer("$L", registered).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("For {@code ServiceLoader}.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .build())
                .addMethod(MethodSpec.methodBuilder("decoders")
                        .addJavadoc("A new registry holding every generated event's decoder.\n\n@return the registry\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(RuntimeTypes.EVENT_DECODERS)
                        .addStatement("return register($T.empty())", RuntimeTypes.EVENT_DECODERS)
                        .build())
                .addMethod(register.build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING), "LINES",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The Asterisk lines whose docs this SDK merges, oldest first; empty when it was "
                                + "generated from one line's docs.\n")
                        .initializer(Availability.code(availability.lines())).build())
                .addField(lineTable())
                .addMethod(MethodSpec.methodBuilder("actionLines")
                        .addJavadoc("The Asterisk lines that have an action, oldest first; empty when the SDK knows "
                                + "one line only or not this action.\n\n@param action the action's name, e.g. "
                                + "{@code Monitor}\n@return the lines\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                        .addParameter(RuntimeTypes.STRING, "action")
                        .addStatement("return LINE_TABLE.getOrDefault(action, $T.of())", RuntimeTypes.LIST)
                        .build())
                .addMethod(MethodSpec.methodBuilder("parameterLines")
                        .addJavadoc("The Asterisk lines that have a parameter of an action, oldest first: its "
                                + "action's lines unless the docs of some lines lack it; empty when the SDK knows "
                                + "one line only.\n\n@param action the action's name\n@param header the parameter's "
                                + "name, as documented\n@return the lines\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING))
                        .addParameter(RuntimeTypes.STRING, "action")
                        .addParameter(RuntimeTypes.STRING, "header")
                        .addStatement("$T<$T> own = LINE_TABLE.get(action + $S + header)", RuntimeTypes.LIST,
                                RuntimeTypes.STRING, "/")
                        .addStatement("return own != null ? own : actionLines(action)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("registerDecoders")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.EVENT_DECODERS, "decoders")
                        .addStatement("register(decoders)")
                        .build())
                .build();
    }
}
