package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.amisdk.generator.model.HeaderType;
import java.math.BigDecimal;

/**
 * How one header's value type is rendered in Java: the type an accessor returns and the code that
 * parses the received string into it (never throwing: a value that does not parse gives empty), and
 * the type a builder setter takes and the code that spells it as Asterisk reads it. The one place
 * that maps the model's {@link HeaderType} kinds to Java; emitters ask it.
 *
 * <p>Text stays {@code String} (null when absent); every other kind is an {@code Optional*}, empty when
 * absent or not parseable, the raw string always in {@code headers().get(name)}.
 *
 * @param type     the header's type
 * @param enumType the Java enum of an {@link HeaderType.Kind#ENUM} header (shared or nested); null otherwise
 */
record TypedValue(HeaderType type, ClassName enumType) {

    /** The value of a header: an enum header without a Java enum (no wire constants) is read as text. */
    static TypedValue of(HeaderType type, ClassName enumType) {
        if (type.kind() == HeaderType.Kind.ENUM && enumType == null) {
            return new TypedValue(HeaderType.TEXT, null);
        }
        return new TypedValue(type, enumType);
    }

    /** Whether the header is read and written as text only. */
    boolean isText() {
        return type.kind() == HeaderType.Kind.TEXT;
    }

    /** The type an accessor returns. */
    TypeName accessorType() {
        return switch (type.kind()) {
            case TEXT -> RuntimeTypes.STRING;
            case INTEGER -> RuntimeTypes.OPTIONAL_INT;
            case LONG -> RuntimeTypes.OPTIONAL_LONG;
            case DECIMAL -> RuntimeTypes.OPTIONAL_DOUBLE;
            case BOOLEAN -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, ClassName.get(Boolean.class));
            case DURATION -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.DURATION);
            case TIMESTAMP -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.INSTANT);
            case EVENT_MASK -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.EVENT_MASK);
            case AUTH_TYPE -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, RuntimeTypes.AUTH_TYPE);
            case ENUM -> ParameterizedTypeName.get(RuntimeTypes.OPTIONAL, enumType);
        };
    }

    /** The code that turns {@code raw} (a String expression, maybe null) into {@link #accessorType()}. */
    CodeBlock read(CodeBlock raw) {
        return switch (type.kind()) {
            case TEXT -> raw;
            case INTEGER -> CodeBlock.of("$T.toInt($L)", RuntimeTypes.HEADER_VALUES, raw);
            case LONG -> CodeBlock.of("$T.toLong($L)", RuntimeTypes.HEADER_VALUES, raw);
            case DECIMAL -> CodeBlock.of("$T.toDecimal($L)", RuntimeTypes.HEADER_VALUES, raw);
            case BOOLEAN -> CodeBlock.of("$T.toBoolean($L)", RuntimeTypes.HEADER_VALUES, raw);
            case DURATION -> CodeBlock.of("$T.toDuration($L, $T.$L)", RuntimeTypes.HEADER_VALUES, raw,
                    RuntimeTypes.CHRONO_UNIT, chronoUnit());
            // Asterisk writes 0 for a time that never came (a queue member's LastCall before its first call).
            case TIMESTAMP -> CodeBlock.of("$T.toTimestamp($L).filter(t -> t.getEpochSecond() != 0)",
                    RuntimeTypes.HEADER_VALUES, raw);
            case EVENT_MASK -> CodeBlock.of("$T.ofNullable($L).flatMap(v -> {\n$>try {\n$>return $T.of($T.parse(v));\n$<}"
                    + " catch ($T e) {\n$>return $T.empty();\n$<}\n$<})", RuntimeTypes.OPTIONAL, raw, RuntimeTypes.OPTIONAL,
                    RuntimeTypes.EVENT_MASK, IllegalArgumentException.class, RuntimeTypes.OPTIONAL);
            case AUTH_TYPE -> CodeBlock.of("$T.toAuthType($L)", RuntimeTypes.HEADER_VALUES, raw);
            case ENUM -> CodeBlock.of("$T.ofNullable($T.fromWire($L))", RuntimeTypes.OPTIONAL, enumType, raw);
        };
    }

    /** The type a typed builder setter takes, or null for text (the String setter is the only one). */
    TypeName setterType() {
        return switch (type.kind()) {
            case TEXT -> null;
            case INTEGER -> TypeName.INT;
            case LONG -> TypeName.LONG;
            case DECIMAL -> TypeName.DOUBLE;
            case BOOLEAN -> TypeName.BOOLEAN;
            case DURATION -> RuntimeTypes.DURATION;
            case TIMESTAMP -> RuntimeTypes.INSTANT;
            case EVENT_MASK -> RuntimeTypes.EVENT_MASK;
            case AUTH_TYPE -> RuntimeTypes.AUTH_TYPE;
            case ENUM -> enumType;
        };
    }

    /**
     * The type an action keeps a value set through the typed setter in, so its accessor returns that value
     * as given: {@link #setterType()} boxed ({@code Integer}, {@code Duration}, the enum); null for text.
     */
    TypeName storedType() {
        TypeName t = setterType();
        return t == null ? null : t.box();
    }

    /** The code that turns {@code stored} (an expression of {@link #storedType()}, not null) into {@link #accessorType()}. */
    CodeBlock present(CodeBlock stored) {
        return switch (type.kind()) {
            case TEXT -> stored;
            case INTEGER -> CodeBlock.of("$T.of($L)", RuntimeTypes.OPTIONAL_INT, stored);
            case LONG -> CodeBlock.of("$T.of($L)", RuntimeTypes.OPTIONAL_LONG, stored);
            case DECIMAL -> CodeBlock.of("$T.of($L)", RuntimeTypes.OPTIONAL_DOUBLE, stored);
            case BOOLEAN, DURATION, TIMESTAMP, EVENT_MASK, AUTH_TYPE, ENUM ->
                    CodeBlock.of("$T.of($L)", RuntimeTypes.OPTIONAL, stored);
        };
    }

    /** Whether {@link #setterType()} is a primitive, so the setter needs no null check. */
    boolean setterIsPrimitive() {
        TypeName t = setterType();
        return t != null && t.isPrimitive();
    }

    /** The code that spells the setter's argument {@code value} (not null) as Asterisk reads it. */
    CodeBlock write(String value) {
        return switch (type.kind()) {
            case TEXT -> CodeBlock.of("$N", value);
            case INTEGER -> CodeBlock.of("$T.toString($N)", Integer.class, value);
            case LONG -> CodeBlock.of("$T.toString($N)", Long.class, value);
            case DECIMAL -> CodeBlock.of("$T.valueOf($N).toPlainString()", BigDecimal.class, value);
            case BOOLEAN -> CodeBlock.of("$T.$L.of($N)", RuntimeTypes.BOOLEAN_SPELLING, type.spelling().name(), value);
            case DURATION -> CodeBlock.of("$T.ofDuration($N, $T.$L)", RuntimeTypes.HEADER_VALUES, value,
                    RuntimeTypes.CHRONO_UNIT, chronoUnit());
            case TIMESTAMP -> CodeBlock.of("$T.toString($N.getEpochSecond())", Long.class, value);
            case EVENT_MASK -> CodeBlock.of("$N.wireValue()", value);
            case AUTH_TYPE -> CodeBlock.of("$T.ofAuthType($N)", RuntimeTypes.HEADER_VALUES, value);
            case ENUM -> CodeBlock.of("$N.wireValue()", value);
        };
    }

    /** One sentence for Javadoc on how the value reads, e.g. "A duration, sent in seconds."; empty for text. */
    String doc() {
        return switch (type.kind()) {
            case TEXT -> "";
            case INTEGER -> "A whole number.";
            case LONG -> "A whole number (64 bits).";
            case DECIMAL -> "A decimal number.";
            case BOOLEAN -> "Yes or no; sent as <code>" + spelled(true) + "</code>/<code>" + spelled(false)
                    + "</code>, read in any of Asterisk's spellings.";
            case DURATION -> "A duration, sent as a whole number of " + unitWord() + ".";
            case TIMESTAMP -> "A point in time, sent as seconds since the epoch; 0 (never) reads as empty.";
            case EVENT_MASK -> "An event mask, {@link io.amisdk.runtime.EventMask EventMask}: "
                    + "{@link io.amisdk.runtime.EventMask#ON ON}, {@link io.amisdk.runtime.EventMask#OFF OFF} or "
                    + "the event classes to receive ({@code EventMask.of(EventClass.CALL, EventClass.AGENT)}).";
            case AUTH_TYPE -> "The runtime's {@link io.amisdk.runtime.AuthType AuthType}: "
                    + "{@link io.amisdk.runtime.AuthType#MD5 MD5} or {@link io.amisdk.runtime.AuthType#PLAIN PLAIN}"
                    + " (sent as <code>MD5</code>, <code>plain</code>); {@code NONE} is no value of it and is refused.";
            case ENUM -> "One of the documented values, {@link " + enumType.canonicalName() + " "
                    + enumType.simpleName() + "}.";
        };
    }

    private String spelled(boolean value) {
        return switch (type.spelling()) {
            case TRUE_FALSE -> value ? "true" : "false";
            case YES_NO -> value ? "yes" : "no";
            case ONE_ZERO -> value ? "1" : "0";
            case ON_OFF -> value ? "on" : "off";
        };
    }

    private String chronoUnit() {
        return switch (type.unit()) {
            case SECONDS -> "SECONDS";
            case MILLISECONDS -> "MILLIS";
            case MICROSECONDS -> "MICROS";
        };
    }

    private String unitWord() {
        return switch (type.unit()) {
            case SECONDS -> "seconds";
            case MILLISECONDS -> "milliseconds";
            case MICROSECONDS -> "microseconds";
        };
    }
}
