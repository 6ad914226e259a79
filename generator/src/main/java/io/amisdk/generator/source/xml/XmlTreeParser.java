package io.amisdk.generator.source.xml;

import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses an XML file (plain or gzip, told apart by its first bytes) into an {@link XmlElement} tree
 * whose elements remember their line and column. JDK SAX only; the DOCTYPE's DTD
 * ({@code appdocsxml.dtd}) and every external entity are never fetched.
 */
final class XmlTreeParser {
    private XmlTreeParser() {
    }

    /** The root element of the file at {@code path}; {@code source} names the file in messages. */
    static XmlElement parse(Path path, String source) throws DocsException {
        try (InputStream in = open(path)) {
            return parse(new InputSource(in), source);
        } catch (NoSuchFileException e) {
            throw new DocsException(Location.of(source), "no such file");
        } catch (IOException e) {
            throw new DocsException(Location.of(source), "cannot read: " + oneLine(e), e);
        }
    }

    static XmlElement parse(InputSource input, String source) throws DocsException, IOException {
        TreeBuilder builder = new TreeBuilder();
        try {
            // A factory per parse: JAXP factories are not promised to be thread-safe.
            SAXParser parser = secureFactory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(input, builder);
        } catch (SAXParseException e) {
            throw new DocsException(new Location(source, e.getLineNumber(), e.getColumnNumber()),
                    "not well-formed XML: " + oneLine(e), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new DocsException(Location.of(source), "cannot parse XML: " + oneLine(e), e);
        }
        return builder.root;
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1f && b2 == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }

    private static SAXParserFactory secureFactory() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, without a service lookup through the classpath.
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    /** Builds the tree from SAX events, stamping each element with the locator's position. */
    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private Locator locator;
        XmlElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            // Never fetch the DTD or any external entity: an empty one stands in.
            return new InputSource(new StringReader(""));
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            flushText();
            // Most elements (para, literal, …) have none: no map for them.
            Map<String, String> attributes = atts.getLength() == 0 ? Map.of() : new LinkedHashMap<>(atts.getLength() * 2);
            for (int i = 0; i < atts.getLength(); i++) {
                String n = atts.getLocalName(i);
                attributes.put(n == null || n.isEmpty() ? atts.getQName(i) : n, atts.getValue(i));
            }
            String name = localName == null || localName.isEmpty() ? qName : localName;
            XmlElement e = new XmlElement(name, uri, attributes, locator.getLineNumber(), locator.getColumnNumber());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().append(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                text.append(ch, start, length);
            }
        }

        private void flushText() {
            if (text.length() > 0) {
                open.peek().append(new XmlText(text.toString()));
                text.setLength(0);
            }
        }
    }
}
