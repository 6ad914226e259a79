package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.amisdk.generator.model.ParameterDef;

/**
 * One action parameter as the emitted code treats it: its Java names, its value type, whether it
 * repeats or is secret (as the model says). Decided once, used by the action and its builder. Every value is held as the
 * string sent; a typed parameter's value set through its typed setter is kept as well, as given, so its
 * typed accessor returns exactly that, and its raw accessor ({@code priorityAsString()}) the string sent.
 *
 * @param def       the parameter
 * @param member    the builder method name (for a repeatable parameter, its singular adder)
 * @param plural    for a repeatable parameter, the field, accessor and bulk setter name; otherwise null
 * @param raw       for a typed parameter, the name of its raw accessor and of the field holding the string sent
 *                  ({@code priorityAsString}); null for text and repeatable ones, whose field is that string
 * @param value     how the value is typed
 * @param enumType  the nested enum, or null
 * @param constants the nested enum's constants, or null
 * @param lines     in a model of several lines, the sentence saying which have it when not all its action's do;
 *                  otherwise empty
 */
record ActionHeader(ParameterDef def, String member, String plural, String raw, TypedValue value, ClassName enumType,
        JavaNames.EnumConstants constants, String lines) {

    /** The name of the field and accessor: {@code channel}, or {@code variables} for a repeatable one. */
    String field() {
        return plural != null ? plural : member;
    }

    /** Whether the parameter keeps a typed value beside the string sent: it has a typed setter and a raw accessor. */
    boolean typed() {
        return raw != null;
    }

    /** The field holding what is sent: {@link #raw()} for a typed parameter, otherwise {@link #field()}. */
    String wireField() {
        return raw != null ? raw : field();
    }

    /**
     * The type of the field holding what is sent: {@code String}, or {@code List<String>} when the parameter
     * repeats. A typed parameter's {@link #field()} holds its typed value, of {@code value().storedType()}.
     */
    TypeName fieldType() {
        return def.multiValued() ? ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING) : RuntimeTypes.STRING;
    }

    /** Whether its value is masked in toString: the model says it is a secret ({@link ParameterDef#secret()}). */
    boolean secret() {
        return def.secret();
    }
}
