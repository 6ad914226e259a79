package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;

/**
 * One header as a generated type reads it: its Java member name, how its value is typed, and the
 * nested enum it needs (when its values are its own, not a shared enum's).
 *
 * @param def        the header
 * @param member     the accessor's name
 * @param value      how the value is typed
 * @param nestedEnum the enum to nest in the owner, or null
 * @param constants  that enum's constants, or null
 */
record HeaderMember(ParameterDef def, String member, TypedValue value, ClassName nestedEnum,
        JavaNames.EnumConstants constants) {

    /**
     * The member for a header of {@code owner}: a shared enum is looked up by name, an own enum nests in
     * the owner under a name from {@code members}.
     */
    static HeaderMember of(ParameterDef def, String member, ClassName owner, JavaNames names,
            JavaNames.Members members) {
        HeaderType type = def.type();
        if (def.multiValued() || type.kind() != HeaderType.Kind.ENUM) {
            return new HeaderMember(def, member, TypedValue.of(def.multiValued() ? HeaderType.TEXT : type, null),
                    null, null);
        }
        if (type.sharedEnum() != null) {
            // every shared enum of the model is emitted (the linker keeps only those with a wire value)
            ClassName shared = names.sharedType(type.sharedEnum());
            return new HeaderMember(def, member, TypedValue.of(type, shared), null, null);
        }
        // an enum header has a wire value at least (the linker's TypeInvariants): its own enum has constants
        JavaNames.EnumConstants constants = names.enumConstants(def.values());
        ClassName nested = owner.nestedClass(members.nestedType(def.name()));
        return new HeaderMember(def, member, TypedValue.of(type, nested), nested, constants);
    }

    /** The header's wire name. */
    String header() {
        return def.name();
    }
}
