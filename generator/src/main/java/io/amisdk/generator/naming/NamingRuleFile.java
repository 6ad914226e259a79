package io.amisdk.generator.naming;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.SourceVersion;

/**
 * A user's naming rules: a JSON file in the shape of the built-in {@code naming-rules.json} (without
 * {@code genericWords}), each rule remembered with its line so a rule that matches nothing, or conflicts, is
 * reported where it is written.
 *
 * <pre>{@code
 * {
 *   "acronyms": ["PJSIP"],
 *   "sharedEnums": [{"headers": ["QueueMember*.Status"], "name": "MemberDeviceState"}],
 *   "constants": [{"value": "2", "descriptionStartsWith": "AST_DEVICE_BUSY", "name": "BUSY"}],
 *   "members": [{"headers": ["CoreSettings.AMIversion"], "name": "managerVersion"}]
 * }
 * }</pre>
 */
public final class NamingRuleFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final NamingRules rules;
    private final Map<Object, Location> rulesAt;
    private final Map<String, Location> acronymsAt;

    private NamingRuleFile(NamingRules rules, Map<Object, Location> rulesAt, Map<String, Location> acronymsAt) {
        this.rules = rules;
        this.rulesAt = rulesAt;
        this.acronymsAt = acronymsAt;
    }

    /** No user rules. */
    public static NamingRuleFile none() {
        return new NamingRuleFile(NamingRules.none(), new IdentityHashMap<>(), Map.of());
    }

    /** The rules of these files, in order (a later file's rules come after an earlier's); problems are collected. */
    public static NamingRuleFile readAll(List<Path> files, Problems problems) {
        NamingRules all = NamingRules.none();
        Map<Object, Location> rulesAt = new IdentityHashMap<>();
        Map<String, Location> acronymsAt = new LinkedHashMap<>();
        for (Path file : files) {
            NamingRuleFile one = read(file, problems);
            all = new NamingRules(concat(all.acronyms(), one.rules.acronyms()), List.of(),
                    concat(all.sharedEnums(), one.rules.sharedEnums()), concat(all.constants(), one.rules.constants()),
                    concat(all.members(), one.rules.members()));
            rulesAt.putAll(one.rulesAt);
            one.acronymsAt.forEach(acronymsAt::putIfAbsent);
        }
        return new NamingRuleFile(all, rulesAt, acronymsAt);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The rules of one file; what cannot be read is a problem at its line, and that rule is left out. */
    public static NamingRuleFile read(Path file, Problems problems) {
        String source = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.at(Location.of(source)).add("cannot read the naming rules: %s", e.getMessage());
            return none();
        }
        return parse(source, text, problems);
    }

    /** The rules of this JSON text, {@code source} naming it in problems. */
    public static NamingRuleFile parse(String source, String text, Problems problems) {
        List<String> acronyms = new ArrayList<>();
        List<NamingRules.HeaderRule> sharedEnums = new ArrayList<>();
        List<NamingRules.ConstantRule> constants = new ArrayList<>();
        List<NamingRules.HeaderRule> members = new ArrayList<>();
        Map<Object, Location> rulesAt = new IdentityHashMap<>();
        Map<String, Location> acronymsAt = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.at(at(source, p)).add("naming rules are a JSON object");
                return none();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                Location fieldAt = at(source, p);
                p.nextToken();
                switch (field) {
                    case "acronyms" -> each(p, source, problems, (value, where) -> {
                        String acronym = value.asText();
                        if (!value.isTextual() || !acronym.matches("[A-Z][A-Z0-9]+")) {
                            problems.at(where).add("an acronym is two or more capitals (and digits): %s", value);
                        } else {
                            acronyms.add(acronym);
                            acronymsAt.putIfAbsent(acronym, where);
                        }
                    });
                    case "sharedEnums" -> each(p, source, problems, (value, where) -> {
                        NamingRules.HeaderRule rule = rule(value, NamingRules.HeaderRule.class, "shared enum", where,
                                problems);
                        if (rule != null && typeName(rule.name(), where, problems)) {
                            sharedEnums.add(rule);
                            rulesAt.put(rule, where);
                        }
                    });
                    case "constants" -> each(p, source, problems, (value, where) -> {
                        NamingRules.ConstantRule rule = rule(value, NamingRules.ConstantRule.class, "constant", where,
                                problems);
                        if (rule != null && javaName(rule.name(), where, problems)) {
                            constants.add(rule);
                            rulesAt.put(rule, where);
                        }
                    });
                    case "members" -> each(p, source, problems, (value, where) -> {
                        NamingRules.HeaderRule rule = rule(value, NamingRules.HeaderRule.class, "member", where,
                                problems);
                        if (rule != null && javaName(rule.name(), where, problems)) {
                            members.add(rule);
                            rulesAt.put(rule, where);
                        }
                    });
                    default -> {
                        problems.at(fieldAt).add("unknown naming rule list \"%s\" (acronyms, sharedEnums, constants,"
                                + " members)", field);
                        p.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            problems.at(new Location(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr())).add("%s", e.getOriginalMessage());
        } catch (IOException e) {
            problems.at(Location.of(source)).add("cannot read the naming rules: %s", e.getMessage());
        }
        return new NamingRuleFile(new NamingRules(acronyms, List.of(), sharedEnums, constants, members), rulesAt,
                acronymsAt);
    }

    private static void each(JsonParser p, String source, Problems problems,
            BiConsumer<com.fasterxml.jackson.databind.JsonNode, Location> rule) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.at(at(source, p)).add("\"%s\" is a JSON array", p.currentName());
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Location where = at(source, p);
            rule.accept(MAPPER.readTree(p), where);
        }
    }

    private static <T> T rule(com.fasterxml.jackson.databind.JsonNode value, Class<T> type, String kind, Location where,
            Problems problems) {
        List<String> needed = type == NamingRules.ConstantRule.class ? List.of("value", "name") : List.of("headers", "name");
        List<String> missing = needed.stream().filter(f -> value == null || !value.hasNonNull(f)).toList();
        if (!missing.isEmpty()) {
            problems.at(where).add("a %s rule needs %s; this one lacks %s", kind, String.join(" and ", needed),
                    String.join(" and ", missing));
            return null;
        }
        try {
            return MAPPER.treeToValue(value, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            problems.at(where).add("not a %s rule: %s", kind, message);
            return null;
        }
    }

    private static boolean typeName(String name, Location where, Problems problems) {
        if (!javaName(name, where, problems)) {
            return false;
        }
        if (!Character.isUpperCase(name.charAt(0))) {
            problems.at(where).add("a type's name starts with a capital: %s", name);
            return false;
        }
        return true;
    }

    private static boolean javaName(String name, Location where, Problems problems) {
        if (!SourceVersion.isName(name)) {
            problems.at(where).add("not a Java name: \"%s\"", name);
            return false;
        }
        return true;
    }

    private static Location at(String source, JsonParser p) {
        return new Location(source, p.currentTokenLocation().getLineNr(), 0);
    }

    /** The rules, in the order written. */
    public NamingRules rules() {
        return rules;
    }

    /** Where a rule of {@link #rules()} is written, or null for a rule not from a file. */
    Location where(Object rule) {
        return rulesAt.get(rule);
    }

    /** The acronyms and where each is written. */
    Map<String, Location> acronyms() {
        return acronymsAt;
    }

    /** Whether a rule came from this file (a user's), not the built-in rules. */
    boolean isUsers(Object rule) {
        return rulesAt.containsKey(rule);
    }
}
