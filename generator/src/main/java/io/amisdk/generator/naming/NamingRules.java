package io.amisdk.generator.naming;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The naming rules as data (the built-in ones are {@code naming-rules.json} beside this class): words read as
 * acronyms, words too generic to name a shared enum alone, the names of shared enums by the headers that use
 * them, and constant names for wire values whose docs give no usable name.
 *
 * @param acronyms     upper-case runs that are one word even when lower-case letters follow
 *                     ({@code AMIversion} → {@code ami}, {@code version})
 * @param genericWords names that never name a shared enum alone ({@code Status}); such a candidate gets the
 *                     leading words its owners share in front
 * @param sharedEnums  names of shared enums, by the headers ({@code Owner.Header}, {@code *} any run) that use them
 * @param constants    constant names of wire values, optionally only where the value's description starts so
 * @param members      accessor and setter names, by the headers ({@code Owner.Header}, {@code *} any run) they read
 */
public record NamingRules(List<String> acronyms, List<String> genericWords, List<HeaderRule> sharedEnums,
        List<ConstantRule> constants, List<HeaderRule> members) {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public NamingRules {
        acronyms = acronyms == null ? List.of() : List.copyOf(acronyms);
        genericWords = genericWords == null ? List.of() : List.copyOf(genericWords);
        sharedEnums = sharedEnums == null ? List.of() : List.copyOf(sharedEnums);
        constants = constants == null ? List.of() : List.copyOf(constants);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** No rules. */
    public static NamingRules none() {
        return new NamingRules(null, null, null, null, null);
    }

    /** These rules with {@code more} added: its acronyms and words too, its rules first, so they win. */
    public NamingRules plus(NamingRules more) {
        return new NamingRules(union(acronyms, more.acronyms), union(genericWords, more.genericWords),
                concat(more.sharedEnums, sharedEnums), concat(more.constants, constants), concat(more.members, members));
    }

    private static <T> List<T> concat(List<T> first, List<T> then) {
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static List<String> union(List<String> a, List<String> b) {
        return List.copyOf(new java.util.LinkedHashSet<>(concat(a, b)));
    }

    /** The rules amisdk ships. */
    public static NamingRules builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final NamingRules BUILT_IN = load();

        private static NamingRules load() {
            try (InputStream in = NamingRules.class.getResourceAsStream("naming-rules.json")) {
                return MAPPER.readValue(Objects.requireNonNull(in, "naming-rules.json"), NamingRules.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * A name given by headers: a shared enum's (any of its headers matching) or a member's (the header matching).
     *
     * @param headers the headers it names, each {@code Owner.Header} ({@code *} any run): {@code QueueMember*.Status},
     *                {@code CoreSettings.AMIversion}
     * @param name    the name, e.g. {@code DeviceState}, {@code managerVersion}
     */
    public record HeaderRule(List<String> headers, String name) {
        public HeaderRule {
            headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
            Objects.requireNonNull(name, "name");
        }

        /** Whether this rule names the header {@code owner.header}. */
        public boolean matches(String owner, String header) {
            return anyMatches(headers, owner, header);
        }
    }

    private static boolean anyMatches(List<String> patterns, String owner, String header) {
        String full = owner + "." + header;
        for (String pattern : patterns) {
            if (glob(pattern).matcher(full).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Compiled once per pattern: rules are matched against every header of an SDK. */
    private static final java.util.Map<String, Pattern> GLOBS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern glob(String pattern) {
        return GLOBS.computeIfAbsent(pattern, NamingRules::compile);
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * One wire value's constant name.
     *
     * @param value                 the wire value, exactly
     * @param descriptionStartsWith when set, only where the value's description starts with this text
     * @param name                  the constant's name
     */
    public record ConstantRule(String value, String descriptionStartsWith, String name) {
        public ConstantRule {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(name, "name");
        }

        boolean matches(String wireValue, String description) {
            if (!value.equals(wireValue)) {
                return false;
            }
            return descriptionStartsWith == null ? description.isEmpty() : description.startsWith(descriptionStartsWith);
        }
    }
}
