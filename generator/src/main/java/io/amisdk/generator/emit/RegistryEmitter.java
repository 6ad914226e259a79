package io.amisdk.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.EventDef;
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

    private final List<EventDef> events;
    private final int actionCount;
    private final JavaNames names;
    private final String source;

    RegistryEmitter(List<EventDef> events, int actionCount, JavaNames names, String source) {
        this.events = events;
        this.actionCount = actionCount;
        this.names = names;
        this.source = source;
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
                .addAnnotation(AnnotationSpec.builder(RuntimeTypes.GENERATED)
                        .addMember("value", "$S", RuntimeTypes.GENERATOR_NAME).build())
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
                .addMethod(MethodSpec.methodBuilder("registerDecoders")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.EVENT_DECODERS, "decoders")
                        .addStatement("register(decoders)")
                        .build())
                .build();
    }
}
