package io.amisdk.generator.source.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An element with its attributes (in document order), children and start position. */
final class XmlElement extends XmlNode {
    static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

    /** The local name; {@code include} for {@code xi:include}, told apart by {@link #namespace}. */
    final String name;
    final String namespace;
    /** Never changed once the element is built, so copies share it. */
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    final int column;
    /**
     * For an {@code xi:include} that arrived inside included content: the pointers it came through,
     * outermost first. A pointer that reappears here is an include cycle.
     */
    List<String> includedVia = List.of();

    XmlElement(String name, String namespace, Map<String, String> attributes, int line, int column) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
        this.attributes = attributes;
        this.line = line;
        this.column = column;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    boolean isXInclude() {
        return name.equals("include") && namespace.equals(XINCLUDE_NS);
    }

    /** Whether this is a plain (no namespace) element of that name. */
    boolean is(String localName) {
        return name.equals(localName) && namespace.isEmpty();
    }

    void append(XmlNode child) {
        child.parent = this;
        children.add(child);
    }

    /** Child elements, in order. */
    List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of that name, or null. */
    XmlElement child(String localName) {
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.is(localName)) {
                return e;
            }
        }
        return null;
    }

    /** Child elements of that name, in order. */
    List<XmlElement> children(String localName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.is(localName)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Replaces {@code old} (a child) by {@code replacements}, in place. */
    void replace(XmlNode old, List<? extends XmlNode> replacements) {
        int i = children.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("not a child");
        }
        children.remove(i);
        for (XmlNode r : replacements) {
            r.parent = this;
        }
        children.addAll(i, replacements);
        old.parent = null;
    }

    /** Whether {@code other} is this element or one of its ancestors. */
    boolean isSelfOrDescendantOf(XmlElement other) {
        for (XmlElement e = this; e != null; e = e.parent) {
            if (e == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    XmlElement copy() {
        XmlElement c = new XmlElement(name, namespace, attributes, line, column);
        c.includedVia = includedVia;
        for (XmlNode n : children) {
            c.append(n.copy());
        }
        return c;
    }

    @Override
    String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (XmlNode n : children) {
            if (n instanceof XmlText t) {
                sb.append(t.value);
            } else {
                ((XmlElement) n).appendText(sb);
            }
        }
    }

    @Override
    public String toString() {
        String n = attribute("name");
        return "<" + name + (n == null ? "" : " name=\"" + n + "\"") + "> at line " + line;
    }
}
