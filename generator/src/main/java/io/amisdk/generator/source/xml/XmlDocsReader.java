package io.amisdk.generator.source.xml;

import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.nio.file.Path;

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
        XmlElement root = XmlTreeParser.parse(path, source);
        if (!root.is("docs")) {
            throw new DocsException(new Location(source, root.line, root.column),
                    "not Asterisk docs: the root element is <" + root.name + ">, not <docs>");
        }
        new XIncludeResolver(source, problems).resolve(root);
        SnapshotExpander.expand(root);
        DefinitionReader definitions = new DefinitionReader(source, problems);
        for (XmlElement e : root.elements()) {
            if (e.is("manager")) {
                definitions.readManager(e);
            } else if (e.is("managerEvent")) {
                definitions.readManagerEvent(e);
            }
        }
        String fileName = path.getFileName() == null ? source : path.getFileName().toString();
        // The line is not guessed: a file of line 22 names 23.x versions in its <since> lists too.
        return new RawDocs(fileName, null, definitions.actions, definitions.events);
    }
}
