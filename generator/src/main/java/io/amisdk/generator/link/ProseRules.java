package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Asterisk's docs say only in prose, read once, the same way whichever reader produced the text; readers
 * hand over only what their markup says (a {@code default="…"} attribute, {@code multiple="yes"}):
 * <ul>
 *   <li>"(default)" in an enum value's own paragraphs and notes (not its nested lists) marks the header's default,
 *       as in Login's AuthType, when the markup gives none; the first marked value wins, and a second is a
 *       problem;</li>
 *   <li>"multiple Variable: headers are allowed" (Originate, MessageSend) in a header's own text, or "via
 *       multiple Variable: name=value sequences" in an action's description (PJSIPNotify's; the website quotes
 *       the literal, hence the optional quote): the named header may repeat.</li>
 * </ul>
 */
final class ProseRules {
    private static final Pattern DEFAULT_MARK = Pattern.compile("\\(default\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPEATABLE = Pattern.compile("\\b(?i:multiple)\\s+['\"]?(\\S+?):");

    private final Problems problems;

    ProseRules(Problems problems) {
        this.problems = problems;
    }

    /** The raw docs with every action's parameters and every event's fields as their prose says. */
    RawDocs apply(RawDocs raw) {
        List<RawDocs.Element<ActionDef>> actions = new ArrayList<>(raw.actions().size());
        for (RawDocs.Element<ActionDef> e : raw.actions()) {
            ActionDef a = e.def();
            Set<String> repeatable = repeatableHeaders(a.description());
            String subject = "manager " + a.name();
            List<ParameterDef> parameters = a.parameters().stream()
                    .map(p -> header(p, repeatable.contains(p.name()), e, subject)).toList();
            actions.add(new RawDocs.Element<>(a.withParameters(parameters), e.location()));
        }
        List<RawDocs.Element<EventDef>> events = new ArrayList<>(raw.events().size());
        for (RawDocs.Element<EventDef> e : raw.events()) {
            EventDef ev = e.def();
            String subject = "managerEvent " + ev.name();
            List<ParameterDef> fields = ev.fields().stream().map(f -> header(f, false, e, subject)).toList();
            events.add(new RawDocs.Element<>(ev.withFields(fields), e.location()));
        }
        return new RawDocs(raw.source(), raw.asteriskLine(), actions, events);
    }

    private ParameterDef header(ParameterDef p, boolean repeatableByOwner, RawDocs.Element<?> element,
            String subject) {
        String defaultValue = p.defaultValue() != null ? p.defaultValue() : markedDefault(p, element, subject);
        boolean multiValued = p.multiValued() || repeatableByOwner || repeatableHeaders(p.description())
                .contains(p.name());
        if (multiValued == p.multiValued() && Objects.equals(defaultValue, p.defaultValue())) {
            return p;
        }
        return p.toBuilder().defaultValue(defaultValue).multiValued(multiValued).build();
    }

    /** The first value whose own text says "(default)"; a second so marked is a problem. */
    private String markedDefault(ParameterDef p, RawDocs.Element<?> element, String subject) {
        String marked = null;
        for (EnumValue v : p.values()) {
            if (marksDefault(v.description())) {
                if (marked == null) {
                    marked = v.name();
                } else {
                    problems.at(element.location(), subject).add("parameter %s marks both %s and %s as (default)",
                            p.name(), marked, v.name());
                }
            }
        }
        return marked;
    }

    /** Whether an enum value's own paragraphs and notes (not its nested lists) say "(default)". */
    static boolean marksDefault(Doc valueDescription) {
        for (Doc.Block b : valueDescription.blocks()) {
            if ((b instanceof Doc.Paragraph || b instanceof Doc.Note) && DEFAULT_MARK.matcher(b.plainText()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The headers a text says may repeat: "multiple Variable: headers are allowed". */
    static Set<String> repeatableHeaders(Doc description) {
        String text = description.plainText();
        if (!text.toLowerCase(Locale.ROOT).contains("multiple")) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        Matcher m = REPEATABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
