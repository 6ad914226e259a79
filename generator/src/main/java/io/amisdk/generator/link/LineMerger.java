package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderVariant;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Merges the models of several Asterisk lines into one: every action, event, parameter, field and enum
 * value any line has is kept, and says which lines have it ({@code lines()}); a header whose required
 * flag or type differs between lines lists its {@link HeaderVariant}s. Where lines differ, the newest line
 * that has an entry gives its text, its order and its other properties; headers and values only older lines
 * have are placed after their neighbour in those lines. Headers are matched ignoring case (as Asterisk reads
 * them; the newest spelling is kept), actions and events by their exact names. One model alone is returned
 * as it is, so one line's docs give today's SDK unchanged.
 */
public final class LineMerger {
    private LineMerger() {
    }

    /**
     * The one model of these lines' models.
     *
     * @param models each with its {@link AmiModel#asteriskLine()} set; in any order
     * @throws IllegalArgumentException when a model has no line, a line is not a line label, or two models
     *                                  have the same line
     */
    public static AmiModel merge(List<AmiModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no models to merge");
        }
        if (models.size() == 1) {
            return models.get(0);
        }
        checkLines(models.stream().map(AmiModel::asteriskLine).toList());
        Map<String, AmiModel> byLine = new TreeMap<>(AsteriskLine.ORDER);
        models.forEach(m -> byLine.put(m.asteriskLine(), m));
        List<String> lines = List.copyOf(byLine.keySet());
        List<ActionDef> actions = entries(byLine, AmiModel::actions, ActionDef::name, LineMerger::action);
        List<EventDef> events = entries(byLine, AmiModel::events, EventDef::name, LineMerger::event);
        AmiModel newest = byLine.get(lines.get(lines.size() - 1));
        List<EnumDef> enums = newestByName(byLine, AmiModel::enums, EnumDef::name);
        List<ShapeDef> shapes = newestByName(byLine, AmiModel::shapes, ShapeDef::name);
        String source = String.join(", ", byLine.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().source())
                .toList());
        return new AmiModel(source, newest.asteriskLine(), actions, events, enums, shapes, lines);
    }

    /**
     * Checks the lines of the models to merge: each given, each a line label, none twice.
     *
     * @throws IllegalArgumentException naming the first that is not
     */
    public static void checkLines(List<String> lines) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : lines) {
            if (line == null) {
                throw new IllegalArgumentException("each docs source needs its Asterisk line to be merged with others");
            }
            AsteriskLine.check(line);
            if (!seen.add(line)) {
                throw new IllegalArgumentException("Asterisk line " + line + " is given twice");
            }
        }
    }

    /**
     * {@code after} (a merged model something was merged into, e.g. the built-in supplement) with the lines of
     * its actions and events as {@code before} had them, where {@code after} lost them. Entries only {@code after}
     * has keep their empty lines (every line of the model, see {@link AmiModel#linesOf}).
     */
    public static AmiModel keepLines(AmiModel before, AmiModel after) {
        if (!before.isMultiLine()) {
            return after;
        }
        List<ActionDef> actions = after.actions().stream().map(a -> {
            ActionDef was = before.action(a.name());
            return was != null && a.lines().isEmpty() ? a.withLines(was.lines()) : a;
        }).toList();
        List<EventDef> events = after.events().stream().map(e -> {
            EventDef was = before.events().stream().filter(b -> b.name().equals(e.name())).findFirst().orElse(null);
            return was != null && e.lines().isEmpty() ? e.withLines(was.lines()) : e;
        }).toList();
        AmiModel kept = after.with(actions, events);
        return new AmiModel(kept.source(), kept.asteriskLine(), kept.actions(), kept.events(), kept.enums(),
                kept.shapes(), before.lines());
    }

    /** One line's definition of something. */
    private record InLine<T>(String line, T def) {
    }

    private interface EntryMerge<T> {
        T merge(List<InLine<T>> defs, List<String> lines);
    }

    private static <T> List<T> entries(Map<String, AmiModel> byLine, Function<AmiModel, List<T>> list,
            Function<T, String> name, EntryMerge<T> merge) {
        Map<String, List<InLine<T>>> byName = new TreeMap<>();
        byLine.forEach((line, model) -> {
            for (T def : list.apply(model)) {
                byName.computeIfAbsent(name.apply(def), k -> new ArrayList<>()).add(new InLine<>(line, def));
            }
        });
        List<T> out = new ArrayList<>(byName.size());
        for (List<InLine<T>> defs : byName.values()) {
            out.add(merge.merge(defs, defs.stream().map(InLine::line).toList()));
        }
        return out;
    }

    private static ActionDef action(List<InLine<ActionDef>> defs, List<String> lines) {
        ActionDef newest = defs.get(defs.size() - 1).def();
        List<InLine<List<ParameterDef>>> parameters = defs.stream()
                .map(d -> new InLine<>(d.line(), d.def().parameters())).toList();
        return newest.withParameters(headers(parameters)).withLines(lines);
    }

    private static EventDef event(List<InLine<EventDef>> defs, List<String> lines) {
        EventDef newest = defs.get(defs.size() - 1).def();
        List<InLine<List<ParameterDef>>> fields = defs.stream()
                .map(d -> new InLine<>(d.line(), d.def().fields())).toList();
        LinkedHashSet<String> aliases = new LinkedHashSet<>(newest.aliases());
        defs.forEach(d -> aliases.addAll(d.def().aliases()));
        return newest.withFields(headers(fields)).withAliases(List.copyOf(aliases)).withLines(lines)
                .withOutcome(defs.stream().anyMatch(d -> d.def().outcome()));
    }

    /** The union of each line's headers, each knowing its lines, values and variants. */
    static List<ParameterDef> headers(List<InLine<List<ParameterDef>>> perLine) {
        List<List<String>> orders = new ArrayList<>();
        Map<String, List<InLine<ParameterDef>>> byKey = new LinkedHashMap<>();
        for (InLine<List<ParameterDef>> line : perLine) {
            List<String> order = new ArrayList<>();
            for (ParameterDef p : line.def()) {
                String key = key(p.name());
                List<InLine<ParameterDef>> seen = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (seen.isEmpty() || !seen.get(seen.size() - 1).line().equals(line.line())) {
                    seen.add(new InLine<>(line.line(), p));
                    order.add(key);
                }
            }
            orders.add(order);
        }
        List<ParameterDef> out = new ArrayList<>();
        for (String key : mergedOrder(orders)) {
            out.add(header(byKey.get(key)));
        }
        return out;
    }

    private static ParameterDef header(List<InLine<ParameterDef>> defs) {
        ParameterDef newest = defs.get(defs.size() - 1).def();
        List<String> lines = defs.stream().map(InLine::line).toList();
        return newest.withValues(values(defs)).withLines(lines, variants(defs));
    }

    private static List<EnumValue> values(List<InLine<ParameterDef>> defs) {
        List<List<String>> orders = new ArrayList<>();
        Map<String, List<InLine<EnumValue>>> byName = new LinkedHashMap<>();
        for (InLine<ParameterDef> d : defs) {
            List<String> order = new ArrayList<>();
            for (EnumValue v : d.def().values()) {
                List<InLine<EnumValue>> seen = byName.computeIfAbsent(v.name(), k -> new ArrayList<>());
                if (seen.isEmpty() || !seen.get(seen.size() - 1).line().equals(d.line())) {
                    seen.add(new InLine<>(d.line(), v));
                    order.add(v.name());
                }
            }
            orders.add(order);
        }
        List<EnumValue> out = new ArrayList<>();
        for (String name : mergedOrder(orders)) {
            List<InLine<EnumValue>> in = byName.get(name);
            out.add(in.get(in.size() - 1).def().withLines(in.stream().map(InLine::line).toList()));
        }
        return out;
    }

    /** The distinct (required, type) pairs of a header over its lines, or none when all lines agree. */
    private static List<HeaderVariant> variants(List<InLine<ParameterDef>> defs) {
        Map<String, List<String>> linesByVariant = new LinkedHashMap<>();
        Map<String, ParameterDef> defByVariant = new LinkedHashMap<>();
        for (InLine<ParameterDef> d : defs) {
            String variant = d.def().required() + " " + typeKey(d.def().type());
            linesByVariant.computeIfAbsent(variant, k -> new ArrayList<>()).add(d.line());
            defByVariant.put(variant, d.def());
        }
        if (linesByVariant.size() < 2) {
            return List.of();
        }
        List<HeaderVariant> out = new ArrayList<>();
        linesByVariant.forEach((variant, lines) -> {
            ParameterDef p = defByVariant.get(variant);
            out.add(new HeaderVariant(lines, p.required(), p.type()));
        });
        return out;
    }

    /** What makes two types the same type: not the rule or the reason that gave it. */
    private static String typeKey(HeaderType t) {
        return t.kind() + "/" + t.unit() + "/" + t.spelling() + "/" + t.sharedEnum();
    }

    /**
     * One order over several lines' orders, oldest line first in {@code orders}: the newest line's order,
     * then each older line's names it lacks, newest first, placed after the name they follow in that line
     * (or first when they lead it).
     */
    static List<String> mergedOrder(List<List<String>> orders) {
        List<String> out = new ArrayList<>(orders.get(orders.size() - 1));
        for (int i = orders.size() - 2; i >= 0; i--) {
            String previous = null;
            for (String name : orders.get(i)) {
                if (!out.contains(name)) {
                    int at = previous == null ? 0 : out.indexOf(previous) + 1;
                    out.add(at, name);
                }
                previous = name;
            }
        }
        return out;
    }

    private static <T> List<T> newestByName(Map<String, AmiModel> byLine, Function<AmiModel, List<T>> list,
            Function<T, String> name) {
        Map<String, T> out = new TreeMap<>();
        byLine.values().forEach(m -> list.apply(m).forEach(d -> out.put(name.apply(d), d)));
        return List.copyOf(out.values());
    }

    private static String key(String headerName) {
        return Objects.requireNonNull(headerName).toLowerCase(Locale.ROOT);
    }
}
