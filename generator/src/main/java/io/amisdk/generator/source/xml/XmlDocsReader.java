package io.amisdk.generator.source.xml;

import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.xml.sax.InputSource;

/**
 * Reads Asterisk's {@code core-en_US.xml} (or {@code .gz}), raw as installed or processed as
 * {@code xmldoc dump} writes it: resolves {@code xi:include}s, expands channel and bridge snapshots,
 * and returns every {@code <manager>} and {@code <managerEvent>} instance (top level and inside
 * {@code <responses>}) as read, duplicates not merged. Knows no Java names.
 */
public final class XmlDocsReader {
    /**
     * Reads the docs at {@code path}, adding what cannot be resolved to {@code problems}.
     *
     * @throws DocsException when the file is missing, unreadable, not XML, or not Asterisk's docs
     */
    public RawDocs read(Path path, Problems problems) throws DocsException {
        String source = path.toString();
        String fileName = path.getFileName() == null ? source : path.getFileName().toString();
        return read(XmlTreeParser.parse(path, source), source, fileName, problems);
    }

    /**
     * Reads docs from a stream (plain XML, not gzip), e.g. a resource; {@code source} names it in
     * messages and in the model. The stream is not closed.
     *
     * @throws DocsException when the stream cannot be read, is not XML, or is not Asterisk's docs
     */
    public RawDocs read(InputStream in, String source, Problems problems) throws DocsException {
        XmlElement root;
        try {
            // The parser closes what it reads; the caller owns the stream.
            InputStream unclosed = new FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
            root = XmlTreeParser.parse(new InputSource(unclosed), source);
        } catch (IOException e) {
            throw new DocsException(Location.of(source), "cannot read: " + e.getMessage(), e);
        }
        return read(root, source, source, problems);
    }

    private RawDocs read(XmlElement root, String source, String name, Problems problems) throws DocsException {
        if (!root.is("docs")) {
            throw new DocsException(new Location(source, root.line, root.column),
                    "not Asterisk docs: the root element is <" + root.name + ">, not <docs>");
        }
        new XIncludeResolver(source, problems).resolve(root);
        SnapshotExpander.expand(root);
        DefinitionReader definitions = new DefinitionReader(source, problems, deprecatedModules(root));
        for (XmlElement e : root.elements()) {
            if (e.is("manager")) {
                definitions.readManager(e);
            } else if (e.is("managerEvent")) {
                definitions.readManagerEvent(e);
            }
        }
        // The line is not guessed: a file of line 22 names 23.x versions in its <since> lists too.
        return new RawDocs(name, null, definitions.actions, definitions.events);
    }

    /**
     * Module name → the version that deprecated it, from {@code <module><deprecated_in>} (e.g.
     * app_meetme, 19): what that module provides is deprecated with it.
     */
    private static Map<String, String> deprecatedModules(XmlElement root) {
        Map<String, String> out = new HashMap<>();
        for (XmlElement module : root.children("module")) {
            XmlElement deprecated = module.child("deprecated_in");
            String name = module.attribute("name");
            if (deprecated != null && name != null && !deprecated.text().isBlank()) {
                out.put(name, deprecated.text().trim());
            }
        }
        return out;
    }
}
