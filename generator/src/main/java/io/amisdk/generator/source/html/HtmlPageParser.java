package io.amisdk.generator.source.html;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads one AMI action or event page into docs elements. Sections are found by their heading text
 * at any heading level, so both the docs.asterisk.org layout (h1 "Login - [builtin]", h3 Synopsis,
 * Since, Description, Syntax, h5 Arguments, See Also, Class) and a layout that puts "Since 0.2.0"
 * and the synopsis under the title and marks parameters "required" are read. A page that shows an
 * event twice (one section run per {@code managerEventInstance}) gives two events.
 */
final class HtmlPageParser {
    private static final Pattern TITLE = Pattern.compile("^(.+?)\\s+-\\s+\\[(.+)]$");
    private static final Pattern SINCE_LINE = Pattern.compile("^Since\\s+(\\d[\\w.\\-]*(?:\\s*,\\s*\\d[\\w.\\-]*)*)");
    private static final Pattern BRANCH = Pattern.compile("generated from Asterisk branch (\\S+)");
    private static final String HEADINGS = "h2, h3, h4, h5, h6";

    private HtmlPageParser() {
    }

    /** Parses the page's HTML. {@code kindHint} comes from the page's path (AMI_Actions/…), or null. */
    static ParsedPage parse(String html, Location location, PageKind kindHint) {
        int start = articleStart(html);
        String text = start < 0 ? html : articleOnly(html, start);
        int lineOffset = start < 0 ? 0 : lineOf(html, start) - 1;
        Document doc = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
        return parse(doc, new Lines(location, lineOffset), kindHint);
    }

    /**
     * Where the page's (last) {@code <article>} starts, or -1 when it has none. Searched from the
     * end: the article follows some 110 KB of navigation, and {@code '<'} is too common in HTML
     * for a forward search to be cheap.
     */
    private static int articleStart(String html) {
        int end = html.lastIndexOf("</article>");
        int start = end < 0 ? -1 : html.lastIndexOf("<article", end);
        return start < 0 || !isTagEnd(html, start + "<article".length()) ? -1 : start;
    }

    private static boolean isTagEnd(String html, int i) {
        return i < html.length() && (html.charAt(i) == '>' || Character.isWhitespace(html.charAt(i)));
    }

    /**
     * The page cut down to its title and article, the article starting on the cut text's first
     * line. The site repeats its whole navigation (about 110 of a page's 117 KB) on every page; not
     * building a DOM for it makes reading 335 pages several times faster.
     */
    private static String articleOnly(String html, int start) {
        int end = html.lastIndexOf("</article>");
        int titleStart = html.indexOf("<title>");
        int titleEnd = html.indexOf("</title>");
        String title = titleStart >= 0 && titleEnd > titleStart
                ? html.substring(titleStart, titleEnd + 8).replaceAll("[\\r\\n]+", " ") : "";
        return "<html><head>" + title + "</head><body>" + html.substring(start, end + 10) + "</body></html>";
    }

