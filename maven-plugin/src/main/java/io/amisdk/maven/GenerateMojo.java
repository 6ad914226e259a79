package io.amisdk.maven;

import io.amisdk.generator.DocsSource;
import io.amisdk.generator.Generation;
import io.amisdk.generator.GenerationRequest;
import io.amisdk.generator.GenerationResult;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.json.ModelJson;
import io.amisdk.generator.link.LineMerger;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.html.CrawlOptions;
import io.amisdk.generator.source.ami.AmiDocsUri;
import io.amisdk.generator.source.html.HtmlDocsReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed AMI SDK from Asterisk's docs and adds it to the build's sources.
 *
 * <p>The docs are a {@code core-en_US.xml} (raw or processed, or its {@code .gz}), a folder of the docs
 * website's saved pages, or the website's URL (read through a page cache, {@code mvn -o} reads only the
 * cache). The generated code needs Java {@value CompilerLevel#NEEDED}: a project whose compiler plugin is
 * set below that fails before anything is generated, with one message saying what it found and what to
 * change.
 *
 * <p>Incremental: the output directory keeps a stamp of the generator version, the configuration and a
 * hash of every input; when nothing changed the goal logs "up to date" and touches no file. Otherwise
 * only files whose bytes change are rewritten and files no longer produced are deleted. Docs or
 * supplements with problems fail the build, every problem listed with its file and line, before
 * anything in the output directory is touched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /**
     * The Asterisk docs to generate from (required, unless {@link #lines} is given): a {@code core-en_US.xml},
     * raw as installed or processed ({@code xmldoc dump}), or its {@code .gz}; a folder of the docs website's
     * saved pages (the folder holding {@code AMI_Actions/} and {@code AMI_Events/}); or the website's http(s)
     * URL, read through {@link #cacheDirectory}; or a running Asterisk, {@code ami://user@host:port}, whose
     * loaded modules' docs are read over AMI (the secret from the environment variable
     * {@code AMISDK_AMI_SECRET}, else a prompt on the terminal; never from the pom; the user needs the
     * {@code command} permission). A relative path is taken from the project's folder.
     * Examples: <code>${project.basedir}/src/main/ami/core-en_US.xml</code>,
     * {@code /var/lib/asterisk/documentation/core-en_US.xml},
     * {@code https://docs.asterisk.org/Asterisk_22_Documentation/API_Documentation/},
     * {@code ami://admin@127.0.0.1:5038}.
     */
    @Parameter(property = "amisdk.docs")
    String docs;

    /**
     * Several Asterisk lines' docs instead of {@link #docs}, each with its line, merged into one model: every
     * action, event, parameter, field and enum value knows the lines that have it, and the newest line that
     * has an entry gives its text. Each {@code <line>} takes an {@code <asteriskLine>} ({@code 18},
     * {@code 22}, {@code 22.10}, {@code 20-cert}, {@code master}; each at most once) and {@code <docs>} in
     * any form {@link #docs} takes; {@link #docsFormat}, {@link #cacheDirectory}, {@link #offline} and
     * {@link #maxPages} apply to each. Give either this or {@link #docs} and {@link #asteriskLine}.
     * Default: none. Example:
     * {@code <lines><line><asteriskLine>18</asteriskLine><docs>src/main/ami/18/core-en_US.xml</docs></line>
     * <line><asteriskLine>22</asteriskLine><docs>src/main/ami/22/core-en_US.xml</docs></line></lines>}.
     */
    @Parameter
    List<Line> lines;

    /**
     * The form of {@link #docs}: {@code xml}, {@code html} or {@code ami}. Default: told from the docs
     * themselves ({@code ami://} is ami, a URL or a folder is html, a file is xml); set it only when that
     * guess is wrong. Example: {@code html}.
     */
    @Parameter(property = "amisdk.docsFormat")
    String docsFormat;

    /**
     * Where pages fetched from a docs website are kept and read again on the next run without asking the
     * site; only used when {@link #docs} is a URL. Default: <code>${user.home}/.cache/amisdk/pages</code>, the
     * CLI's cache, shared by every project. Example: <code>${project.build.directory}/amisdk-pages</code>.
     */
    @Parameter(property = "amisdk.cacheDirectory", defaultValue = "${user.home}/.cache/amisdk/pages")
    File cacheDirectory;

    /**
     * Reads a docs website only from {@link #cacheDirectory}, never from the network; a page not cached is
     * a problem that fails the build. Default: Maven's own offline mode ({@code mvn -o}).
     * Example: {@code -Damisdk.offline=true}.
     */
    @Parameter(property = "amisdk.offline", defaultValue = "${settings.offline}")
    boolean offline;

    /**
     * The most pages one run reads from a docs website; a site that lists more is a problem. Default:
     * {@code 2000} (the line-22 site has about 340). Example: {@code 500}.
     */
    @Parameter(property = "amisdk.maxPages", defaultValue = "2000")
    int maxPages;

    /**
     * The Asterisk line the docs describe, named in each generated file's provenance comment and in the
     * model. Default: none for XML (the file does not say), the line the pages name for the website.
     * Example: {@code 22}.
     */
    @Parameter(property = "amisdk.asteriskLine")
    String asteriskLine;

    /**
     * The Java package of the generated classes. Default: the project's groupId followed by {@code .ami}
     * ({@code com.example.pbx} gives {@code com.example.pbx.ami}), each part made a legal identifier the
     * way JLS 6.1 suggests ({@code -} and other characters become {@code _}; a keyword or a part that
     * starts with a digit gets an {@code _}); {@code amisdk.generated} when there is no groupId.
     *
     * <p>Why not {@code io.amisdk.sdk}: that is the package of the published {@code io.amisdk:amisdk-sdk};
     * an SDK generated into it clashes class for class with that jar as soon as both are on one class
     * path (a transitive dependency is enough). A package under your own groupId is yours by Maven's
     * naming rules, so it cannot clash with amisdk's or another library's, and two of your modules that
     * generate an SDK each get their own. Example: {@code com.example.pbx.asterisk}.
     */
    @Parameter(property = "amisdk.packageName")
    String packageName;

    /**
     * Where the sources go; added to the build as a source root (and its {@code META-INF} as resources).
     * Default: <code>${project.build.directory}/generated-sources/amisdk</code>.
     * Example: <code>${project.basedir}/src/generated/java</code>.
     */
    @Parameter(property = "amisdk.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/amisdk")
    File outputDirectory;

    /**
     * Action and event names to generate, as patterns ({@code *} any run of characters, {@code ?} one;
     * case ignored). Default: none, meaning every action and event.
     * Example: {@code <includes><include>Core*</include><include>Originate</include></includes>}.
     */
    @Parameter(property = "amisdk.includes")
    List<String> includes;

    /**
     * Action and event names to leave out, as patterns like {@link #includes}; they win over includes.
     * Default: none. Example: {@code <excludes><exclude>Meetme*</exclude></excludes>}.
     */
    @Parameter(property = "amisdk.excludes")
    List<String> excludes;

    /**
     * Extra model files in the model's JSON shape (as {@code amisdk model} writes it), merged after the
     * shipped supplement, in order: events and headers your Asterisk sends beyond its docs. Default: none.
     * Example: {@code <supplements><supplement>src/main/ami/my-module.json</supplement></supplements>}.
     */
    @Parameter(property = "amisdk.supplements")
    List<File> supplements;

    /**
     * Your naming rules: JSON files of acronyms, shared enum, constant and member names (see the generator's
     * docs/generating.md, "Your own rules"), placed before the built-in rules. A rule that names nothing, two that
     * disagree, or a name that collides fails the build at the rule's file:line. Default: none. Example:
     * {@code <namingRules><namingRule>src/main/ami/naming.json</namingRule></namingRules>}.
     */
    @Parameter(property = "amisdk.namingRules")
    List<File> namingRules;

    /**
     * Whether to merge the supplement shipped with amisdk: the events, headers and list responses seen
     * from a real Asterisk 22 that its docs lack (e.g. {@code QueueMember}, {@code Newexten}); what has no
     * place in older docs is left out. Default: {@code true}. Example: {@code false}.
     */
    @Parameter(property = "amisdk.useBuiltInSupplement", defaultValue = "true")
    boolean useBuiltInSupplement;

    /**
     * Whether the generated SDK is a named JPMS module: writes a {@code module-info.java} (the module named as
     * {@code packageName}, requiring {@code io.amisdk.runtime}, exporting every package, providing its event
     * decoders). Only for a project whose sources are just the SDK, as the published {@code amisdk-sdk} is: in a
     * project with sources of its own it would make them part of that module. Default: {@code false}.
     * Example: {@code true}.
     */
    @Parameter(property = "amisdk.moduleInfo", defaultValue = "false")
    boolean moduleInfo;

    /**
     * Skips generation altogether: no source root is added, so the build compiles without the SDK.
     * Default: {@code false}. Example: {@code -Damisdk.skip}.
     */
    @Parameter(property = "amisdk.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("amisdk: skipped");
            return;
        }
        long start = System.nanoTime();
        String level = CompilerLevel.problem(project, session == null ? null : session.getUserProperties());
        if (level != null) {
            throw new MojoFailureException(level);
        }
        String pkg = packageName();
        Path out = outputDirectory.toPath();
        List<DocsSource> sources = sources();
        DocsFormat format = format();
        GenerationRequest request = request(pkg, sources, format, out);
        // A website has no bytes to hash before it is read: its stamp hashes the model read through the cache.
        boolean site = sources.stream().anyMatch(s -> isRemote(s.docs()));
        LoadedDocs read = site ? load(request) : null;
        GenerationStamp stamp = stampOfInputs(pkg, sources, format, read == null ? null : read.model());
        GenerationStamp previous = GenerationStamp.readFrom(out);
        if (previous != null && previous.upToDateFor(stamp, out)) {
            getLog().info(String.format("amisdk: up to date (%d files in %s, checked in %d ms)",
                    previous.outputCount(), outputDirectory, (System.nanoTime() - start) / 1_000_000));
        } else {
            generate(request, read != null ? read : load(request), pkg, out, stamp, start);
        }
        addToBuild();
    }

    /** Writes the SDK of a model {@link #load} found clean, the stamp last. */
    private void generate(GenerationRequest request, LoadedDocs loaded, String pkg, Path out, GenerationStamp stamp,
            long start) throws MojoExecutionException, MojoFailureException {
        try {
            // The stamp goes first: a generation that fails halfway must not look up to date next time.
            GenerationStamp.deleteFrom(out);
            GenerationResult generated = Generation.generate(request, loaded);
            if (!generated.clean()) {
                throw new MojoFailureException(describe(generated.problems()));
            }
            SdkGenerator.Result result = generated.sdk();
            stamp.withOutputs(result.files()).writeTo(out);
            getLog().info(String.format("amisdk: %d actions, %d events → %d files (%d written, %d unchanged,"
                    + " %d deleted) in %.1f s into %s (package %s)", result.actions(), result.events(),
                    result.files().size(), result.written(), result.unchanged(), result.deleted(),
                    (System.nanoTime() - start) / 1e9, outputDirectory, pkg));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("amisdk: cannot write the SDK into " + outputDirectory + ": " + e, e);
        }
    }

    /** The package to generate into ({@link SdkPackage#choose}), failing when it cannot be used here. */
    String packageName() throws MojoFailureException {
        return SdkPackage.choose(packageName, project, getLog());
    }

    /**
     * What to read, each path made absolute from the project's folder (a URL as given): {@link #docs} with
     * {@link #asteriskLine} (which may be null), or each of {@link #lines}, checked before anything is read.
     */
    List<DocsSource> sources() throws MojoFailureException {
        List<Line> given = lines == null ? List.of() : lines;
        if (given.isEmpty()) {
            if (docs == null || docs.isBlank()) {
                throw new MojoFailureException("amisdk: docs is not set: give a core-en_US.xml, a folder of saved docs"
                        + " pages or the docs website's URL (or several lines' docs as <lines>)");
            }
            try {
                return List.of(new DocsSource(blankToNull(asteriskLine), location(docs)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("amisdk: asteriskLine: " + e.getMessage());
            }
        }
        if (docs != null && !docs.isBlank() || asteriskLine != null && !asteriskLine.isBlank()) {
            throw new MojoFailureException("amisdk: give either docs (with asteriskLine) or lines, not both: each"
                    + " <line> names its own <asteriskLine> and <docs>");
        }
        List<DocsSource> sources = new ArrayList<>();
        for (Line line : given) {
            if (line == null || line.asteriskLine == null || line.asteriskLine.isBlank() || line.docs == null
                    || line.docs.isBlank()) {
                throw new MojoFailureException("amisdk: each <line> in lines needs an <asteriskLine> and <docs>: "
                        + line);
            }
            try {
                sources.add(new DocsSource(line.asteriskLine.strip(), location(line.docs)));
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("amisdk: lines: " + e.getMessage());
            }
        }
        try {
            LineMerger.checkLines(sources.stream().map(DocsSource::line).toList());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("amisdk: lines: " + e.getMessage());
        }
        return sources;
    }

    /** A docs location as the loader takes it: a URL as given, a path made absolute from the project's folder. */
    private String location(String given) throws MojoFailureException {
        String d = given.strip();
        if (isRemote(d)) {
            return d;
        }
        File file = new File(d);
        if (!file.isAbsolute() && project.getBasedir() != null) {
            file = new File(project.getBasedir(), d);
        }
        if (!file.exists()) {
            throw new MojoFailureException("amisdk: the docs file " + file + " does not exist");
        }
        return file.getPath();
    }

    /** Whether docs are read over the network (a website or a running Asterisk), so have no bytes to hash. */
    private static boolean isRemote(String docs) {
        return HtmlDocsReader.isSiteUrl(docs) || AmiDocsUri.isAmiUri(docs);
    }

    private DocsFormat format() throws MojoFailureException {
        if (docsFormat == null || docsFormat.isBlank()) {
            return null;
        }
        try {
            return DocsFormat.named(docsFormat);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("amisdk: docsFormat '" + docsFormat
                    + "' is not a docs format (xml, html or ami)");
        }
    }

    CrawlOptions crawlOptions() throws MojoFailureException {
        if (maxPages < 1) {
            throw new MojoFailureException("amisdk: maxPages must be at least 1, not " + maxPages);
        }
        return CrawlOptions.defaults().withCacheDir(cacheDirectory.toPath()).withOffline(offline)
                .withMaxPages(maxPages);
    }

    /** What to generate, as the generator's one pipeline takes it. */
    private GenerationRequest request(String pkg, List<DocsSource> sources, DocsFormat format, Path out)
            throws MojoFailureException {
        try {
            return GenerationRequest.builder().docs(sources).format(format).crawl(crawlOptions())
                    .builtInSupplement(useBuiltInSupplement)
                    .supplements(supplementFiles().stream().map(File::toPath).toList())
                    .namingRules(namingRuleFiles().stream().map(File::toPath).toList())
                    .packageName(pkg).moduleInfo(moduleInfo).includes(list(includes)).excludes(list(excludes))
                    .outputDirectory(out).build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("amisdk: " + e.getMessage());
        }
    }

    /** The docs model with every supplement merged, or a failure listing every problem found. */
    private LoadedDocs load(GenerationRequest request) throws MojoFailureException {
        LoadedDocs loaded;
        try {
            loaded = Generation.load(request);
        } catch (DocsException e) {
            throw new MojoFailureException("amisdk: cannot read the docs: " + e.getMessage(), e);
        }
        if (!loaded.clean()) {
            throw new MojoFailureException(describe(loaded.problems()));
        }
        return loaded;
    }

    static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("amisdk: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(" in the docs, supplements or naming rules; nothing was generated:");
        problems.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }

    /**
     * Everything the output depends on; equal stamps mean equal output. {@code model} is the model already
     * read (when a website is among the sources), hashed in place of the docs' bytes, or null to hash each
     * docs file or folder.
     */
    GenerationStamp stampOfInputs(String pkg, List<DocsSource> sources, DocsFormat format, AmiModel model)
            throws MojoExecutionException, MojoFailureException {
        for (File file : supplementFiles()) {
            requireFile(file, "supplement");
        }
        for (File file : namingRuleFiles()) {
            requireFile(file, "naming rules");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("generator.version", pluginVersion());
        inputs.put("config.packageName", pkg);
        inputs.put("config.asteriskLine", String.join(",", sources.stream()
                .map(l -> l.line() == null ? "" : l.line()).toList()));
        inputs.put("config.includes", String.join(",", list(includes)));
        inputs.put("config.excludes", String.join(",", list(excludes)));
        inputs.put("config.useBuiltInSupplement", Boolean.toString(useBuiltInSupplement));
        inputs.put("config.moduleInfo", Boolean.toString(moduleInfo));
        if (format != null) {
            inputs.put("config.docsFormat", format.name());
        }
        try {
            if (model != null) {
                inputs.put("input.docs", "model:" + GenerationStamp.sha256(ModelJson.write(model)));
            } else {
                for (int i = 0; i < sources.size(); i++) {
                    inputs.put(i == 0 ? "input.docs" : "input.docs." + i,
                            GenerationStamp.sha256(Path.of(sources.get(i).docs())));
                }
            }
            List<File> files = supplementFiles();
            for (int i = 0; i < files.size(); i++) {
                inputs.put("input.supplement." + i, GenerationStamp.sha256(files.get(i).toPath()));
            }
            List<File> rules = namingRuleFiles();
            for (int i = 0; i < rules.size(); i++) {
                inputs.put("input.namingRules." + i, GenerationStamp.sha256(rules.get(i).toPath()));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("amisdk: cannot read an input: " + e, e);
        }
        return GenerationStamp.of(inputs);
    }

    private static void requireFile(File file, String what) throws MojoFailureException {
        if (file == null || !file.isFile()) {
            throw new MojoFailureException("amisdk: the " + what + " file " + file + " does not exist");
        }
    }

    private void addToBuild() {
        String root = outputDirectory.getAbsolutePath();
        if (!project.getCompileSourceRoots().contains(root)) {
            project.addCompileSourceRoot(root);
        }
        // The ServiceLoader file that makes the SDK's event decoders discoverable lives beside the sources.
        boolean present = project.getResources().stream().anyMatch(r -> root.equals(r.getDirectory()));
        if (!present) {
            Resource services = new Resource();
            services.setDirectory(root);
            services.addInclude("META-INF/**");
            project.addResource(services);
        }
    }

    private List<File> supplementFiles() {
        return supplements == null ? List.of() : supplements;
    }

    private List<File> namingRuleFiles() {
        return namingRules == null ? List.of() : namingRules;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(List<String> patterns) {
        return patterns == null ? List.of() : patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * This plugin's version and the {@link GeneratorFingerprint} of the code it runs: a rebuilt plugin or
     * generator of the same version regenerates.
     */
    private static String pluginVersion() throws MojoExecutionException {
        Properties p = new Properties();
        try (InputStream in = GenerateMojo.class.getResourceAsStream("amisdk-maven-plugin.properties")) {
            if (in == null) {
                throw new MojoExecutionException("amisdk: the plugin jar lacks amisdk-maven-plugin.properties");
            }
            p.load(in);
            return p.getProperty("version") + "+" + GeneratorFingerprint.ofPlugin();
        } catch (IOException e) {
            throw new MojoExecutionException("amisdk: cannot read the plugin version: " + e, e);
        }
    }
}
