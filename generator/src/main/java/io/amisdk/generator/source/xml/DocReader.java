package io.amisdk.generator.source.xml;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Block;
import io.amisdk.generator.model.Doc.Inline;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the docbook-like markup of Asterisk's docs (para, note, warning, example, variablelist,
 * enumlist, info; literal, replaceable, … inside a para) into a structured {@link Doc}. Whitespace
 * inside text is collapsed as a browser would; examples keep their lines. Elements it does not know
 * are reported and their text kept.
 */
final class DocReader {
    private static final Map<String, Inline.Style> INLINE_STYLES = Map.of(
            "literal", Inline.Style.LITERAL,
            "replaceable", Inline.Style.REPLACEABLE,
            "emphasis", Inline.Style.EMPHASIS,
            "filename", Inline.Style.FILENAME,
            "directory", Inline.Style.DIRECTORY,
            "variable", Inline.Style.VARIABLE,
            "command", Inline.Style.COMMAND,
            "ref", Inline.Style.REFERENCE,
            "astcli", Inline.Style.COMMAND);

    private final String source;
    private final Problems problems;

    DocReader(String source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /** The doc made of {@code container}'s children, skipping child elements named in {@code skip}. */
    Doc blocks(XmlElement container, Set<String> skip) {
        if (container == null) {
            return Doc.EMPTY;
        }
        List<Block> blocks = new ArrayList<>();
        List<XmlNode> looseInline = new ArrayList<>();
        for (XmlNode n : container.children) {
            if (n instanceof XmlElement e && (skip.contains(e.name) || !INLINE_STYLES.containsKey(e.name))) {
                flushLoose(looseInline, blocks);
                if (!skip.contains(e.name)) {
                    block(e, blocks);
                }
            } else {
                // Text or an inline element straight inside a block container, e.g. a synopsis
                // pulled in by xi:include: an implicit paragraph.
                looseInline.add(n);
            }
        }
        flushLoose(looseInline, blocks);
        return new Doc(blocks);
    }

    Doc blocks(XmlElement container) {
        return blocks(container, Set.of());
    }

    private void flushLoose(List<XmlNode> loose, List<Block> blocks) {
        if (!loose.isEmpty()) {
            Doc.Paragraph p = paragraph(loose);
            if (!p.inlines().isEmpty()) {
                blocks.add(p);
            }
            loose.clear();
        }
    }

    private void block(XmlElement e, List<Block> blocks) {
        switch (e.name) {
            case "para" -> {
                Doc.Paragraph p = paragraph(e.children);
                if (!p.inlines().isEmpty()) {
                    blocks.add(p);
                }
            }
            case "note" -> blocks.add(new Doc.Note(blocks(e)));
            case "warning" -> blocks.add(new Doc.Warning(blocks(e)));
            case "example" -> blocks.add(new Doc.Example(e.attribute("title"), exampleText(e.text())));
            case "variablelist" -> blocks.add(new Doc.VariableList(entries(e, "variable")));
            case "enumlist" -> blocks.add(new Doc.EnumList(entries(e, "enum")));
            case "info" -> {
                // Technology-specific notes (e.g. MessageSend's Destination for PJSIP and XMPP).
                String tech = e.attribute("tech");
                if (tech != null && !tech.isBlank()) {
                    blocks.add(new Doc.Paragraph(List.of(new Inline(Inline.Style.EMPHASIS, "Technology: " + tech))));
                }
                blocks.addAll(blocks(e).blocks());
            }
            default -> {
                unknown(e);
                String t = collapse(e.text()).trim();
                if (!t.isEmpty()) {
                    blocks.add(new Doc.Paragraph(List.of(new Inline(Inline.Style.TEXT, t))));
                }
            }
        }
    }

    /** Entries of a variable or enum list; a variable's {@code <value>}s become an enum list in its doc. */
    List<Doc.Entry> entries(XmlElement list, String entryName) {
        List<Doc.Entry> entries = new ArrayList<>();
        for (XmlElement item : list.elements()) {
            if (!item.is(entryName)) {
                unknown(item);
                continue;
            }
            Doc doc = blocks(item, Set.of("value"));
            List<XmlElement> values = item.children("value");
            if (!values.isEmpty()) {
                List<Doc.Entry> valueEntries = new ArrayList<>();
                for (XmlElement v : values) {
                    valueEntries.add(new Doc.Entry(nameOf(v), blocks(v)));
                }
                List<Block> withValues = new ArrayList<>(doc.blocks());
                withValues.add(new Doc.EnumList(valueEntries));
                doc = new Doc(withValues);
            }
            entries.add(new Doc.Entry(nameOf(item), doc));
        }
        return entries;
    }

    private String nameOf(XmlElement e) {
        String n = e.attribute("name");
        if (n == null) {
            problems.at(location(e), XIncludeResolver.subjectOf(e)).add("<%s> without a name", e.name);
            return "";
        }
        return n;
    }

    /** A paragraph of these nodes' text, marked-up spans kept, whitespace collapsed. */
    Doc.Paragraph paragraph(List<XmlNode> nodes) {
        List<Inline> inlines = new ArrayList<>();
        collectInlines(nodes, Inline.Style.TEXT, inlines);
        return new Doc.Paragraph(tidy(inlines));
    }

    private void collectInlines(List<XmlNode> nodes, Inline.Style style, List<Inline> out) {
        for (XmlNode n : nodes) {
            if (n instanceof XmlText t) {
                out.add(new Inline(style, t.value));
            } else {
                XmlElement e = (XmlElement) n;
                Inline.Style s = INLINE_STYLES.get(e.name);
                if (s == null) {
                    unknown(e);
                    s = style;
                }
                // Nested markup takes the innermost style.
                collectInlines(e.children, s, out);
            }
        }
    }

    /** Collapses whitespace, merges neighbours of one style and trims the paragraph's ends. */
    private static List<Inline> tidy(List<Inline> raw) {
        List<Inline> merged = new ArrayList<>();
        for (Inline i : raw) {
            String t = collapse(i.text());
            if (t.isEmpty()) {
                continue;
            }
            Inline last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.style() == i.style()) {
                String joined = last.text() + t;
                merged.set(merged.size() - 1, new Inline(i.style(), joined.replace("  ", " ")));
            } else {
                if (last != null && last.text().endsWith(" ") && t.startsWith(" ")) {
                    t = t.substring(1);
                }
                if (!t.isEmpty()) {
                    merged.add(new Inline(i.style(), t));
                }
            }
        }
        if (!merged.isEmpty()) {
            Inline first = merged.get(0);
            merged.set(0, new Inline(first.style(), first.text().stripLeading()));
            Inline last = merged.get(merged.size() - 1);
            merged.set(merged.size() - 1, new Inline(last.style(), last.text().stripTrailing()));
        }
        merged.removeIf(i -> i.text().isEmpty());
        return merged;
    }

    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        if (space) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** An example's lines without the indentation the XML file gave them, blank ends dropped. */
    static String exampleText(String text) {
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        int indent = Integer.MAX_VALUE;
        for (String l : lines) {
            if (!l.isBlank()) {
                int k = 0;
                while (k < l.length() && (l.charAt(k) == ' ' || l.charAt(k) == '\t')) {
                    k++;
                }
                indent = Math.min(indent, k);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(l.isBlank() ? "" : l.substring(indent).stripTrailing());
        }
        return sb.toString();
    }

    void unknown(XmlElement e) {
        problems.at(location(e), XIncludeResolver.subjectOf(e)).add("unknown element <%s> in <%s>", e.name,
                e.parent == null ? "" : e.parent.name);
    }

    Location location(XmlElement e) {
        return new Location(source, e.line, e.column);
    }
}
