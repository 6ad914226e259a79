package io.amisdk.generator.source;

import io.amisdk.generator.source.html.HtmlDocsReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The two forms Asterisk's AMI docs come in, and how to tell which one the user gave. */
public enum DocsFormat {
    /** {@code core-en_US.xml} (or {@code .gz}), raw or processed. */
    XML,
    /** The docs website: an http(s) URL, or a folder of saved pages (AMI_Actions/, AMI_Events/). */
    HTML,
    /** A running Asterisk, {@code ami://user@host:port}: the docs of what it has loaded, read over AMI. */
    AMI;

    /** The format named on a command line ({@code xml}, {@code html}, {@code ami}), case ignored. */
    public static DocsFormat named(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The format of this input: AMI for {@code ami://…}, HTML for an http(s) URL or a directory (the XML is always one
     * file), XML otherwise. A directory that holds no pages is still HTML, so the HTML reader
     * says what is missing in it.
     */
    public static DocsFormat detect(String docs) {
        if (io.amisdk.generator.source.ami.AmiDocsUri.isAmiUri(docs)) {
            return AMI;
        }
        if (HtmlDocsReader.isSiteUrl(docs)) {
            return HTML;
        }
        try {
            return Files.isDirectory(Path.of(docs)) ? HTML : XML;
        } catch (java.nio.file.InvalidPathException e) {
            return XML;
        }
    }
}
