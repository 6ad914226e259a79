package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the nested enum of an enum-valued header ({@code OriginateResponseEvent.Response}): each constant carries
 * its wire value; {@code wireValue()} gives it back and {@code fromWire(String)} finds a constant
 * leniently (exact, then ignoring case and surrounding blanks), or null for a value the docs lack.
 */
final class EnumEmitter implements TypeEmitter {
    private final ClassName className;
    private final String origin;
    private final String summary;
    private final String defaultValue;
    private final JavaNames.EnumConstants constants;
    private final Function<EnumValue, String> valueNote;
    private boolean topLevel;

    private EnumEmitter(ClassName className, String origin, String summary, String defaultValue,
            JavaNames.EnumConstants constants, Function<EnumValue, String> valueNote) {
        this.valueNote = valueNote;
        this.className = className;
        this.origin = origin;
        this.summary = summary;
        this.defaultValue = defaultValue;
        this.constants = constants;
    }

    /** The enum nested in the type of a header whose values are its own. */
    /** Nests in {@code type} the own enum of every member that has one, in the members' order. */
    static void addNested(TypeSpec.Builder type, List<HeaderMember> members) {
        for (HeaderMember m : members) {
            if (m.nestedEnum() != null) {
                type.addType(nested(m.nestedEnum(), m.def(), m.constants()).spec());
            }
        }
    }

    static EnumEmitter nested(ClassName className, ParameterDef header, JavaNames.EnumConstants constants) {
        return nested(className, header, constants, v -> "");
    }

    /** As {@link #nested(ClassName, ParameterDef, JavaNames.EnumConstants)}, each constant's Javadoc ending in a note (its lines). */
    static EnumEmitter nested(ClassName className, ParameterDef header, JavaNames.EnumConstants constants,
            Function<EnumValue, String> valueNote) {
        return new EnumEmitter(className, "header " + header.name(),
                "The documented values of the <code>" + Javadoc.text(header.name()) + "</code> header.",
                header.defaultValue(), constants, valueNote);
    }

    /** A top-level enum shared by every header documented with exactly these values (one a wire value at least). */
    static EnumEmitter shared(ClassName className, EnumDef shared, List<String> users, JavaNames names) {
        JavaNames.EnumConstants constants = names.enumConstants(shared.values());
        StringBuilder summary = new StringBuilder(
                "The values Asterisk documents for every header of this kind; one enum wherever they appear.");
        if (!users.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (String user : users) {
                shown.add("<code>" + Javadoc.text(user) + "</code>");
            }
            summary.append("\n\n<p>Used by ").append(String.join(", ", shown))
                    .append(" (entry, then header).");
        }
        EnumEmitter emitter = new EnumEmitter(className, "shared enum " + shared.name(), summary.toString(), null,
                constants, v -> "");
        emitter.topLevel = true;
        return emitter;
    }

    @Override
    public ClassName className() {
        return className;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public TypeSpec spec() {
        TypeSpec.Builder type = TypeSpec.enumBuilder(className)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", typeJavadoc());
        if (topLevel) {
            type.addAnnotation(RuntimeTypes.generated());
        }
        for (JavaNames.EnumConstants.Constant constant : constants.constants()) {
            type.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.value().name())
                    .addJavadoc("$L", constantJavadoc(constant.value()))
                    .build());
        }
        type.addField(FieldSpec.builder(RuntimeTypes.STRING, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(RuntimeTypes.STRING, "wireValue")
                .addStatement("this.wireValue = wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("wireValue")
                .addJavadoc("The value as Asterisk writes it.\n\n@return the wire value\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.STRING)
                .addStatement("return wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromWire")
                .addJavadoc("The constant for a wire value (exact match first, then ignoring case and surrounding blanks), "
                        + "or null when the value is null or not documented.\n\n@param value a header value as received\n@return the constant, or null\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(className)
                .addParameter(RuntimeTypes.STRING, "value")
                .beginControlFlow("if (value == null)")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("for ($T constant : values())", className)
                .beginControlFlow("if (constant.wireValue.equals(value))")
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("$T trimmed = value.strip()", RuntimeTypes.STRING)
                .beginControlFlow("for ($T constant : values())", className)
                .beginControlFlow("if (constant.wireValue.equalsIgnoreCase(trimmed))")
                .addStatement("return constant")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return null")
                .build());
        return type.build();
    }

    private String typeJavadoc() {
        List<String> parts = new ArrayList<>();
        parts.add(summary);
        if (!constants.leftOut().isEmpty()) {
            List<String> leftOut = new ArrayList<>();
            for (EnumValue value : constants.leftOut()) {
                leftOut.add("<code>" + Javadoc.text(value.name()) + "</code>");
            }
            parts.add("<p>Also documented, but patterns or placeholders rather than values, so not constants "
                    + "(pass them as a string): " + String.join(", ", leftOut) + ".");
        }
        if (defaultValue != null && !defaultValue.isBlank()) {
            parts.add("<p>Asterisk's default: <code>" + Javadoc.text(defaultValue) + "</code>.");
        }
        return String.join("\n\n", parts) + "\n";
    }

    private String constantJavadoc(EnumValue value) {
        String body = Javadoc.doc(value.description());
        String wire = "Wire value <code>" + Javadoc.text(value.name()) + "</code>.";
        String text = body.isEmpty() ? wire : body + "\n\n<p>" + wire;
        if (value.name().equalsIgnoreCase(String.valueOf(defaultValue))) {
            text += " The default.";
        }
        String note = valueNote.apply(value);
        if (!note.isEmpty()) {
            text += " " + note;
        }
        return text + "\n";
    }
}
