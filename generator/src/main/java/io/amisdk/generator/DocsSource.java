package io.amisdk.generator;

import io.amisdk.generator.link.AsteriskLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One docs source and the Asterisk line it describes, as given on the command line or in a pom:
 * {@code 22=/usr/share/asterisk/core-en_US.xml}, or the docs alone when one source is all there is.
 *
 * @param line the Asterisk line ({@link AsteriskLine}), or null when not given
 * @param docs the docs: a file, a folder of saved pages, a URL or {@code ami://user@host:port}
 */
public record DocsSource(String line, String docs) {
    /** {@code label=docs}; the label is anything before the first {@code =} that holds no path or URL character. */
    private static final Pattern LABELLED = Pattern.compile("([^=/\\\\:@]+)=(.+)");

    public DocsSource {
        Objects.requireNonNull(docs, "docs");
        if (line != null) {
            AsteriskLine.check(line);
        }
    }

    /**
     * A source as written: {@code 18=path} or {@code path}.
     *
     * @throws IllegalArgumentException when the label before {@code =} is not a line, or nothing follows it
     */
    public static DocsSource parse(String spec) {
        Matcher m = LABELLED.matcher(spec.strip());
        if (m.matches()) {
            String label = m.group(1).strip();
            if (!AsteriskLine.isLabel(label)) {
                throw new IllegalArgumentException("'" + label + "' in --docs " + spec + " is not an Asterisk line (a"
                        + " version such as 18, 22 or 22.10, or master)");
            }
            return new DocsSource(label, m.group(2).strip());
        }
        return new DocsSource(null, spec.strip());
    }

    /**
     * The sources as written, checked together: several sources must each name their line, and no line twice.
     * {@code defaultLine} (e.g. {@code --line}) is the line of a single unlabelled source, or null.
     *
     * @throws IllegalArgumentException with one message naming what is wrong
     */
    public static List<DocsSource> parseAll(List<String> specs, String defaultLine) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no docs given");
        }
        if (defaultLine != null) {
            AsteriskLine.check(defaultLine);
        }
        List<DocsSource> sources = new ArrayList<>();
        for (String spec : specs) {
            sources.add(parse(spec));
        }
        if (sources.size() == 1) {
            DocsSource only = sources.get(0);
            if (only.line() == null) {
                return List.of(new DocsSource(defaultLine, only.docs()));
            }
            if (defaultLine != null && !defaultLine.equals(only.line())) {
                throw new IllegalArgumentException("--line " + defaultLine + " contradicts --docs " + only.line() + "="
                        + only.docs());
            }
            return sources;
        }
        if (defaultLine != null) {
            throw new IllegalArgumentException("--line names the line of one docs source; with several, label each:"
                    + " --docs 18=… --docs 22=…");
        }
        Map<String, DocsSource> byLine = new LinkedHashMap<>();
        for (DocsSource s : sources) {
            if (s.line() == null) {
                throw new IllegalArgumentException("with several docs sources each needs its line, as in --docs 22="
                        + s.docs());
            }
            DocsSource before = byLine.put(s.line(), s);
            if (before != null) {
                throw new IllegalArgumentException("Asterisk line " + s.line() + " is given twice: " + before.docs()
                        + " and " + s.docs());
            }
        }
        return List.copyOf(sources);
    }
}
