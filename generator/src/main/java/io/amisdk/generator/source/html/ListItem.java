package io.amisdk.generator.source.html;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * One {@code <li>} of an Arguments list or a nested value list, in either layout:
 * {@code <li><p><code>Name</code> - text<br></p><ul>…</ul></li>} (docs.asterisk.org) or
 * {@code <li>Name required - text<ul>…</ul></li>} (a site that marks required parameters).
 *
 * @param name         the name before " - " (the {@code <code>} span when there is one)
 * @param required     whether the item says {@code required} right after its name
 * @param description  the item's own text and blocks, nested lists excluded
 * @param nestedItems  the items of the nested lists, in order
 */
record ListItem(String name, boolean required, Doc description, List<ListItem> nestedItems) {
    private static final Pattern REQUIRED = Pattern.compile("^\\s*\\(?required\\)?(?=\\s|$|[-–])");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*[-–:]\\s?");

    ListItem {
        nestedItems = List.copyOf(nestedItems);
    }

    /** Whether this item is an {@code <info tech="…">} block ("Technology: PJSIP - [module]"), not a value. */
    boolean isTechnologyInfo() {
        return name.startsWith("Technology:");
    }

    /** The description followed by the nested lists, as a description list entry shows them. */
    Doc fullDescription() {
        if (nestedItems.isEmpty()) {
            return description;
        }
        List<Block> blocks = new ArrayList<>(description.blocks());
        blocks.add(HtmlDocText.entryList(nestedItems));
        return new Doc(blocks);
    }

    static ListItem of(Element li) {
        List<Node> head = new ArrayList<>();
        List<Element> blocks = new ArrayList<>();
        List<Element> lists = new ArrayList<>();
        boolean inHead = true;
        for (Node n : li.childNodes()) {
            if (n instanceof Element e && isBlock(e)) {
                if (e.normalName().equals("ul") || e.normalName().equals("ol")) {
                    lists.add(e);
                } else if (inHead && e.normalName().equals("p") && head.stream().allMatch(ListItem::isBlank)) {
                    head.addAll(e.childNodes());
                } else {
                    blocks.add(e);
                }
                inHead = false;
            } else if (inHead) {
                head.add(n);
            } else if (!isBlank(n)) {
                blocks.add(new Element("p").appendChild(n.clone()));
            }
        }
        int first = 0;
        while (first < head.size() && isBlank(head.get(first))) {
            first++;
        }
        String name;
        List<Node> rest;
        if (first < head.size() && head.get(first) instanceof Element e && isNameSpan(e)) {
            name = HtmlDocText.plain(e.childNodes()).strip();
            rest = new ArrayList<>(head.subList(first + 1, head.size()));
        } else {
            String text = first < head.size() && head.get(first) instanceof TextNode t ? t.getWholeText().strip() : "";
            int dash = separatorIndex(text);
            name = dash < 0 ? text : text.substring(0, dash).strip();
            rest = new ArrayList<>();
            rest.add(new TextNode(dash < 0 ? "" : text.substring(dash)));
            if (first < head.size()) {
                rest.addAll(head.subList(first + 1, head.size()));
            }
        }
        while (!rest.isEmpty() && isBlank(rest.get(0))) {
            rest.remove(0);
        }
        boolean required = false;
        if (!rest.isEmpty() && rest.get(0) instanceof Element marker && marker.text().strip().equalsIgnoreCase("required")) {
            required = true;
            rest.remove(0);
        } else if (!rest.isEmpty() && rest.get(0) instanceof TextNode t) {
            Matcher m = REQUIRED.matcher(t.getWholeText());
            if (m.find()) {
                required = true;
                rest.set(0, new TextNode(t.getWholeText().substring(m.end())));
            }
        }
        // a name written "Username required" with no separate marker span
        if (name.endsWith(" required")) {
            name = name.substring(0, name.length() - " required".length()).strip();
            required = true;
        }
        if (!rest.isEmpty() && rest.get(0) instanceof TextNode t) {
            rest.set(0, new TextNode(SEPARATOR.matcher(t.getWholeText()).replaceFirst("")));
        }
        List<Block> description = new ArrayList<>(HtmlDocText.paragraphs(rest));
        description.addAll(HtmlDocText.blocks(blocks).blocks());
        List<ListItem> nested = new ArrayList<>();
        for (Element list : lists) {
            for (Element child : list.children()) {
                if (child.normalName().equals("li")) {
                    nested.add(of(child));
                }
            }
        }
        return new ListItem(name, required, new Doc(description), nested);
    }

    private static int separatorIndex(String text) {
        int dash = text.indexOf(" - ");
        int enDash = text.indexOf(" – ");
        return dash < 0 ? enDash : enDash < 0 ? dash : Math.min(dash, enDash);
    }

    private static boolean isNameSpan(Element e) {
        return switch (e.normalName()) {
            case "code", "strong", "b", "em", "a" -> true;
            default -> false;
        };
    }

    private static boolean isBlock(Element e) {
        return switch (e.normalName()) {
            case "p", "ul", "ol", "div", "pre", "blockquote", "table" -> true;
            default -> false;
        };
    }

    private static boolean isBlank(Node n) {
        return n instanceof TextNode t && t.isBlank();
    }
}
