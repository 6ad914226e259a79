package io.amisdk.generator.naming;

import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a user's naming rules did in one generation: which named something, which two disagreed, which name of
 * theirs collided. Emitters render in parallel, so it is collected concurrently; rules are told apart by identity,
 * as two alike in two lists (or at two lines) are two rules.
 */
final class RuleUse {
    private final NamingRuleFile user;
    private final Set<Object> used = Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));
    private final Set<String> usedAcronyms = ConcurrentHashMap.newKeySet();
    private final Map<String, Problem> problems = new ConcurrentHashMap<>();

    RuleUse(NamingRuleFile user) {
        this.user = user;
    }

    /** The first of these rules that matches, marked used; a later user's rule matching with another name conflicts. */
    <R> R first(List<R> candidates, Predicate<R> matches, Function<R, String> name, String thing) {
        R chosen = null;
        for (R rule : candidates) {
            if (!matches.test(rule)) {
                continue;
            }
            if (chosen == null) {
                chosen = rule;
                used.add(rule);
            } else if (user.isUsers(rule) && !name.apply(rule).equals(name.apply(chosen))) {
                used.add(rule);
                String other = user.isUsers(chosen) ? " (the rule at " + user.where(chosen) + ")" : "";
                report(rule, thing + " is named " + name.apply(chosen) + other + ", and by this rule " + name.apply(rule));
            }
        }
        return chosen;
    }

    /** An acronym that changed how a name splits. */
    void acronym(String acronym) {
        usedAcronyms.add(acronym);
    }

    /** Whether this rule is a user's. */
    boolean isUsers(Object rule) {
        return rule != null && user.isUsers(rule);
    }

    /** A problem at a user's rule's line; nothing for a built-in rule or none. */
    void report(Object rule, String detail) {
        if (isUsers(rule)) {
            Location at = user.where(rule);
            problems.putIfAbsent(at + detail, new Problem(at, null, detail));
        }
    }

    /** Every problem, by file and line: those reported, and each user's rule or acronym that named nothing. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems.values());
        unused(all, user.rules().sharedEnums(), "names no shared enum of this SDK");
        unused(all, user.rules().constants(), "names no enum value of this SDK");
        unused(all, user.rules().members(), "names no header of this SDK");
        for (Map.Entry<String, Location> acronym : user.acronyms().entrySet()) {
            if (!usedAcronyms.contains(acronym.getKey())) {
                all.add(new Problem(acronym.getValue(), null, "the acronym " + acronym.getKey()
                        + " changes no name of this SDK"));
            }
        }
        all.sort(Comparator.comparing((Problem p) -> p.location().source()).thenComparingInt(p -> p.location().line())
                .thenComparing(Problem::message));
        return all;
    }

    private void unused(List<Problem> all, List<?> userRules, String what) {
        for (Object rule : userRules) {
            if (!used.contains(rule)) {
                all.add(new Problem(user.where(rule), null, "this rule " + what));
            }
        }
    }
}
