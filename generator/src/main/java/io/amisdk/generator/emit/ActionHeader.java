package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.runtime.Secrets;
import java.util.Locale;

/**
 * One action parameter as the emitted code treats it: its Java names, its value type, whether it
 * repeats or is secret. Decided once, used by the action and its builder. Values are held as the
 * string sent; the typed setter spells them, the typed accessor reads them back.
 *
 * @param def       the parameter
 * @param member    the builder method name (for a repeatable parameter, its singular adder)
 * @param plural    for a repeatable parameter, the field, accessor and bulk setter name; otherwise null
 * @param value     how the value is typed
 * @param enumType  the nested enum, or null
 * @param constants the nested enum's constants, or null
 * @param secret    whether its value is masked in toString ({@link Secrets#isSecret}, at generation time)
 * @param lines     in a model of several lines, the sentence saying which have it when not all its action's do;
 *                  otherwise empty
 */
record ActionHeader(ParameterDef def, String member, String plural, TypedValue value, ClassName enumType,
        JavaNames.EnumConstants constants, boolean secret, String lines) {

    /** The name of the field and accessor: {@code channel}, or {@code variables} for a repeatable one. */
    String field() {
        return plural != null ? plural : member;
    }

    /** The type of the field: {@code String}, or {@code List<String>} when the parameter repeats. */
    TypeName fieldType() {
        return def.multiValued() ? ParameterizedTypeName.get(RuntimeTypes.LIST, RuntimeTypes.STRING) : RuntimeTypes.STRING;
    }

    /** Whether the parameter takes {@code name=value} pairs (Originate's {@code Variable}), so gets a two-argument adder. */
    boolean takesKeyValue() {
        return def.multiValued() && def.name().toLowerCase(Locale.ROOT).endsWith("variable");
    }
}
