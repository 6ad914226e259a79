package io.amisdk.generator.diff;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The differences between two models of the same AMI, e.g. one read from the XML and one from
 * the docs website: entries present on one side only, and for entries on both sides their
 * module, since, deprecation, list response, see-also, event class, and every parameter's
 * presence, order, required flag, default, multi-value flag and enum values, and in models of several lines
 * which lines have each (and where their required flag or type differs). Text (synopsis,
 * descriptions) is compared only when asked, with white space collapsed, because renderings
 * of the same docs legitimately differ in their markup.
 */
public final class ModelDiff {
    private final boolean compareText;

    /** A differ; {@code compareText} adds synopses and descriptions to what is compared. */
    public ModelDiff(boolean compareText) {
        this.compareText = compareText;
    }

    /**
     * One difference.
     *
     * @param subject what differs, e.g. {@code action Login parameter Username}
     * @param aspect  which property, e.g. {@code required}
     * @param left    its value in the first model
     * @param right   its value in the second model
     */
    public record Difference(String subject, String aspect, String left, String right) {
        @Override
        public String toString() {
            return subject + ": " + aspect + ": " + left + " | " + right;
        }
    }

    /** Every difference, actions first then events, each in name order, parameters in the first model's order. */
    public List<Difference> between(AmiModel left, AmiModel right) {
        List<Difference> out = new ArrayList<>();
        for (String name : union(names(left.actions(), ActionDef::name), names(right.actions(), ActionDef::name))) {
            String subject = "action " + name;
            ActionDef a = left.action(name);
            ActionDef b = right.action(name);
            if (a == null || b == null) {
                out.add(new Difference(subject, "present", String.valueOf(a != null), String.valueOf(b != null)));
                continue;
            }
            common(out, subject, a.module(), b.module(), a.since(), b.since(), a.deprecatedIn(), b.deprecatedIn(),
                    a.seeAlso(), b.seeAlso());
            compare(out, subject, "list response", describe(a.listResponse()), describe(b.listResponse()));
            compare(out, subject, "lines", a.lines().toString(), b.lines().toString());
            if (compareText) {
                compare(out, subject, "synopsis", squash(a.synopsis()), squash(b.synopsis()));
                compare(out, subject, "description", squash(a.description().plainText()),
                        squash(b.description().plainText()));
            }
            parameters(out, subject, "parameter", a.parameters(), b.parameters());
        }
        for (String name : union(names(left.events(), EventDef::name), names(right.events(), EventDef::name))) {
            String subject = "event " + name;
            EventDef a = exact(left.events(), name);
            EventDef b = exact(right.events(), name);
            if (a == null || b == null) {
                out.add(new Difference(subject, "present", String.valueOf(a != null), String.valueOf(b != null)));
                continue;
            }
            common(out, subject, a.module(), b.module(), a.since(), b.since(), a.deprecatedIn(), b.deprecatedIn(),
                    a.seeAlso(), b.seeAlso());
            compare(out, subject, "class", a.category(), b.category());
            compare(out, subject, "aliases", a.aliases().toString(), b.aliases().toString());
            compare(out, subject, "lines", a.lines().toString(), b.lines().toString());
            if (compareText) {
                compare(out, subject, "synopsis", squash(a.synopsis()), squash(b.synopsis()));
                compare(out, subject, "description", squash(a.description().plainText()),
                        squash(b.description().plainText()));
            }
            parameters(out, subject, "field", a.fields(), b.fields());
        }
        return out;
    }

    private void common(List<Difference> out, String subject, String moduleA, String moduleB, List<String> sinceA,
            List<String> sinceB, List<String> deprecatedA, List<String> deprecatedB, List<SeeAlso> seeA,
            List<SeeAlso> seeB) {
        compare(out, subject, "module", moduleA, moduleB);
        compare(out, subject, "since", sinceA.toString(), sinceB.toString());
        compare(out, subject, "deprecated in", deprecatedA.toString(), deprecatedB.toString());
        compare(out, subject, "see also", seeAlso(seeA), seeAlso(seeB));
    }

    private void parameters(List<Difference> out, String subject, String kind, List<ParameterDef> a,
            List<ParameterDef> b) {
        List<String> namesA = a.stream().map(ParameterDef::name).toList();
        List<String> namesB = b.stream().map(ParameterDef::name).toList();
        if (!namesA.equals(namesB)) {
            List<String> commonA = namesA.stream().filter(namesB::contains).toList();
            List<String> commonB = namesB.stream().filter(namesA::contains).toList();
            if (!commonA.equals(commonB)) {
                out.add(new Difference(subject, kind + " order", commonA.toString(), commonB.toString()));
            }
        }
        for (String name : union(namesA, namesB)) {
            String here = subject + " " + kind + " " + name;
            ParameterDef pa = find(a, name);
            ParameterDef pb = find(b, name);
            if (pa == null || pb == null) {
                out.add(new Difference(here, "present", String.valueOf(pa != null), String.valueOf(pb != null)));
                continue;
            }
            compare(out, here, "required", String.valueOf(pa.required()), String.valueOf(pb.required()));
            compare(out, here, "default", pa.defaultValue(), pb.defaultValue());
            compare(out, here, "multi-valued", String.valueOf(pa.multiValued()), String.valueOf(pb.multiValued()));
            compare(out, here, "values", values(pa), values(pb));
            compare(out, here, "lines", pa.lines().toString(), pb.lines().toString());
            compare(out, here, "variants", variants(pa), variants(pb));
            compare(out, here, "value lines", valueLines(pa), valueLines(pb));
            if (compareText) {
                compare(out, here, "description", squash(pa.description().plainText()),
                        squash(pb.description().plainText()));
            }
        }
    }

    private static void compare(List<Difference> out, String subject, String aspect, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new Difference(subject, aspect, String.valueOf(a), String.valueOf(b)));
        }
    }

    private static ParameterDef find(List<ParameterDef> list, String name) {
        return list.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static EventDef exact(List<EventDef> events, String name) {
        return events.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static <T> List<String> names(List<T> list, Function<T, String> name) {
        return list.stream().map(name).toList();
    }

    /** The names of the first list in its order, then those only in the second, in theirs. */
    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static String values(ParameterDef p) {
        return p.values().stream().map(EnumValue::name).toList().toString();
    }

    private static String variants(ParameterDef p) {
        return p.variants().stream().map(v -> v.lines() + (v.required() ? " required " : " optional ")
                + Changelog.describe(v.type())).toList().toString();
    }

    private static String valueLines(ParameterDef p) {
        return p.values().stream().filter(v -> !v.lines().isEmpty()).map(v -> v.name() + " " + v.lines()).toList()
                .toString();
    }

    private static String seeAlso(List<SeeAlso> refs) {
        return refs.stream().map(r -> r.type() + " " + r.target()).toList().toString();
    }

    private static String describe(ListResponse r) {
        return r == null ? "none" : r.itemEvents() + " then " + r.completionEvent();
    }

    private static String squash(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
