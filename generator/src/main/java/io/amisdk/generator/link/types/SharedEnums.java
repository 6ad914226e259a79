package io.amisdk.generator.link.types;

import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.naming.NamingRules;
import io.amisdk.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the enums several headers share: every enum whose list of value names (in order) appears on two
 * headers or more becomes one {@link EnumDef}; a numbered placeholder header ({@code Action-000000}) takes no
 * part (its values are documented, but no accessor reads it). The name is {@link NamingStrategy#sharedEnumName}'s:
 * a rule of the naming data naming one of its headers, else the candidate below, a generic word never alone.
 * Candidate, deterministic and independent of input order:
 * <ol>
 *   <li>each occurrence proposes its header name without its snapshot prefix ({@code DestChannelStateDesc}
 *       proposes {@code ChannelStateDesc}); the most frequent proposal wins, ties to the alphabetically first;</li>
 *   <li>a trailing {@code Desc} is dropped: the header describes the state, the enum is the state
 *       ({@code ChannelStateDesc} gives {@code ChannelState}); so is a numbered placeholder's number
 *       ({@code Action-000000} gives {@code Action});</li>
 *   <li>when two groups want one name, the group with more occurrences keeps it (then the one whose values
 *       sort first), and each other group is prefixed with the longest run of leading words its owners' names
 *       share ({@code QueueMember…} gives {@code QueueMemberStatus}), else with its alphabetically first
 *       owner's name; a name still taken gets {@code 2}, {@code 3}, ….</li>
 * </ol>
 * The enum's values are those of its best-documented occurrence (most description text).
 */
final class SharedEnums {
    /** One enum-typed header: who owns it, the name it proposes, and the header. */
    record Occurrence(String owner, String proposedName, ParameterDef header) {
        List<String> valueNames() {
            return header.values().stream().map(EnumValue::name).toList();
        }
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile(".*-\\d+$");
    private SharedEnums() {
    }

    /** The shared enums of these occurrences, keyed by their list of value names. */
    static Map<List<String>, EnumDef> find(List<Occurrence> occurrences, NamingStrategy naming) {
        Map<List<String>, List<Occurrence>> groups = new HashMap<>();
        for (Occurrence o : occurrences) {
            if (PLACEHOLDER.matcher(o.header().name()).matches()) {
                continue;
            }
            groups.computeIfAbsent(o.valueNames(), k -> new ArrayList<>()).add(o);
        }
        List<Map.Entry<List<String>, List<Occurrence>>> shared = new ArrayList<>();
        for (Map.Entry<List<String>, List<Occurrence>> g : groups.entrySet()) {
            if (g.getValue().size() >= 2) {
                shared.add(g);
            }
        }
        Map<List<String>, String> candidates = new HashMap<>();
        Map<List<String>, Object> rules = new HashMap<>();
        for (Map.Entry<List<String>, List<Occurrence>> g : shared) {
            List<String[]> headers = g.getValue().stream().map(o -> new String[] {o.owner(), o.header().name()}).toList();
            NamingRules.HeaderRule rule = naming.sharedEnumRule(headers);
            if (rule != null) {
                rules.put(g.getKey(), rule);
            }
            candidates.put(g.getKey(), rule != null ? rule.name()
                    : naming.candidateName(candidate(g.getValue()), ownerPrefix(g.getValue())));
        }
        shared.sort(Comparator.<Map.Entry<List<String>, List<Occurrence>>, String>comparing(
                        g -> candidates.get(g.getKey()))
                .thenComparing(g -> -g.getValue().size())
                .thenComparing(g -> String.join("\u0000", g.getKey())));
        Set<String> taken = new HashSet<>();
        Map<List<String>, EnumDef> result = new LinkedHashMap<>();
        for (Map.Entry<List<String>, List<Occurrence>> g : shared) {
            String name = candidates.get(g.getKey());
            if (taken.contains(name) && naming.isUsers(rules.get(g.getKey()))) {
                // a name the user chose is theirs: a clash is theirs to settle, not ours to suffix
                naming.collision(rules.get(g.getKey()), "two shared enums would be named " + name + ": "
                        + g.getValue().get(0).owner() + "." + g.getValue().get(0).header().name() + "'s and another");
            }
            if (taken.contains(name)) {
                name = NamingStrategy.typeName(ownerPrefix(g.getValue())) + name;
            }
            String unique = name;
            for (int i = 2; taken.contains(unique); i++) {
                unique = name + i;
            }
            taken.add(unique);
            result.put(g.getKey(), new EnumDef(unique, bestValues(g.getValue())));
        }
        return result;
    }

    private static String candidate(List<Occurrence> group) {
        Map<String, Integer> counts = new TreeMap<>();
        group.forEach(o -> counts.merge(o.proposedName(), 1, Integer::sum));
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        best = best.replaceFirst("-\\d+$", "");
        if (best.endsWith("Desc") && best.length() > "Desc".length()) {
            best = best.substring(0, best.length() - "Desc".length());
        }
        return best;
    }

    private static String ownerPrefix(List<Occurrence> group) {
        List<String> owners = group.stream().map(Occurrence::owner).distinct().sorted().toList();
        List<String> common = words(owners.get(0));
        for (String owner : owners) {
            List<String> w = words(owner);
            int n = 0;
            while (n < common.size() && n < w.size() && common.get(n).equals(w.get(n))) {
                n++;
            }
            common = common.subList(0, n);
        }
        return common.isEmpty() ? owners.get(0) : String.join("", common);
    }

    /** A name's words: {@code QueueMemberAdded} is {@code Queue, Member, Added}. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= name.length(); i++) {
            if (i == name.length() || Character.isUpperCase(name.charAt(i))) {
                words.add(name.substring(start, i));
                start = i;
            }
        }
        return words;
    }

    private static List<EnumValue> bestValues(List<Occurrence> group) {
        List<EnumValue> best = group.get(0).header().values();
        int bestScore = -1;
        for (Occurrence o : group) {
            int score = 0;
            for (EnumValue v : o.header().values()) {
                score += v.description().plainText().length();
            }
            if (score > bestScore) {
                best = o.header().values();
                bestScore = score;
            }
        }
        return best;
    }
}
