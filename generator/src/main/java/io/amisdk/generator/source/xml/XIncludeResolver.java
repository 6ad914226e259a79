package io.amisdk.generator.source.xml;

import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code xi:include xpointer="xpointer(…)"} inside one document the way Asterisk does
 * (libxml2's XInclude, run until no include is left): each pass evaluates every include's pointer
 * against the document as it stood when the pass began, then replaces each include by copies of all
 * the nodes it matched. Includes that arrive inside copied content are resolved by the next pass.
 * The pass semantics matter: an include of {@code …/syntax/parameter} copies only the parameters
 * written out at that moment, not those another include will add later (MeetmeTalking relies on it).
 */
final class XIncludeResolver {
    /** Far more than the nesting depth of any shipped file (3); a guard against pathological input. */
    static final int MAX_PASSES = 32;

    private final String source;
    private final Problems problems;

    XIncludeResolver(String source, Problems problems) {
        this.source = source;
        this.problems = problems;
    }

    /**
     * Resolves every include inside the {@code <manager>} and {@code <managerEvent>} entries below
     * {@code root}, reporting those it cannot resolve and removing them. Includes elsewhere (config,
     * application docs) are left alone: they are no part of AMI, and content pulled from there into an
     * AMI entry is resolved once it has arrived.
     */
    void resolve(XmlElement root) {
        for (int pass = 1; ; pass++) {
            List<XmlElement> includes = new ArrayList<>();
            for (XmlNode n : root.children) {
                if (n instanceof XmlElement entry && (entry.is("manager") || entry.is("managerEvent"))) {
                    collectIncludes(entry, includes);
                }
            }
            if (includes.isEmpty()) {
                return;
            }
            if (pass > MAX_PASSES) {
                for (XmlElement include : includes) {
                    report(include, "xi:include still unresolved after %d passes (include cycle?): %s",
                            MAX_PASSES, include.attribute("xpointer"));
                    include.parent.replace(include, List.of());
                }
                return;
            }
            Map<String, Object> selections = new HashMap<>();
            XPointer.EntryIndex entries = new XPointer.EntryIndex(root);
            List<List<XmlNode>> replacements = new ArrayList<>(includes.size());
            for (XmlElement include : includes) {
                replacements.add(replacementFor(include, root, entries, selections));
            }
            for (int i = 0; i < includes.size(); i++) {
                XmlElement include = includes.get(i);
                include.parent.replace(include, replacements.get(i));
            }
        }
    }

    /** Copies of what the include points at; empty (after reporting why) when it cannot be resolved. */
    private List<XmlNode> replacementFor(XmlElement include, XmlElement root, XPointer.EntryIndex entries,
            Map<String, Object> selections) {
        String pointer = include.attribute("xpointer");
        if (include.attribute("href") != null && !include.attribute("href").isEmpty()) {
            report(include, "xi:include of another document is not supported: href=\"%s\"", include.attribute("href"));
            return List.of();
        }
        if (pointer == null || pointer.isBlank()) {
            report(include, "xi:include without an xpointer attribute");
            return List.of();
        }
        if (include.includedVia.contains(pointer)) {
            report(include, "xi:include cycle: %s includes itself through %s", pointer, include.includedVia);
            return List.of();
        }
        Object selected = selections.computeIfAbsent(pointer, p -> {
            try {
                return XPointer.parse(p).select(root, entries);
            } catch (IllegalArgumentException e) {
                return e;
            }
        });
        if (selected instanceof IllegalArgumentException e) {
            report(include, "unsupported xpointer %s: %s", pointer, e.getMessage());
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<XmlNode> nodes = (List<XmlNode>) selected;
        if (nodes.isEmpty()) {
            report(include, "xpointer matches nothing: %s", pointer);
            return List.of();
        }
        List<String> via = new ArrayList<>(include.includedVia);
        via.add(pointer);
        List<String> chain = List.copyOf(via);
        List<XmlNode> copies = new ArrayList<>(nodes.size());
        for (XmlNode node : nodes) {
            if (node instanceof XmlElement e && include.isSelfOrDescendantOf(e)) {
                report(include, "xi:include cycle: %s matches an element that contains the include", pointer);
                return List.of();
            }
            XmlNode copy = node.copy();
            if (copy instanceof XmlElement e) {
                markIncludes(e, chain);
            }
            copies.add(copy);
        }
        return copies;
    }

    private static void markIncludes(XmlElement e, List<String> chain) {
        if (e.isXInclude()) {
            // Keep the pointers the copied include had already come through: a cycle stays a cycle.
            List<String> via = new ArrayList<>(chain);
            e.includedVia.stream().filter(p -> !via.contains(p)).forEach(via::add);
            e.includedVia = List.copyOf(via);
            return;
        }
        for (XmlNode n : e.children) {
            if (n instanceof XmlElement c) {
                markIncludes(c, chain);
            }
        }
    }

    private static void collectIncludes(XmlElement e, List<XmlElement> out) {
        for (XmlNode n : e.children) {
            if (n instanceof XmlElement c) {
                if (c.isXInclude()) {
                    out.add(c);
                } else {
                    collectIncludes(c, out);
                }
            }
        }
    }

    private void report(XmlElement include, String format, Object... args) {
        problems.at(new Location(source, include.line, include.column), subjectOf(include)).add(format, args);
    }

    /** The top-level docs entry an element sits in, e.g. {@code manager Login}; null at top level. */
    static String subjectOf(XmlElement element) {
        XmlElement top = element;
        while (top.parent != null && top.parent.parent != null) {
            top = top.parent;
        }
        if (top == element && element.parent == null) {
            return null;
        }
        String name = top.attribute("name");
        return name == null ? top.name : top.name + " " + name;
    }
}
