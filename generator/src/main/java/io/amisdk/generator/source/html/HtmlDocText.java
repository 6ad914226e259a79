package io.amisdk.generator.source.html;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Block;
import io.amisdk.generator.model.Doc.Inline;
import io.amisdk.generator.model.Doc.Inline.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns rendered doc HTML (paragraphs, code spans, example blocks, lists) back into a structured
 * {@link Doc}. Only structure the pages keep can come back: the site renders {@code <literal>} and
 * {@code <variable>} alike as bold, and {@code <replaceable>}, {@code <filename>} and
 * {@code <emphasis>} alike as italics.
 */
final class HtmlDocText {
    // python-markdown leaks its escape placeholder (STX, code point, ETX) into raw HTML it passes
    // through, e.g. "<event\_name>" becomes "<event\␂95␃name>" on the Filter page.
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\?\u0002(\\d+)\u0003");
    private static final Pattern MARKDOWN_BACKSLASH = Pattern.compile("\\\\([_*])");
    private static final Pattern ADMONITION = Pattern.compile("(?s)^///\\s*(note|warning)\\b\\s*(.*?)\\s*(///)?\\s*$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern FENCE_TITLE = Pattern.compile("^```\\s*(?:(?!title=)\\w+\\s*)?(?:title=\"([^\"]*)\")?\\s*");

    private HtmlDocText() {
    }

    /** The doc made of these sibling block elements, in order. */
    static Doc blocks(List<Element> elements) {
        List<Block> blocks = new ArrayList<>();
        for (Element e : elements) {
            addBlock(e, blocks);
        }
        return new Doc(blocks);
    }

    /** The paragraphs of inline nodes (a list item's text after its name). */
    static List<Block> paragraphs(List<Node> nodes) {
        List<Block> blocks = new ArrayList<>();
        addParagraphs(nodes, blocks);
        return blocks;
    }

    private static void addBlock(Element e, List<Block> blocks) {
        switch (e.normalName()) {
            case "p" -> addParagraphs(e.childNodes(), blocks);
            case "ul", "ol" -> addList(e, blocks);
            case "pre" -> blocks.add(example(null, e));
            case "div" -> {
                if (isAdmonition(e)) {
                    blocks.add(admonition(e));
                    return;
                }
                Element pre = e.selectFirst("pre");
                if (pre != null) {
                    Element title = e.selectFirst(".filename");
                    blocks.add(example(title == null ? null : title.text(), pre));
                } else {
                    e.children().forEach(c -> addBlock(c, blocks));
                }
            }
            case "blockquote", "section" -> e.children().forEach(c -> addBlock(c, blocks));
            default -> addParagraphs(List.of(e), blocks);
        }
    }

    /** Adds one paragraph per line: the site ends each source paragraph with {@code <br>}. */
    private static void addParagraphs(List<Node> nodes, List<Block> blocks) {
        String whole = plain(nodes).strip();
        Matcher admonition = ADMONITION.matcher(whole);
        if (admonition.matches()) {
            // pymdownx.blocks is not enabled, so "/// note" blocks arrive as literal text.
            Doc body = splitLines(nodes, true);
            blocks.add(admonition.group(1).equals("note") ? new Doc.Note(body) : new Doc.Warning(body));
            return;
        }
        blocks.addAll(splitLines(nodes, false).blocks());
    }

    private static Doc splitLines(List<Node> nodes, boolean dropAdmonitionMarkers) {
        List<Block> out = new ArrayList<>();
        List<Inline> line = new ArrayList<>();
        for (Node n : flatten(nodes)) {
            if (n instanceof Element div && isAdmonition(div)) {
                flush(line, out, dropAdmonitionMarkers);
                out.add(admonition(div));
            } else if (n instanceof Element br && br.normalName().equals("br")) {
                flush(line, out, dropAdmonitionMarkers);
            } else {
                addInlines(n, line);
            }
        }
        flush(line, out, dropAdmonitionMarkers);
        return new Doc(out);
    }

    /**
     * Whether this is a rendered admonition: mkdocs-material 9 (the site's own toolchain, with pymdownx.blocks)
     * renders {@code /// note} as {@code <div class="admonition note"><p class=admonition-title>Note</p>…</div>}.
     */
    private static boolean isAdmonition(Element e) {
        return e.normalName().equals("div") && e.hasClass("admonition");
    }

    /** The admonition as the model's note or warning (danger, caution and the like are warnings), its title dropped. */
    private static Block admonition(Element div) {
        List<Element> body = new ArrayList<>();
        for (Element c : div.children()) {
            if (!c.hasClass("admonition-title")) {
                body.add(c);
            }
        }
        Doc doc = blocks(body);
        boolean warning = div.hasClass("warning") || div.hasClass("danger") || div.hasClass("caution")
                || div.hasClass("attention") || div.hasClass("error");
        return warning ? new Doc.Warning(doc) : new Doc.Note(doc);
    }

    /**
     * The nodes with raw-text tags opened up: the HTML parser takes text like {@code <event_name>}
     * for an element that holds the rest of the paragraph, {@code <br>}s included.
     */
    private static List<Node> flatten(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Element e && !isKnownHtml(e)) {
                out.add(new TextNode("<" + decode(e.tagName()) + ">"));
                out.addAll(flatten(e.childNodes()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private static void flush(List<Inline> line, List<Block> out, boolean dropAdmonitionMarkers) {
        List<Inline> cleaned = trim(line);
        line.clear();
        if (cleaned.isEmpty()) {
            return;
        }
        if (dropAdmonitionMarkers) {
            String text = new Doc.Paragraph(cleaned).plainText();
            if (text.matches("///\\s*(note|warning)?")) {
                return;
            }
            // the markers share a line with the text when no <br> separates them
            cleaned = stripMarkers(cleaned);
            if (cleaned.isEmpty()) {
                return;
            }
        }
        out.add(new Doc.Paragraph(cleaned));
    }

    private static List<Inline> stripMarkers(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        Inline first = out.get(0);
        if (first.style() == Style.TEXT) {
            out.set(0, new Inline(Style.TEXT, first.text().replaceFirst("^\\s*///\\s*(note|warning)\\s*", "")));
        }
        int lastIndex = out.size() - 1;
        Inline last = out.get(lastIndex);
        if (last.style() == Style.TEXT) {
            out.set(lastIndex, new Inline(Style.TEXT, last.text().replaceFirst("\\s*///\\s*$", "")));
        }
        return trim(out);
    }

    /** Drops empty spans, collapses white space and trims the ends of a line. */
    private static List<Inline> trim(List<Inline> line) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : line) {
            String text = i.style() == Style.TEXT ? collapse(i.text()) : i.text();
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && i.style() == Style.TEXT && out.get(out.size() - 1).style() == Style.TEXT) {
                Inline prev = out.remove(out.size() - 1);
                text = collapse(prev.text() + text);
            }
            out.add(new Inline(i.style(), text));
        }
        if (!out.isEmpty() && out.get(0).style() == Style.TEXT) {
            String t = out.get(0).text().stripLeading();
            replaceOrDrop(out, 0, t);
        }
        if (!out.isEmpty() && out.get(out.size() - 1).style() == Style.TEXT) {
            String t = out.get(out.size() - 1).text().stripTrailing();
            replaceOrDrop(out, out.size() - 1, t);
        }
        return out;
    }

    private static void replaceOrDrop(List<Inline> out, int index, String text) {
        if (text.isEmpty()) {
            out.remove(index);
        } else {
            out.set(index, new Inline(Style.TEXT, text));
        }
    }

    private static void addInlines(Node node, List<Inline> out) {
        if (node instanceof TextNode t) {
            out.add(new Inline(Style.TEXT, decode(t.getWholeText())));
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        Style style = switch (e.normalName()) {
            case "code", "kbd", "samp", "strong", "b" -> Style.LITERAL;
            case "em", "i" -> Style.EMPHASIS;
            case "a" -> Style.REFERENCE;
            default -> null;
        };
        if (style != null) {
            String text = collapse(decode(e.wholeText()));
            out.add(new Inline(style, text));
        } else if (isKnownHtml(e)) {
            e.childNodes().forEach(c -> addInlines(c, out));
        } else {
            // Raw text like "<level>" that markdown passed through and the HTML parser took for a tag.
            out.add(new Inline(Style.TEXT, "<" + decode(e.tagName()) + ">"));
            e.childNodes().forEach(c -> addInlines(c, out));
        }
    }

    private static boolean isKnownHtml(Element e) {
        return e.tag().isKnownTag();
    }

    private static void addList(Element list, List<Block> blocks) {
        List<ListItem> items = new ArrayList<>();
        for (Element li : list.children()) {
            if (li.normalName().equals("li")) {
                items.add(ListItem.of(li));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(entryList(items));
        }
    }

    /** A description list of items: variables when every name is upper case (the site upper-cases them), else enums. */
    static Block entryList(List<ListItem> items) {
        List<Doc.Entry> entries = new ArrayList<>();
        boolean allUpperCase = true;
        for (ListItem item : items) {
            entries.add(new Doc.Entry(item.name(), item.fullDescription()));
            allUpperCase &= item.name().equals(item.name().toUpperCase(Locale.ROOT));
        }
        return allUpperCase ? new Doc.VariableList(entries) : new Doc.EnumList(entries);
    }

    private static Block example(String title, Element pre) {
        String text = decode(pre.wholeText());
        String cleanTitle = title == null ? null : title.replaceFirst("^Example:\\s*", "").strip();
        // A site that does not render code fences shows them as text: ``` title="…" … ```
        Matcher fence = FENCE_TITLE.matcher(text.strip());
        if (fence.lookingAt() && text.strip().startsWith("```")) {
            if (cleanTitle == null && fence.group(1) != null) {
                cleanTitle = fence.group(1);
            }
            text = text.strip().substring(fence.end()).replaceFirst("\\s*```\\s*$", "");
        }
        return new Doc.Example(cleanTitle == null || cleanTitle.isEmpty() ? null : cleanTitle,
                text.replaceFirst("\\n+$", ""));
    }

    /** The text of nodes, markup dropped, placeholders decoded. */
    static String plain(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element e) {
                if (e.normalName().equals("br")) {
                    sb.append('\n');
                } else {
                    if (!isKnownHtml(e)) {
                        sb.append('<').append(e.tagName()).append('>');
                    }
                    sb.append(plain(e.childNodes()));
                }
            }
        }
        return decode(sb.toString());
    }

    /** Runs of white space as one space. */
    static String collapse(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ");
    }

    /** Decodes python-markdown's leaked escape placeholders. */
    static String decode(String text) {
        if (text.indexOf('\\') >= 0) {
            // a markdown escape the site's renderer kept in raw text ("<session\_number>" on FAXSession)
            text = MARKDOWN_BACKSLASH.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('\u0002') < 0) {
            return text;
        }
        Matcher m = MARKDOWN_ESCAPE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
