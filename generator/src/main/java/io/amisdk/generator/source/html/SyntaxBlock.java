package io.amisdk.generator.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Syntax block of a page: {@code Action: Login} then one {@code Name: <value>} line per
 * parameter, optional ones bracketed. The site brackets a parameter only when the XML says
 * {@code required="false"}; a parameter without the attribute looks like a required one.
 * Renderers differ in where the bracket closes: {@code [Name: <value>]} and {@code [Name:] <value>}.
 *
 * @param kind       {@code Action} or {@code Event} from the first line, or null when missing
 * @param name       the name on the first line, or null
 * @param parameters the parameter lines in order
 * @param badLines   lines that are neither
 */
record SyntaxBlock(PageKind kind, String name, List<Line> parameters, List<String> badLines) {
    private static final Pattern HEADER = Pattern.compile("^(Action|Event)\\s*:\\s*(\\S.*?)\\s*$");
    private static final Pattern PARAMETER = Pattern.compile(
            "^(\\[)?\\s*([^\\[\\]:\\s][^\\[\\]:]*?)\\s*:\\s*\\]?\\s*(?:<value>)?\\s*\\]?\\s*$");

    SyntaxBlock {
        parameters = List.copyOf(parameters);
        badLines = List.copyOf(badLines);
    }

    /** One parameter line. */
    record Line(String name, boolean bracketed) {
    }

    static SyntaxBlock parse(String text) {
        PageKind kind = null;
        String name = null;
        List<Line> parameters = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (kind == null && name == null && parameters.isEmpty() && header.matches()) {
                kind = PageKind.ofSyntaxHeader(header.group(1));
                name = header.group(2);
                continue;
            }
            Matcher p = PARAMETER.matcher(line);
            if (p.matches()) {
                parameters.add(new Line(p.group(2), p.group(1) != null));
            } else {
                bad.add(line);
            }
        }
        return new SyntaxBlock(kind, name, parameters, bad);
    }
}
