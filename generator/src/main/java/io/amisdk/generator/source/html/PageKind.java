package io.amisdk.generator.source.html;

import java.util.Locale;

/** What an AMI docs page describes; the site keeps each kind in its own section. */
enum PageKind {
    ACTION("AMI_Actions", "Action", "manager"),
    EVENT("AMI_Events", "Event", "managerEvent");

    private final String section;
    private final String syntaxHeader;
    private final String docsElement;

    PageKind(String section, String syntaxHeader, String docsElement) {
        this.section = section;
        this.syntaxHeader = syntaxHeader;
        this.docsElement = docsElement;
    }

    /** The site's folder for this kind, e.g. {@code AMI_Actions}. */
    String section() {
        return section;
    }

    /** The header that opens the Syntax block: {@code Action} or {@code Event}. */
    String syntaxHeader() {
        return syntaxHeader;
    }

    /** The subject of a problem about a page of this kind, as the XML names it: {@code manager Login}. */
    String subject(String name) {
        return docsElement + " " + name;
    }

    /** The kind whose section folder (or its spelling in a URL, {@code ami-actions}) is this path segment, or null. */
    static PageKind ofSection(String segment) {
        String s = segment.toLowerCase(Locale.ROOT).replace('-', '_');
        for (PageKind k : values()) {
            if (k.section.toLowerCase(Locale.ROOT).equals(s)) {
                return k;
            }
        }
        return null;
    }

    /** The kind a label such as "AMI Actions" names, or null. */
    static PageKind ofLabel(String label) {
        return ofSection(label.strip().replace(' ', '_'));
    }

    /** The kind a Syntax block header ({@code Action} or {@code Event}) names, or null. */
    static PageKind ofSyntaxHeader(String header) {
        for (PageKind k : values()) {
            if (k.syntaxHeader.equalsIgnoreCase(header.strip())) {
                return k;
            }
        }
        return null;
    }
}
