package io.amisdk.generator.source.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subset of XPointer's {@code xpointer(…)} scheme that Asterisk's docs use: a location path of
 * child steps from the document, each a name, {@code *}, {@code node()} or {@code text()}, with
 * predicates {@code [@a='v']}, {@code [contains(@a,'v')]}, {@code [n]} and {@code and}. A path without
 * the leading slash (one include in the shipped files is written so) is taken from the document too,
 * as libxml2 does for a pointer with no context node.
 */
final class XPointer {
    private final String text;
    private final List<Step> steps;

    private XPointer(String text, List<Step> steps) {
        this.text = text;
        this.steps = steps;
    }

    /**
     * Parses an {@code xpointer} attribute value.
     *
     * @throws IllegalArgumentException naming what is not understood
     */
    static XPointer parse(String attribute) {
        String s = attribute.trim();
        if (!s.startsWith("xpointer(") || !s.endsWith(")")) {
            throw new IllegalArgumentException("not an xpointer(…) scheme");
        }
        String path = s.substring("xpointer(".length(), s.length() - 1).trim();
        return new XPointer(attribute, new PathParser(path).parse());
    }

    /** The nodes the pointer selects in the document whose root element is {@code root}, in document order. */
    List<XmlNode> select(XmlElement root) {
        return select(root, null);
    }

    /**
     * Like {@link #select(XmlElement)}, looking up the step below the root in {@code entries} when it
     * is {@code name[@name='v']…}, the form nearly every pointer starts with. Same result, far faster:
     * the root of Asterisk's docs has thousands of children.
     */
    List<XmlNode> select(XmlElement root, EntryIndex entries) {
        // The document node's only child is the root element.
        XmlElement document = new XmlElement("#document", "", Map.of(), 0, 0);
        document.children.add(root);
        List<XmlNode> context = List.of(document);
        int first = 0;
        if (entries != null && steps.size() >= 2 && steps.get(0).test().equals(root.name)
                && steps.get(0).predicates().isEmpty()
                && steps.get(1).nameAttribute() != null) {
            Step step = steps.get(1);
            context = step.filter(entries.get(step.test(), step.nameAttribute()), 1);
            first = 2;
        }
        for (Step step : steps.subList(Math.min(first, steps.size()), steps.size())) {
            if (context.isEmpty()) {
                break;
            }
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode c : context) {
                if (c instanceof XmlElement e) {
                    step.select(e, next);
                }
            }
            context = next;
        }
        return context;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The children of the root element by element name and {@code name} attribute, in document order. */
    static final class EntryIndex {
        private final Map<String, List<XmlNode>> byKey = new HashMap<>();

        EntryIndex(XmlElement root) {
            for (XmlNode n : root.children) {
                if (n instanceof XmlElement e && !e.isXInclude() && e.attribute("name") != null) {
                    byKey.computeIfAbsent(e.name + '\u0000' + e.attribute("name"), k -> new ArrayList<>()).add(e);
                }
            }
        }

        List<XmlNode> get(String elementName, String nameAttribute) {
            return byKey.getOrDefault(elementName + '\u0000' + nameAttribute, List.of());
        }
    }

    /**
     * One child step: a node test and its predicates.
     *
     * @param nameAttribute v when the first predicate is {@code @name='v'}, else null
     */
    private record Step(String test, List<Predicate> predicates, String nameAttribute) {
        void select(XmlElement parent, List<XmlNode> out) {
            List<XmlNode> matched = new ArrayList<>();
            for (XmlNode n : parent.children) {
                if (matchesTest(n)) {
                    matched.add(n);
                }
            }
            out.addAll(filter(matched, 0));
        }

        /** Applies the predicates from index {@code from} on. */
        List<XmlNode> filter(List<XmlNode> candidates, int from) {
            List<XmlNode> matched = candidates;
            for (Predicate p : predicates.subList(from, predicates.size())) {
                List<XmlNode> kept = new ArrayList<>();
                for (int i = 0; i < matched.size(); i++) {
                    if (p.test(matched.get(i), i + 1)) {
                        kept.add(matched.get(i));
                    }
                }
                matched = kept;
            }
            return matched;
        }

        private boolean matchesTest(XmlNode n) {
            return switch (test) {
                case "node()" -> true;
                case "text()" -> n instanceof XmlText;
                case "*" -> n instanceof XmlElement;
                default -> n instanceof XmlElement e && e.name.equals(test) && !e.isXInclude();
            };
        }
    }