    private static int lineOf(String html, int index) {
        int line = 1;
        for (int i = html.indexOf('\n'); i >= 0 && i < index; i = html.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /** The page's location, and the line of an element in the page (the DOM may be of a cut-down page). */
    record Lines(Location page, int lineOffset) {
        Location of(Element e) {
            if (e == null || !e.sourceRange().isTracked()) {
                return page;
            }
            return new Location(page.source(), lineOffset + e.sourceRange().start().lineNumber(), 0);
        }
    }

    static ParsedPage parse(Document doc, Lines lines, PageKind kindHint) {
        Location location = lines.page();
        List<Problem> problems = new ArrayList<>();
        Element root = contentRoot(doc);
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            return ParsedPage.failed(new Problem(location, null, "not an AMI action or event page: it has no <h1> title"));
        }
        String title = headingText(h1);
        Matcher t = TITLE.matcher(title);
        String name = t.matches() ? t.group(1).strip() : title;
        String module = t.matches() ? t.group(2).strip() : null;

        List<Section> sections = sections(root);
        List<Instance> instances = instances(sections);
        Instance first = instances.get(0);
        String asteriskLine = sections.stream().filter(s -> s.is("Generated Version")).findFirst()
                .map(s -> BRANCH.matcher(s.text())).filter(Matcher::find).map(m -> m.group(1)).orElse(null);

        if (instances.stream().allMatch(i -> i.syntax == null && i.arguments == null && i.synopsis == null)) {
            return ParsedPage.failed(new Problem(location, null, "not an AMI action or event page: "
                    + "no Synopsis, Syntax or Arguments section under \"" + title + "\""));
        }
        if (first.synopsis == null || first.since == null) {
            headerFallbacks(root, h1, sections, first);
        }

        PageKind kind = kind(doc, root, kindHint, instances);
        if (kind == null) {
            return ParsedPage.failed(new Problem(location, null, "cannot tell whether \"" + title
                    + "\" is an AMI action or an AMI event: no AMI_Actions/AMI_Events in its path and no Syntax block"));
        }
        String subject = kind.subject(name);
        List<ActionDef> actions = new ArrayList<>();
        List<EventDef> events = new ArrayList<>();
        for (Instance i : instances) {
            List<Problem> here = new ArrayList<>();
            // a docs entry without <syntax> still gets a Syntax heading, with nothing under it (Rename)
            SyntaxBlock syntax = i.syntax == null || i.syntax.codeText().isBlank() ? null : SyntaxBlock.parse(i.syntax.codeText());
            if (syntax != null) {
                checkSyntax(syntax, kind, name, lines.of(i.syntax.heading), subject, here);
            }
            List<ListItem> arguments = i.arguments == null ? List.of() : i.arguments.listItems();
            Location argumentsAt = lines.of(i.arguments != null ? i.arguments.heading : i.syntax != null ? i.syntax.heading : h1);
            List<ParameterDef> parameters = ParameterListReader.parameters(syntax, arguments, argumentsAt, subject, here);
            Doc description = i.description == null ? Doc.EMPTY : HtmlDocText.blocks(i.description.content);
            String synopsis = i.synopsis == null ? "" : i.synopsis.text();
            List<String> since = i.since == null ? List.of() : splitVersions(i.since.text());
            List<SeeAlso> seeAlso = i.seeAlso == null ? List.of() : SeeAlsoLinks.read(i.seeAlso.content);
            if (kind == PageKind.ACTION) {
                actions.add(ActionDef.of(name, synopsis, description, parameters, null, seeAlso, since, List.of(),
                        module));
            } else {
                String category = category(i.eventClass == null ? "" : i.eventClass.text());
                events.add(EventDef.of(name, synopsis, description, category, parameters, seeAlso, since,
                        List.of(), module, List.of()));
            }
            problems.addAll(here);
        }
        if (kind == PageKind.ACTION && instances.size() > 1) {
            problems.add(new Problem(lines.of(h1), subject, "an action page shows " + instances.size()
                    + " Synopsis sections; each was read as its own action"));
        }
        return new ParsedPage(location, actions, events, asteriskLine, problems);
    }

    private static void checkSyntax(SyntaxBlock syntax, PageKind kind, String name, Location location, String subject,
            List<Problem> problems) {
        if (syntax.kind() == null) {
            problems.add(new Problem(location, subject, "the Syntax block does not start with \""
                    + kind.syntaxHeader() + ": " + name + "\""));
        } else if (syntax.kind() != kind) {
            problems.add(new Problem(location, subject, "the Syntax block starts with \"" + syntax.kind().syntaxHeader()
                    + ":\" on a page in " + kind.section()));
        } else if (!syntax.name().equals(name)) {
            problems.add(new Problem(location, subject, "the Syntax block names " + syntax.name()
                    + " but the title names " + name));
        }
        for (String bad : syntax.badLines()) {
            problems.add(new Problem(location, subject, "unreadable Syntax line: " + bad));
        }
    }

    /** The article of a docs page, without the site's navigation. */
    private static Element contentRoot(Document doc) {
        Element article = doc.selectFirst("article");
        if (article != null) {
            return article;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static PageKind kind(Document doc, Element root, PageKind hint, List<Instance> instances) {
        if (hint != null) {
            return hint;
        }
        for (Instance i : instances) {
            if (i.syntax != null) {
                PageKind k = SyntaxBlock.parse(i.syntax.codeText()).kind();
                if (k != null) {
                    return k;
                }
            }
        }
        // A layout without a Syntax block names its section in a badge or breadcrumb.
        for (Element e : root.getAllElements()) {
            PageKind k = PageKind.ofLabel(e.ownText());
            if (k != null) {
                return k;
            }
        }
        return PageKind.ofLabel(doc.title().replaceFirst(".*\\|", ""));
    }

    /** Every section: a heading and its following siblings up to the next heading. */
    private static List<Section> sections(Element root) {
        List<Section> sections = new ArrayList<>();
        for (Element h : root.select(HEADINGS)) {
            List<Element> content = new ArrayList<>();
            for (Element s = h.nextElementSibling(); s != null && !isHeading(s); s = s.nextElementSibling()) {
                content.add(s);
            }
            sections.add(new Section(h, headingText(h), content));
        }
        return sections;
    }

    private static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    /** Groups sections by instance: a second Synopsis starts the next one. */
    private static List<Instance> instances(List<Section> sections) {
        List<Instance> instances = new ArrayList<>();
        Instance current = new Instance();
        instances.add(current);
        for (Section s : sections) {
            String key = s.title.toLowerCase(Locale.ROOT);
            if (key.equals("synopsis") && current.synopsis != null) {
                current = new Instance();
                instances.add(current);
            }
            switch (key) {
                case "synopsis" -> current.synopsis = s;
                case "since" -> current.since = s;
                case "description" -> current.description = s;
                case "syntax" -> current.syntax = s;
                case "arguments", "parameters", "fields" -> current.arguments = s;
                case "see also" -> current.seeAlso = s;
                case "class" -> current.eventClass = s;
                default -> {
                    // Generated Version, User Notes and other site furniture
                }
            }
        }
        return instances;
    }

    /**
     * Reads "Since 0.2.0" and the synopsis from the lines under the title, as a layout without
     * Synopsis and Since sections shows them.
     */
    private static void headerFallbacks(Element root, Element h1, List<Section> sections, Instance first) {
        Element firstHeading = sections.isEmpty() ? null : sections.get(0).heading;
        boolean afterTitle = false;
        for (Element e : root.getAllElements()) {
            if (e == h1) {
                afterTitle = true;
                continue;
            }
            if (e == firstHeading) {
                break;
            }
            String own = e.ownText().strip();
            Matcher since = SINCE_LINE.matcher(own);
            if (first.since == null && since.find()) {
                first.since = Section.ofText("Since", since.group(1));
            } else if (afterTitle && first.synopsis == null && e.normalName().equals("p") && !own.isEmpty()
                    && !own.startsWith("Last reviewed") && !since.find()) {
                first.synopsis = Section.ofText("Synopsis", e.text().strip());
            }
        }
    }

    /**
     * "CALL" (the site drops {@code EVENT_FLAG_}) → {@code call}, as the Privilege header names it;
     * taken as written, like the XML reader, even ChannelTalkingStart/Stop's "CLASS".
     */
    static String category(String shown) {
        String c = shown.strip().replaceFirst("^EVENT_FLAG_", "");
        return c.isEmpty() ? null : c.toLowerCase(Locale.ROOT);
    }

    private static List<String> splitVersions(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A heading's text without the permalink sign the site adds. */
    private static String headingText(Element h) {
        return h.text().replace("¶", "").strip();
    }

    /** The sections of one action or one event instance. */
    private static final class Instance {
        Section synopsis;
        Section since;
        Section description;
        Section syntax;
        Section arguments;
        Section seeAlso;
        Section eventClass;
    }

    /** A heading and the elements under it. */
    private record Section(Element heading, String title, List<Element> content, String fixedText) {
        Section(Element heading, String title, List<Element> content) {
            this(heading, title, content, null);
        }

        static Section ofText(String title, String text) {
            return new Section(null, title, List.of(), text);
        }

        boolean is(String t) {
            return title.equalsIgnoreCase(t);
        }

        String text() {
            if (fixedText != null) {
                return fixedText;
            }
            StringBuilder sb = new StringBuilder();
            for (Element e : content) {
                sb.append(sb.length() > 0 ? " " : "").append(HtmlDocText.collapse(HtmlDocText.plain(e.childNodes())).strip());
            }
            return sb.toString().strip();
        }

        String codeText() {
            for (Element e : content) {
                Element code = e.nameIs("pre") || e.nameIs("code") ? e : e.selectFirst("pre, code");
                if (code != null) {
                    return HtmlDocText.decode(code.wholeText());
                }
            }
            return "";
        }

        List<ListItem> listItems() {
            for (Element e : content) {
                if (e.nameIs("ul") || e.nameIs("ol")) {
                    return e.children().stream().filter(li -> li.nameIs("li")).map(ListItem::of).toList();
                }
            }
            return List.of();
        }
    }
}
