package io.amisdk.generator.source.ami;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ListResponse;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain text Asterisk's CLI prints for {@code manager show command <name>} and
 * {@code manager show event <name>}: an {@code -= Info about Manager Command 'X' =-} header, then
 * sections {@code [Synopsis]}, {@code [Provided By]}, {@code [Since]}, {@code [Description]},
 * {@code [Syntax]} ({@code [Name:] <value>} optional, {@code Name: <value>} required),
 * {@code [Arguments]} (a name at the margin, its text indented; enum values as {@code name - text} or
 * bare names), {@code [See Also]}, and for a command its {@code [List Responses]} and
 * {@code [Final Response]}, each the text of the events it names. Text is wrapped at 80 columns by
 * Asterisk; wrapped lines are joined. What does not fit this layout is a problem at the command
 * that printed it.
 */
final class ManagerText {
    private static final Pattern INFO = Pattern.compile("\\s*-= Info about Manager (Command|Event) '(.+)' =-\\s*");
    private static final Pattern SECTION = Pattern.compile("\\[(Synopsis|Provided By|Since|Description|Syntax|Arguments"
            + "|Privilege|See Also|List Responses|End List Responses|Final Response|End Final Response)]");
    private static final Pattern SYNTAX_HEADER = Pattern.compile("(\\[)?([A-Za-z0-9_()\\-.]+):(])? <value>");
    /** The column Asterisk's CLI text is wrapped at. */
    private static final int WRAP = 79;
    private static final String NOT_AVAILABLE = "Not available";
    private final Problems problems;

    ManagerText(Problems problems) {
        this.problems = problems;
    }

    /** One entry's text: its kind and name, and its sections' lines. */
    record Entry(String kind, String name, Map<String, List<String>> sections) {
        List<String> section(String title) {
            return sections.getOrDefault(title, List.of());
        }
    }

    /**
     * What {@code manager show command} prints for one action.
     *
     * @param action   the action
     * @param embedded the events its {@code [List Responses]} and {@code [Final Response]} describe
     */
    record CommandDocs(ActionDef action, List<EventDef> embedded) {
    }

    /** The action {@code name} from its {@code manager show command} output, or null when it has none. */
    CommandDocs action(String name, List<String> lines, Location where) {
        String subject = "manager " + name;
        List<String> own = new ArrayList<>();
        List<String> list = new ArrayList<>();
        List<String> fin = new ArrayList<>();
        List<String> into = own;
        for (String line : lines) {
            String t = line.strip();
            switch (t) {
                case "[List Responses]" -> into = list;
                case "[Final Response]" -> into = fin;
                case "[End List Responses]", "[End Final Response]" -> into = own;
                default -> into.add(line);
            }
        }
        List<Entry> entries = entries(own, where, subject);
        if (entries.size() != 1 || !entries.get(0).kind().equals("Command") || !entries.get(0).name().equals(name)) {
            problems.at(where, subject).add("expected one 'Info about Manager Command '%s'' block, found %s", name,
                    entries.stream().map(e -> e.kind() + " " + e.name()).toList());
            return null;
        }
        Entry e = entries.get(0);
        List<ParameterDef> parameters = headers(e, where, subject);
        List<Entry> itemEntries = entries(list, where, subject);
        List<Entry> completionEntries = entries(fin, where, subject);
        List<String> items = itemEntries.stream().map(Entry::name).distinct().toList();
        List<String> completion = completionEntries.stream().map(Entry::name).distinct().toList();
        List<EventDef> embedded = new ArrayList<>();
        for (Entry event : itemEntries) {
            embedded.add(event(event, where, "managerEvent " + event.name()));
        }
        for (Entry event : completionEntries) {
            embedded.add(event(event, where, "managerEvent " + event.name()));
        }
        ListResponse listResponse = items.isEmpty() && completion.isEmpty() ? null
                : new ListResponse(items, completion.isEmpty() ? null : completion.get(0));
        return new CommandDocs(ActionDef.of(name, synopsis(e), description(e), parameters, listResponse, seeAlso(e),
                since(e), List.of(), module(e)), embedded);
    }