    /** A predicate: tested with the node and its 1-based position among the step's candidates. */
    private interface Predicate {
        boolean test(XmlNode node, int position);
    }

    /** Recursive-descent parser of the supported path grammar. */
    private static final class PathParser {
        private static final Pattern NAME_EQUALS = Pattern.compile("\\s*@name\\s*=\\s*(['\"])([^'\"]*)\\1\\s*");

        private final String s;
        private int i;

        PathParser(String s) {
            this.s = s;
        }

        List<Step> parse() {
            List<Step> steps = new ArrayList<>();
            skipSpace();
            if (peek('/')) {
                i++;
            }
            while (true) {
                steps.add(step());
                skipSpace();
                if (i >= s.length()) {
                    return steps;
                }
                expect('/');
            }
        }

        private Step step() {
            skipSpace();
            String test;
            if (peek('*')) {
                i++;
                test = "*";
            } else {
                test = name();
                if (peek('(')) {
                    expect('(');
                    expect(')');
                    test = test + "()";
                    if (!test.equals("node()") && !test.equals("text()")) {
                        throw error("unsupported node test " + test);
                    }
                }
            }
            List<Predicate> predicates = new ArrayList<>();
            String nameAttribute = null;
            skipSpace();
            while (peek('[')) {
                i++;
                int start = i;
                predicates.add(orExpr());
                skipSpace();
                if (predicates.size() == 1) {
                    nameAttribute = nameEquality(s.substring(start, i));
                }
                expect(']');
                skipSpace();
            }
            return new Step(test, List.copyOf(predicates), nameAttribute);
        }

        private Predicate orExpr() {
            Predicate left = andExpr();
            while (keyword("or")) {
                Predicate l = left;
                Predicate r = andExpr();
                left = (n, pos) -> l.test(n, pos) || r.test(n, pos);
            }
            return left;
        }

        private Predicate andExpr() {
            Predicate left = primary();
            while (keyword("and")) {
                Predicate l = left;
                Predicate r = primary();
                left = (n, pos) -> l.test(n, pos) && r.test(n, pos);
            }
            return left;
        }

        private Predicate primary() {
            skipSpace();
            if (i < s.length() && Character.isDigit(s.charAt(i))) {
                int start = i;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
                int wanted = Integer.parseInt(s.substring(start, i));
                return (n, pos) -> pos == wanted;
            }
            if (peek('@')) {
                i++;
                String attribute = name();
                skipSpace();
                boolean negate = false;
                if (peek('!')) {
                    i++;
                    negate = true;
                }
                expect('=');
                String value = literal();
                boolean not = negate;
                return (n, pos) -> n instanceof XmlElement e && (value.equals(e.attribute(attribute)) != not);
            }
            String function = name();
            if (!function.equals("contains") && !function.equals("starts-with")) {
                throw error("unsupported function " + function + "()");
            }
            expect('(');
            skipSpace();
            expect('@');
            String attribute = name();
            skipSpace();
            expect(',');
            String value = literal();
            skipSpace();
            expect(')');
            boolean contains = function.equals("contains");
            return (n, pos) -> {
                if (!(n instanceof XmlElement e)) {
                    return false;
                }
                String v = e.attribute(attribute);
                return v != null && (contains ? v.contains(value) : v.startsWith(value));
            };
        }

        /** v when the predicate text is exactly {@code @name='v'}, else null. */
        private static String nameEquality(String predicate) {
            Matcher m = NAME_EQUALS.matcher(predicate);
            return m.matches() ? m.group(2) : null;
        }

        private String literal() {
            skipSpace();
            if (i >= s.length() || (s.charAt(i) != '\'' && s.charAt(i) != '"')) {
                throw error("expected a quoted string");
            }
            char q = s.charAt(i++);
            int end = s.indexOf(q, i);
            if (end < 0) {
                throw error("unterminated string");
            }
            String v = s.substring(i, end);
            i = end + 1;
            return v;
        }

        private String name() {
            skipSpace();
            int start = i;
            while (i < s.length() && isNameChar(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw error("expected a name");
            }
            return s.substring(start, i);
        }

        private static boolean isNameChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
        }

        private boolean keyword(String word) {
            skipSpace();
            if (s.startsWith(word, i) && i + word.length() < s.length()
                    && !isNameChar(s.charAt(i + word.length()))) {
                i += word.length();
                return true;
            }
            return false;
        }

        private boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        private void expect(char c) {
            skipSpace();
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at offset " + i + " of " + s);
        }
    }
}
