package io.amisdk.generator.source.xml;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Asterisk's {@code core-en_US.xml} (or {@code .gz}), raw as installed or processed as
 * {@code xmldoc dump} writes it: resolves {@code xi:include}s, expands channel and bridge snapshots,
 * and returns every {@code <manager>} and {@code <managerEvent>} instance (top level and inside
 * {@code <responses>}) as read, duplicates not merged. Knows no Java names.
 */
public final class XmlDocsReader {
    private static final Pattern VERSION_MAJOR = Pattern.compile("^(\\d+)\\.");

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
        return new RawDocs(fileName, guessLine(definitions.actions, definitions.events), definitions.actions,
                definitions.events);
    }

    /**
     * The Asterisk line the docs most likely describe: the highest major version named in any
     * {@code <since>}, since each release documents the versions that introduced its newest items.
     * Null when no version is given.
     */
    static String guessLine(List<RawDocs.Element<ActionDef>> actions, List<RawDocs.Element<EventDef>> events) {
        int max = -1;
        for (RawDocs.Element<ActionDef> a : actions) {
            max = Math.max(max, highestMajor(a.def().since()));
        }
        for (RawDocs.Element<EventDef> e : events) {
            max = Math.max(max, highestMajor(e.def().since()));
        }
        return max < 0 ? null : Integer.toString(max);
    }

    private static int highestMajor(List<String> versions) {
        int max = -1;
        for (String v : versions) {
            Matcher m = VERSION_MAJOR.matcher(v.trim());
            if (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }
}
