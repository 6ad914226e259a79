package io.amisdk.generator.link.types;

import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.BooleanSpelling;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule (a), the docs' structure: a header with an enum list is an enum, unless the list is one of Asterisk's
 * boolean pairs ({@code yes/no}, {@code true/false}, {@code 0/1}, {@code on/off}, in any case and order), which
 * makes it a boolean sent in that spelling. Two lists are the runtime's own types: {@code on/off/system,call,…}
 * is Asterisk's event mask, and an {@code AuthType} header's {@code plain}/{@code MD5} (Login's; Challenge's
 * {@code MD5} alone) is the runtime's {@code AuthType}, so a user's code has one {@code AuthType} to import. A list
 * whose names are syntax rather than values ({@code <name>}, {@code a|b}, {@code …}) types nothing.
 */
final class StructureRule {
    private static final Map<Set<String>, BooleanSpelling> BOOLEAN_PAIRS = Map.of(
            Set.of("yes", "no"), BooleanSpelling.YES_NO,
            Set.of("true", "false"), BooleanSpelling.TRUE_FALSE,
            Set.of("1", "0"), BooleanSpelling.ONE_ZERO,
            Set.of("on", "off"), BooleanSpelling.ON_OFF);

    private static final String AUTH_TYPE = "AuthType";
    private static final Set<String> AUTH_TYPES = Set.of("plain", "md5");

    private StructureRule() {
    }

    /** The type the enum list of the header of this name gives it, or null when it has none (or only syntax). */
    static HeaderType type(String name, List<EnumValue> values) {
        if (name.equalsIgnoreCase(AUTH_TYPE) && !values.isEmpty() && values.stream()
                .allMatch(v -> AUTH_TYPES.contains(v.name().strip().toLowerCase(Locale.ROOT)))) {
            return HeaderType.of(Kind.AUTH_TYPE, Rule.STRUCTURE, "enum list " + String.join("/", values.stream()
                    .map(EnumValue::name).toList()) + ": the runtime's AuthType");
        }
        return type(values);
    }

    /** The type the header's enum list gives it, or null when it has none (or only syntax). */
    static HeaderType type(List<EnumValue> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() == 2) {
            String a = values.get(0).name().strip().toLowerCase(Locale.ROOT);
            String b = values.get(1).name().strip().toLowerCase(Locale.ROOT);
            BooleanSpelling spelling = a.equals(b) ? null : BOOLEAN_PAIRS.get(Set.of(a, b));
            if (spelling != null) {
                return HeaderType.bool(spelling, Rule.STRUCTURE,
                        "enum list " + values.get(0).name() + "/" + values.get(1).name());
            }
        }
        if (values.size() == 3 && values.get(0).name().strip().equalsIgnoreCase("on")
                && values.get(1).name().strip().equalsIgnoreCase("off") && values.get(2).name().contains(",")) {
            return HeaderType.of(Kind.EVENT_MASK, Rule.STRUCTURE, "enum list on/off/" + values.get(2).name()
                    + ": Asterisk's event mask");
        }
        for (EnumValue v : values) {
            String n = v.name();
            if (n.contains("<") || n.contains("|") || n.contains("...") || n.contains("\u2026")) {
                return null;
            }
        }
        if (values.stream().noneMatch(EnumValue::isWireValue)) {
            return null; // only patterns and placeholders: text, its values listed in the Javadoc
        }
        return HeaderType.of(Kind.ENUM, Rule.STRUCTURE, "enum list of " + values.size() + " values");
    }
}
