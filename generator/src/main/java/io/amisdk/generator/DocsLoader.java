package io.amisdk.generator;

import io.amisdk.generator.link.Linker;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import io.amisdk.generator.source.xml.XmlDocsReader;
import java.nio.file.Path;

/**
 * The one entry point for turning Asterisk's docs into an {@link io.amisdk.generator.model.AmiModel}:
 * callers (CLI, emitters, the Maven plugin) need not know the readers or the linker.
 */
public final class DocsLoader {
    private DocsLoader() {
    }

    /**
     * Reads {@code core-en_US.xml} (or its {@code .gz}), raw or processed, and links it into a model.
     * The Asterisk line is left unknown (null).
     *
     * @throws DocsException when the file is missing, unreadable, not XML or not Asterisk docs
     */
    public static LoadedDocs load(Path docs) throws DocsException {
        return load(docs, null);
    }

    /**
     * Like {@link #load(Path)}, with the Asterisk line given (e.g. {@code "22"}); null when unknown.
     *
     * @throws DocsException when the file is missing, unreadable, not XML or not Asterisk docs
     */
    public static LoadedDocs load(Path docs, String asteriskLine) throws DocsException {
        Problems problems = new Problems();
        RawDocs raw = new XmlDocsReader().read(docs, problems);
        if (asteriskLine != null) {
            raw = new RawDocs(raw.source(), asteriskLine, raw.actions(), raw.events());
        }
        return link(raw, problems);
    }

    /** Links docs another reader produced (e.g. the HTML reader), adding the linker's problems to {@code problems}. */
    public static LoadedDocs link(RawDocs raw, Problems problems) {
        return new LoadedDocs(new Linker(problems).link(raw), problems.all());
    }
}