    private EventDef event(Entry e, Location where, String subject) {
        return EventDef.of(e.name(), synopsis(e), description(e), null, headers(e, where, subject), seeAlso(e),
                since(e), List.of(), module(e), List.of());
    }

    /** Every instance of the event {@code name} in its {@code manager show event} output. */
    List<EventDef> events(String name, List<String> lines, Location where) {
        String subject = "managerEvent " + name;
        List<EventDef> out = new ArrayList<>();
        for (Entry e : entries(lines, where, subject)) {
            if (!e.kind().equals("Event") || !e.name().equals(name)) {
                problems.at(where, subject).add("unexpected block 'Info about Manager %s '%s''", e.kind(), e.name());
                continue;
            }
            out.add(event(e, where, subject));
        }
        if (out.isEmpty()) {
            problems.at(where, subject).add("no 'Info about Manager Event '%s'' block", name);
        }
        return out;
    }

    /** The event names of {@code manager show events}: a table of names after an {@code Events:} line. */
    List<String> eventNames(List<String> lines, Location where) {
        List<String> names = new ArrayList<>();
        Integer registered = null;
        Matcher count = Pattern.compile("(\\d+) events registered\\.").matcher("");
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || t.equals("Events:") || t.chars().allMatch(c -> c == '-' || c == ' ')) {
                continue;
            }
            if (count.reset(t).matches()) {
                registered = Integer.valueOf(count.group(1));
                continue;
            }
            for (String name : t.split("\\s+")) {
                names.add(name);
            }
        }
        if (registered == null) {
            problems.at(where).add("no 'N events registered.' line; the event list may be cut short");
        } else if (registered != names.size()) {
            problems.at(where).add("%d events registered, %d names listed", registered, names.size());
        }
        return names;
    }

    List<Entry> entries(List<String> lines, Location where, String subject) {
        List<Entry> out = new ArrayList<>();
        String kind = null;
        String name = null;
        Map<String, List<String>> sections = null;
        List<String> current = null;
        for (String line : lines) {
            Matcher info = INFO.matcher(line);
            if (info.matches()) {
                if (kind != null) {
                    out.add(new Entry(kind, name, sections));
                }
                kind = info.group(1);
                name = info.group(2);
                sections = new LinkedHashMap<>();
                current = null;
                continue;
            }
            if (sections == null) {
                // "None" fills an empty [List Responses] or [Final Response]
                if (!line.isBlank() && !line.startsWith("Event: ") && !line.strip().equals("None")) {
                    problems.at(where, subject).add("text before the first 'Info about' block: %s", line.strip());
                }
                continue;
            }
            Matcher section = SECTION.matcher(line.strip());
            if (section.matches() && !line.startsWith(" ")) {
                current = sections.computeIfAbsent(section.group(1), k -> new ArrayList<>());
                continue;
            }
            if (current == null) {
                if (!line.isBlank()) {
                    problems.at(where, subject).add("text outside a [section]: %s", line.strip());
                }
                continue;
            }
            current.add(line);
        }
        if (kind != null) {
            out.add(new Entry(kind, name, sections));
        }
        return out;
    }

    private static String synopsis(Entry e) {
        return joined(e.section("Synopsis"));
    }

    private static String module(Entry e) {
        String m = joined(e.section("Provided By"));
        return m.isEmpty() ? null : m;
    }

    private static List<String> since(Entry e) {
        String s = joined(e.section("Since"));
        if (s.isEmpty() || s.equals(NOT_AVAILABLE)) {
            return List.of();
        }
        return List.of(s.split("\\s*,\\s*"));
    }

    private static List<SeeAlso> seeAlso(Entry e) {
        String s = joined(e.section("See Also"));
        if (s.isEmpty() || s.equals(NOT_AVAILABLE)) {
            return List.of();
        }
        List<SeeAlso> out = new ArrayList<>();
        for (String target : s.split("\\s*,\\s*")) {
            // the text does not say what a name is; the linker tells actions from events (SeeAlsoTargets)
            out.add(target.endsWith("()") ? new SeeAlso("application", target.substring(0, target.length() - 2))
                    : new SeeAlso(SeeAlso.UNKNOWN, target));
        }
        return out;
    }

    private static Doc description(Entry e) {
        List<String> lines = withoutTrailingEvent(e.section("Description"));
        String text = joined(lines);
        if (text.isEmpty() || text.equals(NOT_AVAILABLE)) {
            return Doc.EMPTY;
        }
        return paragraphs(lines);
    }

    /** The headers of the Syntax block, in order, each with its Arguments text. */
    private List<ParameterDef> headers(Entry e, Location where, String subject) {
        List<String> syntax = withoutTrailingEvent(e.section("Syntax"));
        Map<String, List<String>> arguments = arguments(withoutTrailingEvent(e.section("Arguments")));
        List<ParameterDef> out = new ArrayList<>();
        boolean first = true;
        for (String line : syntax) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals(NOT_AVAILABLE)) {
                continue;
            }
            if (first && (t.startsWith("Action: ") || t.startsWith("Event: "))) {
                first = false;
                continue;
            }
            first = false;
            Matcher m = SYNTAX_HEADER.matcher(t);
            if (!m.matches() || (m.group(1) == null) != (m.group(3) == null)) {
                problems.at(where, subject).add("Syntax line not read: %s", t);
                continue;
            }
            boolean optional = m.group(1) != null;
            String name = m.group(2);
            List<String> text = arguments.getOrDefault(name, List.of());
            out.add(header(name, !optional && e.kind().equals("Command"), text));
        }
        return out;
    }

    /**
     * One header: its prose, then its enum values, each {@code name - text} (text wrapped onto the lines below)
     * or a bare name ({@code S}, {@code Dialing Offhook} among other bare names); prose after the values joins
     * the last value's text, as the wrapping leaves no way to tell them apart.
     */
    private static ParameterDef header(String name, boolean required, List<String> text) {
        List<String> prose = new ArrayList<>();
        List<String[]> values = new ArrayList<>();
        // per value, the lines indented below it (a nested list of its own options): not its own text
        List<List<String>> nestedLines = new ArrayList<>();
        boolean lastHasText = false;
        String previous = null;
        int base = text.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min()
                .orElse(0);
        for (String raw : text) {
            String line = raw.strip();
            if (line.isEmpty()) {
                previous = null;
                continue;
            }
            // Asterisk wraps at 79 columns: a line whose first word would have fit on the line before continues it
            // (a line that ends a sentence or introduces a list ends there, whatever follows)
            boolean continues = previous != null && !previous.endsWith(".") && !previous.endsWith(":")
                    && previous.length() + 1 + line.split(" ")[0].length() > WRAP;
            previous = raw.stripTrailing();
            // nested lists (a value's own options, a technology's notes) are indented deeper: text, not values
            boolean nested = raw.length() - raw.stripLeading().length() > base;
            String[] value = nested ? null : valueLine(line);
            if (value != null) {
                // [2]: the value's own text, without what nested lists add to it below
                values.add(new String[] {value[0], value[1], value[1]});
                nestedLines.add(new ArrayList<>());
                lastHasText = true;
            } else if (!nested && !continues && bareValue(line, !values.isEmpty())) {
                values.add(new String[] {line, "", ""});
                nestedLines.add(new ArrayList<>());
                lastHasText = false;
            } else if (!values.isEmpty() && lastHasText) {
                String[] last = values.get(values.size() - 1);
                last[1] = (last[1] + " " + line).strip();
                if (nested) {
                    nestedLines.get(values.size() - 1).add(raw);
                } else {
                    // text at the value's own depth after a nested list: all of it is the value's own text
                    last[2] = last[1];
                    nestedLines.get(values.size() - 1).clear();
                }
            } else {
                prose.add(line);
            }
        }
        List<EnumValue> enumValues = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String[] v = values.get(i);
            enumValues.add(new EnumValue(v[0], nestedLines.get(i).isEmpty()
                    ? v[1].isEmpty() ? Doc.EMPTY : Doc.ofText(v[1]) : valueDoc(v[2], nestedLines.get(i))));
        }
        Doc description = prose.isEmpty() ? Doc.EMPTY : Doc.ofText(String.join(" ", prose));
        // the text has no markup for a default or a repeatable header: its "(default)" and "multiple X:" prose
        // is the linker's to read
        return ParameterDef.of(name, required, description, enumValues, null, false);
    }

    /**
     * A value's text: its own paragraph, then what is indented below it, a nested list ({@code <match_method>}'s
     * {@code regex - … (default)}, {@code exact - …}) whose lead-in ("One of the following:") is a paragraph and
     * whose {@code name - text} lines are its entries, so that a nested entry's "(default)" is not the value's.
     */
    private static Doc valueDoc(String own, List<String> nested) {
        int indent = nested.stream().filter(l -> valueLine(l.strip()) != null)
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(Integer.MAX_VALUE);
        List<String> lead = new ArrayList<>();
        List<String[]> entries = new ArrayList<>();
        for (String raw : nested) {
            String line = raw.strip();
            String[] entry = raw.length() - raw.stripLeading().length() == indent ? valueLine(line) : null;
            if (entry != null) {
                entries.add(new String[] {entry[0], entry[1]});
            } else if (entries.isEmpty()) {
                lead.add(line);
            } else {
                String[] last = entries.get(entries.size() - 1);
                last[1] = (last[1] + " " + line).strip();
            }
        }
        List<Doc.Block> blocks = new ArrayList<>();
        String ownText = lead.isEmpty() ? own : (own + " " + String.join(" ", lead)).strip();
        if (!ownText.isEmpty()) {
            blocks.addAll(Doc.ofText(ownText).blocks());
        }
        if (!entries.isEmpty()) {
            blocks.add(new Doc.EnumList(entries.stream()
                    .map(e -> new Doc.Entry(e[0], e[1].isEmpty() ? Doc.EMPTY : Doc.ofText(e[1]))).toList()));
        }
        return new Doc(blocks);
    }

    /** {@code name - text} with a name of up to three words, split at the first " - "; null when not that. */
    private static String[] valueLine(String line) {
        if (line.endsWith(" -")) {
            // "Insert - " with its text on the lines below
            line = line + " ";
        }
        int dash = line.indexOf(" - ");
        if (dash <= 0) {
            return null;
        }
        String name = line.substring(0, dash).strip();
        if (name.endsWith(":") || name.split(" ").length > 3) {
            return null;
        }
        return new String[] {name, line.substring(dash + 3).strip()};
    }

    /** A value written alone on its line: one word, or up to three among other values; never a sentence's end. */
    private static boolean bareValue(String line, boolean amongValues) {
        if (line.length() > 40 || line.endsWith(".") || line.endsWith(",") || line.endsWith(":")) {
            return false;
        }
        int words = line.split(" ").length;
        return words == 1 || amongValues && words <= 3;
    }

    /** Argument name at the margin, its text indented below it. */
    private static Map<String, List<String>> arguments(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                if (current != null) {
                    current.add("");
                }
                continue;
            }
            if (!line.startsWith(" ")) {
                current = out.computeIfAbsent(line.strip(), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(line);
            }
        }
        return out;
    }

    /** An embedded event's last section ends with the next event's {@code Event: X} line. */
    private static List<String> withoutTrailingEvent(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (end > 0 && lines.get(end - 1).startsWith("Event: ") && !lines.get(end - 1).endsWith("<value>")) {
            end--;
        }
        return lines.subList(0, end);
    }

    private static String joined(List<String> lines) {
        return String.join(" ", withoutTrailingEvent(lines).stream().map(String::strip).filter(l -> !l.isEmpty())
                .toList());
    }

    private static Doc paragraphs(List<String> lines) {
        List<Doc.Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(blocks, para);
            } else {
                para.append(para.length() == 0 ? "" : " ").append(line.strip());
            }
        }
        flush(blocks, para);
        return new Doc(blocks);
    }

    private static void flush(List<Doc.Block> blocks, StringBuilder para) {
        if (para.length() > 0) {
            blocks.addAll(Doc.ofText(para.toString()).blocks());
            para.setLength(0);
        }
    }
}
