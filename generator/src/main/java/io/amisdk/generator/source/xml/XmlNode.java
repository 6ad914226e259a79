package io.amisdk.generator.source.xml;

/**
 * A node of the small mutable tree the XML reader builds: just elements and text, each element
 * knowing the line and column it started at. Lighter than DOM, cheap to copy for xi:include.
 */
abstract sealed class XmlNode permits XmlElement, XmlText {
    XmlElement parent;

    /** A deep copy without a parent. */
    abstract XmlNode copy();

    /** The text of this node and its descendants, in document order. */
    abstract String text();
}
