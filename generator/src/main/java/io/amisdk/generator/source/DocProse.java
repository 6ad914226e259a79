package io.amisdk.generator.source;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Asterisk's docs say only in prose, read the same way whichever reader produced the text:
 * an enum value marked "(default)", and a header said to be sendable several times.
 */
public final class DocProse {
    /** "(default)" written in an enum value's own text marks the default, as in Login's AuthType. */
    private static final Pattern DEFAULT_MARK = Pattern.compile("\\(default\\)", Pattern.CASE_INSENSITIVE);

    /**
     * "multiple Variable: headers are allowed" (Originate, MessageSend) or "via multiple Variable:
     * name=value sequences" (PJSIPNotify's description; the website quotes the literal, hence the
     * optional quote): the named header may repeat.
     */
    private static final Pattern REPEATABLE = Pattern.compile("\\b(?i:multiple)\\s+['\"]?(\\S+?):");

    private DocProse() {
    }

    /** Whether an enum value's own paragraphs and notes (not its nested lists) say "(default)". */
    public static boolean marksDefault(Doc valueDescription) {
        for (Doc.Block b : valueDescription.blocks()) {
            if ((b instanceof Doc.Paragraph || b instanceof Doc.Note) && DEFAULT_MARK.matcher(b.plainText()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a parameter's own text says it may repeat (Originate's Variable). */
    public static boolean saysRepeatable(String name, Doc description) {
        return repeatableHeaders(description).contains(name);
    }

    /** The parameters, with those the action's description says may repeat marked so (PJSIPNotify's Variable). */
    public static List<ParameterDef> withRepeatableFromDescription(List<ParameterDef> parameters, Doc actionDescription) {
        Set<String> repeatable = repeatableHeaders(actionDescription);
        if (repeatable.isEmpty()) {
            return parameters;
        }
        return parameters.stream().map(p -> repeatable.contains(p.name()) && !p.multiValued() ? new ParameterDef(
                p.name(), p.required(), p.description(), p.values(), p.defaultValue(), true) : p).toList();
    }

    private static Set<String> repeatableHeaders(Doc description) {
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
