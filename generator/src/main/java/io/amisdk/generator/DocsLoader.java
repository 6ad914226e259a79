package io.amisdk.generator;

import io.amisdk.generator.link.LineMerger;
import io.amisdk.generator.link.Linker;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import io.amisdk.generator.source.ami.AmiDocsReader;
import io.amisdk.generator.source.ami.AmiDocsUri;
import io.amisdk.generator.source.ami.AmiSecret;
import io.amisdk.generator.source.html.CrawlOptions;
import io.amisdk.generator.source.html.HtmlDocsReader;
import io.amisdk.generator.source.xml.XmlDocsReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point for turning Asterisk's docs into an {@link io.amisdk.generator.model.AmiModel}:
 * callers (CLI, emitters, the Maven plugin) need not know the readers or the linker.
 */
public final class DocsLoader {
    /** How long one answer of a docs server may take. */
    private static final java.time.Duration SERVER_TIMEOUT = java.time.Duration.ofSeconds(30);

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
        return link(withLine(raw, asteriskLine), problems);
    }

    /**
     * Reads docs from a stream of plain XML (e.g. a resource), {@code source} naming it in messages and
     * in the model; the stream is not closed. {@code asteriskLine} may be null.
     *
     * @throws DocsException when the stream cannot be read, is not XML or not Asterisk docs
     */
    public static LoadedDocs load(InputStream in, String source, String asteriskLine) throws DocsException {
        Problems problems = new Problems();
        RawDocs raw = new XmlDocsReader().read(in, source, problems);
        return link(withLine(raw, asteriskLine), problems);
    }

    /**
     * Reads docs in either form: {@code core-en_US.xml}, a folder of saved docs-site pages, or the
     * docs site's URL, and links them into a model.
     *
     * @param docs         a file, a folder, an http(s) URL, or a running server {@code ami://user@host:port}
     *                     (its secret from {@code AMISDK_AMI_SECRET} or a prompt, see {@link AmiSecret})
     * @param format       the form, or null to tell it from {@code docs} ({@link DocsFormat#detect})
     * @param asteriskLine the Asterisk line, or null (the HTML pages name their branch)
     * @param crawl        how to fetch pages over HTTP (cache, offline, limits); ignored for XML
     * @throws DocsException when the docs cannot be read at all
     */
    public static LoadedDocs load(String docs, DocsFormat format, String asteriskLine, CrawlOptions crawl)
            throws DocsException {
        DocsFormat f = format != null ? format : DocsFormat.detect(docs);
        if (f == DocsFormat.AMI) {
            AmiDocsUri server = server(docs);
            return loadServer(server, AmiSecret.forServer(server), asteriskLine, crawl.progress());
        }
        if (f == DocsFormat.XML) {
            return load(Path.of(docs), asteriskLine);
        }
        Problems problems = new Problems();
        RawDocs raw = new HtmlDocsReader(crawl).read(docs, problems);
        return link(withLine(raw, asteriskLine), problems);
    }

    /**
     * Reads the docs of what a running Asterisk has loaded, over AMI ({@link AmiDocsReader}), and links them.
     * The line is the server's ({@code CoreSettings}' {@code AsteriskVersion}); a given {@code asteriskLine} that
     * differs from it is a problem.
     *
     * @param progress where a "read n/total" line goes, or null
     * @throws DocsException when the server cannot be reached, refuses the login or the {@code Command} action
     */
    public static LoadedDocs loadServer(AmiDocsUri server, String secret, String asteriskLine, PrintWriter progress)
            throws DocsException {
        Problems problems = new Problems();
        RawDocs raw = new AmiDocsReader(progress, SERVER_TIMEOUT).read(server, secret, problems);
        if (asteriskLine != null && raw.asteriskLine() != null && !asteriskLine.equals(raw.asteriskLine())) {
            problems.at(Location.of(server.toString())).add("the server runs line %s, not %s as given", raw.asteriskLine(),
                    asteriskLine);
        }
        return link(withLine(raw, asteriskLine), problems);
    }

    private static AmiDocsUri server(String docs) throws DocsException {
        try {
            return AmiDocsUri.parse(docs);
        } catch (IllegalArgumentException e) {
            throw new DocsException(Location.of("ami://"), e.getMessage());
        }
    }

    /**
     * Reads several lines' docs, each in whichever form it has, and merges them into one model
     * ({@link LineMerger}): every entry knows the lines that have it. One source alone gives exactly
     * the model {@link #load(String, DocsFormat, String, CrawlOptions)} gives. Problems of every source
     * are kept, each naming its file.
     *
     * @param sources each with its line (several sources must be labelled, see {@link DocsSource#parseAll})
     * @throws DocsException when some docs cannot be read at all
     * @throws IllegalArgumentException when a line is missing, not a line, or given twice
     */
    public static LoadedDocs load(List<DocsSource> sources, DocsFormat format, CrawlOptions crawl)
            throws DocsException {
        if (sources.size() == 1) {
            return load(sources.get(0).docs(), format, sources.get(0).line(), crawl);
        }
        // checked before anything is read: a typo in the tenth label should not cost nine reads
        LineMerger.checkLines(sources.stream().map(DocsSource::line).toList());
        List<AmiModel> models = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (DocsSource source : sources) {
            LoadedDocs one = load(source.docs(), format, source.line(), crawl);
            models.add(one.model());
            problems.addAll(one.problems());
        }
        return new LoadedDocs(LineMerger.merge(models), problems);
    }

    /** Links docs another reader produced (e.g. the HTML reader), adding the linker's problems to {@code problems}. */
    public static LoadedDocs link(RawDocs raw, Problems problems) {
        return new LoadedDocs(new Linker(problems).link(raw), problems.all());
    }

    private static RawDocs withLine(RawDocs raw, String asteriskLine) {
        return asteriskLine == null ? raw : new RawDocs(raw.source(), asteriskLine, raw.actions(), raw.events());
    }
}
