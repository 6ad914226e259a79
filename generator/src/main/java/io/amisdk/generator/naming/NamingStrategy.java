package io.amisdk.generator.naming;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.source.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns AMI names and documented values into Java words, from {@link NamingRules} (data).
 * {@code emit/JavaNames} allocates the SDK's names with it (uniqueness, keywords); {@code link/types/SharedEnums}
 * names the shared enums with it.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>Words</b>: an AMI name splits at every character that is not a letter or digit, then at every
 *   camel hump; an upper-case run followed by a lower-case letter gives its last capital to the next word
 *   ({@code URLHandler} → {@code URL}, {@code Handler}) unless the whole run is a listed acronym
 *   ({@code AMIversion} → {@code AMI}, {@code version}; {@code CoreCDRenabled} → {@code Core}, {@code CDR},
 *   {@code enabled}). Digits stay with the word before them ({@code MD5}).</li>
 *   <li><b>Members</b> read acronyms as words: the first word lower case, each other word capitalized with the
 *   rest lower case ({@code AMIversion} → {@code amiVersion}, {@code CallerIDNum} → {@code callerIdNum},
 *   {@code CoreHTTPenabled} → {@code coreHttpEnabled}).</li>
 *   <li><b>Enum constants</b> of a wire value that does not start with a letter take their name from the docs:
 *   a rule of {@link NamingRules#constants()}; the description's leading literal ({@code <literal>InUse</literal>
 *   - Related device(s) are in active calls} → {@code IN_USE}); a value's own parenthesized name
 *   ({@code 200(SR)} → {@code SR}); a description of at most four words ({@code Module not found} →
 *   {@code MODULE_NOT_FOUND}, {@code AST_DEVICE_NOT_INUSE} → {@code AST_DEVICE_NOT_INUSE}), the prefix every
 *   such identifier of the enum shares dropped ({@code AST_DEVICE_}). Only when none applies does the value
 *   become {@code VALUE_n} or {@code MINUS_n}.</li>
 *   <li><b>Shared enums</b> are named by a rule of {@link NamingRules#sharedEnums()} matching one of their
 *   headers; else by their headers' most frequent name; a generic word ({@link NamingRules#genericWords()})
 *   never stands alone and gets the words its owners share in front.</li>
 *   <li><b>A user's rules</b> ({@link NamingRuleFile}) come before the built-in ones and win. One generation uses one
 *   strategy, which remembers which of them named something: a user's rule that names nothing, two that give
 *   one name two values, and a name of theirs that collides are {@link #problems()}, each at the rule's line.</li>
 * </ul>
 */
public final class NamingStrategy {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");
    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    private static final Pattern OWN_NAME = Pattern.compile("^[-0-9./]+\\s*\\(([A-Za-z][A-Za-z0-9 _-]*)\\)$");
    private static final Pattern SHORT_NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*(?: [A-Za-z][A-Za-z0-9_]*){0,3}\\.?$");
    private static final NamingStrategy BUILT_IN = new NamingStrategy(NamingRules.builtIn());

    private final NamingRules rules;
    private final Set<String> acronyms;
    private final RuleUse use;

    public NamingStrategy(NamingRules rules) {
        this(rules, NamingRuleFile.none());
    }

    private NamingStrategy(NamingRules rules, NamingRuleFile user) {
        this.rules = rules;
        this.acronyms = new HashSet<>(rules.acronyms());
        this.use = new RuleUse(user);
    }

    /** The built-in rules with a user's before them; one strategy per generation, as it remembers what it used. */
    public static NamingStrategy withUserRules(NamingRuleFile user) {
        return new NamingStrategy(NamingRules.builtIn().plus(user.rules()), user);
    }

    /**
     * What the user's rules did wrong, by line: a rule or acronym that named nothing, two rules naming one thing
     * differently, a name of theirs that collides with another. Complete once the SDK is emitted.
     */
    public List<Problem> problems() {
        return use.problems();
    }

    /**
     * Reports a name a user's rule gave that collides with another name; the generator writes nothing then.
     *
     * @param rule   the rule, or null when no user's rule gave the name (then nothing is reported)
     * @param detail what collides, e.g. {@code "QueueMemberAdded.Penalty would be named queue, a name its type already has"}
     */
    public void collision(Object rule, String detail) {
        use.report(rule, detail);
    }

    /** Whether this rule is a user's. */
    public boolean isUsers(Object rule) {
        return use.isUsers(rule);
    }

    /** The strategy with amisdk's own rules. */
    public static NamingStrategy builtIn() {
        return BUILT_IN;
    }

    /** The rules this strategy applies. */
    public NamingRules rules() {
        return rules;
    }

    /** An AMI name's words, see the class rules: {@code AMIversion} → {@code AMI}, {@code version}. */
    public List<String> words(String amiName) {
        List<String> words = new ArrayList<>();
        for (String part : NOT_ALPHANUMERIC.split(amiName)) {
            int i = 0;
            int n = part.length();
            while (i < n) {
                char c = part.charAt(i);
                int end;
                if (Character.isUpperCase(c)) {
                    int run = i;
                    while (run < n && Character.isUpperCase(part.charAt(run))) {
                        run++;
                    }
                    if (run < n && Character.isLowerCase(part.charAt(run))) {
                        if (run - i > 1 && acronyms.contains(part.substring(i, run))) {
                            use.acronym(part.substring(i, run));
                            end = run;
                        } else {
                            int start = run - i > 1 ? run - 1 : run;
                            if (start > i && start != run) {
                                end = start;
                            } else {
                                end = lowerRun(part, run);
                            }
                        }
                    } else {
                        end = run;
                    }
                } else if (Character.isDigit(c)) {
                    end = i;
                    while (end < n && Character.isDigit(part.charAt(end))) {
                        end++;
                    }
                    end = lowerRun(part, end);
                } else {
                    end = lowerRun(part, i);
                }
                end = digitRun(part, end);
                words.add(part.substring(i, end));
                i = end;
            }
        }
        return words;
    }

    private static int lowerRun(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isLowerCase(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int digitRun(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The member-style name of an AMI name, before keyword and clash handling: {@code AMIversion} → {@code amiVersion}. */
    public String memberName(String amiName) {
        List<String> words = words(amiName);
        if (words.isEmpty()) {
            return "value";
        }
        StringBuilder sb = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        for (String word : words.subList(1, words.size())) {
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return Character.isDigit(sb.charAt(0)) ? "_" + sb : sb.toString();
    }

    /** The constant name of text before clash handling: {@code Dialing Offhook} → {@code DIALING_OFFHOOK}. */
    public String constantName(String text) {
        String trimmed = text.strip();
        boolean minus = trimmed.startsWith("-") && trimmed.length() > 1 && Character.isDigit(trimmed.charAt(1));
        String humps = CAMEL_HUMP.matcher(trimmed).replaceAll("$1_$2");
        String underscored = NOT_ALPHANUMERIC.matcher(humps).replaceAll("_");
        String name = EDGE_UNDERSCORES.matcher(underscored).replaceAll("").toUpperCase(Locale.ROOT);
        if (minus) {
            return "MINUS_" + name;
        }
        return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
    }

    /**
     * The constant names of an enum's wire values, in the same order, before clash handling; see the class
     * rules for values that do not start with a letter.
     */
    public List<String> constantNames(List<EnumValue> values) {
        List<String> names = new ArrayList<>(values.size());
        List<Integer> fromIdentifiers = new ArrayList<>();
        for (EnumValue value : values) {
            String wire = value.name().strip();
            if (!wire.isEmpty() && Character.isLetter(wire.charAt(0))) {
                names.add(constantName(wire));
                continue;
            }
            String description = value.description().plainText().strip();
            String named = fromRule(wire, description);
            if (named == null) {
                named = leadingLiteral(value.description());
            }
            if (named == null) {
                Matcher own = OWN_NAME.matcher(wire);
                if (own.matches()) {
                    named = constantName(own.group(1));
                }
            }
            if (named == null && !description.isEmpty() && SHORT_NAME.matcher(description).matches()) {
                named = constantName(description.endsWith(".") ? description.substring(0, description.length() - 1)
                        : description);
                if (named.contains("_") && description.equals(description.toUpperCase(Locale.ROOT))) {
                    fromIdentifiers.add(names.size());
                }
            }
            names.add(named != null ? named : constantName(wire));
        }
        dropSharedPrefix(names, fromIdentifiers);
        return names;
    }

    private String fromRule(String wire, String description) {
        NamingRules.ConstantRule rule = constantRule(wire, description);
        return rule == null ? null : rule.name();
    }

    /** The rule naming this wire value's constant, or null. */
    public NamingRules.ConstantRule constantRule(String wire, String description) {
        return use.first(rules.constants(), r -> r.matches(wire, description), NamingRules.ConstantRule::name,
                "the value " + wire);
    }

    /**
     * The rule naming the member of header {@code header} of {@code owner} (an action's, event's or shape's AMI
     * name), or null: then the member is {@link #memberName(String)}'s.
     */
    public NamingRules.HeaderRule memberRule(String owner, String header) {
        if (rules.members().isEmpty()) {
            return null;
        }
        return use.first(rules.members(), r -> r.matches(owner, header), NamingRules.HeaderRule::name,
                "the header " + owner + "." + header);
    }

    /** {@code <literal>InUse</literal> - Related device(s) …} gives {@code IN_USE}. */
    private String leadingLiteral(Doc description) {
        if (description.blocks().isEmpty() || !(description.blocks().get(0) instanceof Doc.Paragraph p)
                || p.inlines().size() < 2) {
            return null;
        }
        Doc.Inline first = p.inlines().get(0);
        Doc.Inline next = p.inlines().get(1);
        if (first.style() != Doc.Inline.Style.LITERAL || !next.text().stripLeading().startsWith("-")) {
            return null;
        }
        String literal = first.text().strip();
        return literal.isEmpty() || !Character.isLetter(literal.charAt(0)) ? null : constantName(literal);
    }

    /** {@code AST_DEVICE_UNKNOWN, AST_DEVICE_INUSE} become {@code UNKNOWN, INUSE}. */
    private static void dropSharedPrefix(List<String> names, List<Integer> indexes) {
        if (indexes.size() < 2) {
            return;
        }
        String prefix = names.get(indexes.get(0));
        for (int i : indexes) {
            String name = names.get(i);
            int n = 0;
            while (n < prefix.length() && n < name.length() && prefix.charAt(n) == name.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        int cut = prefix.lastIndexOf('_') + 1;
        if (cut == 0) {
            return;
        }
        for (int i : indexes) {
            String rest = names.get(i).substring(cut);
            if (rest.isEmpty() || Character.isDigit(rest.charAt(0))) {
                return;
            }
        }
        for (int i : indexes) {
            names.set(i, names.get(i).substring(cut));
        }
    }

    /**
     * A shared enum's name: the rule naming one of its headers, else the candidate (its headers' most frequent
     * name), a generic word prefixed with the words its owners share ({@code ownerPrefix}).
     *
     * @param headers     its headers, each {@code owner.header}'s two parts
     * @param candidate   the name its headers propose
     * @param ownerPrefix the leading words its owners share, or its first owner's name
     * @return the name, before clash handling
     */
    public String sharedEnumName(List<String[]> headers, String candidate, String ownerPrefix) {
        NamingRules.HeaderRule rule = sharedEnumRule(headers);
        return rule != null ? rule.name() : candidateName(candidate, ownerPrefix);
    }

    /** A shared enum's name when no rule names it: the candidate, a generic word prefixed with its owners' words. */
    public String candidateName(String candidate, String ownerPrefix) {
        return isGeneric(candidate) ? typeName(ownerPrefix) + candidate : candidate;
    }

    /** The rule naming the shared enum of these headers ({@code owner.header}'s two parts each), or null. */
    public NamingRules.HeaderRule sharedEnumRule(List<String[]> headers) {
        return use.first(rules.sharedEnums(), r -> headers.stream().anyMatch(h -> r.matches(h[0], h[1])),
                NamingRules.HeaderRule::name, "the shared enum of " + headers.get(0)[0] + "." + headers.get(0)[1]);
    }

    /** Whether a name is a bare generic word that never names a type alone. */
    public boolean isGeneric(String name) {
        return rules.genericWords().contains(name);
    }

    /** The class-style name of an AMI name, without suffix: {@code AOC-D} → {@code AOCD}. */
    public static String typeName(String amiName) {
        StringBuilder sb = new StringBuilder();
        for (String part : NOT_ALPHANUMERIC.split(amiName)) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        if (sb.length() == 0) {
            return "Unnamed";
        }
        return Character.isDigit(sb.charAt(0)) ? "Ami" + sb : sb.toString();
    }
}
