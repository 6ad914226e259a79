package io.amisdk.generator.emit;

import io.amisdk.generator.model.ParameterDef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds parameters whose documented name is a placeholder for names the caller chooses, not a header
 * to send as written: {@code Header1 … HeaderN} (UserEvent), {@code Action-000000}, {@code Cat-000000}
 * (UpdateConfig). They get no setter of their own; {@code header(name, value)} sends them.
 */
final class PlaceholderHeaders {
    private static final Pattern NUMBERED = Pattern.compile(".*-0{6}");

    private PlaceholderHeaders() {
    }

    /** The placeholder parameters among these. */
    static Set<String> of(List<ParameterDef> parameters) {
        Set<String> lower = new HashSet<>();
        parameters.forEach(p -> lower.add(p.name().toLowerCase(Locale.ROOT)));
        Set<String> placeholders = new HashSet<>();
        for (ParameterDef p : parameters) {
            String name = p.name();
            String l = name.toLowerCase(Locale.ROOT);
            if (NUMBERED.matcher(name).matches()) {
                placeholders.add(name);
            } else if (name.endsWith("N") && name.length() > 1 && lower.contains(l.substring(0, l.length() - 1) + "1")) {
                placeholders.add(name);
                for (ParameterDef q : parameters) {
                    String ql = q.name().toLowerCase(Locale.ROOT);
                    if (ql.startsWith(l.substring(0, l.length() - 1)) && ql.substring(l.length() - 1).matches("[0-9]+")) {
                        placeholders.add(q.name());
                    }
                }
            }
        }
        return placeholders;
    }
}
