package io.amisdk.maven;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Problem;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.supplement.SupplementMerger;
import io.amisdk.generator.supplement.Supplements;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed AMI SDK from Asterisk's {@code core-en_US.xml} and adds it to the build's sources.
 *
 * <p>Incremental: the output directory keeps a stamp of the generator version, the configuration and a
 * hash of every input; when nothing changed the goal logs "up to date" and touches no file. Otherwise
 * only files whose bytes change are rewritten and files no longer produced are deleted. Docs or
 * supplements with problems fail the build, every problem listed with its file and line, before
 * anything in the output directory is touched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {
    /** The Asterisk docs to generate from: a {@code core-en_US.xml}, raw or processed (or its {@code .gz}). */
    @Parameter(property = "amisdk.docs", required = true)
    File docs;

    /** The Java package of the generated classes. */
    @Parameter(property = "amisdk.packageName", defaultValue = SdkGenerator.DEFAULT_PACKAGE)
    String packageName;

    /** Where the sources go; added to the build as a source root (and its {@code META-INF} as resources). */
    @Parameter(property = "amisdk.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/amisdk")
    File outputDirectory;

    /**
     * Action and event names to generate, as patterns ({@code *} any run of characters, {@code ?} one;
     * case ignored). None means every action and event.
     */
    @Parameter(property = "amisdk.includes")
    List<String> includes;

    /** Action and event names to leave out, as patterns like {@link #includes}; they win over includes. */
    @Parameter(property = "amisdk.excludes")
    List<String> excludes;

    /**
     * Extra model files in the model's JSON shape, merged after the shipped supplement, in order: events
     * and headers your Asterisk sends beyond its docs.
     */
    @Parameter(property = "amisdk.supplements")
    List<File> supplements;

    /**
     * Whether to merge the supplement shipped with amisdk: the events, headers and list responses seen
     * from a real Asterisk 22 that its docs lack (e.g. {@code QueueMember}, {@code Newexten}).
     */
    @Parameter(property = "amisdk.useBuiltInSupplement", defaultValue = "true")
    boolean useBuiltInSupplement;

    /** Skips generation altogether (no source root is added). */
    @Parameter(property = "amisdk.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("amisdk: skipped");
            return;
        }
        long start = System.nanoTime();
        Path out = outputDirectory.toPath();
        if (packageName == null || packageName.isBlank()) {
            throw new MojoFailureException("amisdk: packageName must not be empty");
        }
        GenerationStamp stamp = stampOfInputs();
        GenerationStamp previous = GenerationStamp.readFrom(out);
        if (previous != null && previous.upToDateFor(stamp, out)) {
            getLog().info(String.format("amisdk: up to date (%d files in %s, checked in %d ms)",
                    previous.outputCount(), outputDirectory, (System.nanoTime() - start) / 1_000_000));
        } else {
            generate(out, stamp, start);
        }
        addToBuild();
    }

    private void generate(Path out, GenerationStamp stamp, long start)
            throws MojoExecutionException, MojoFailureException {
        AmiModel model = readModel();
        try {
            // The stamp goes first: a generation that fails halfway must not look up to date next time.
            GenerationStamp.deleteFrom(out);
            SdkGenerator.Result result = generator().generate(model, out);
            stamp.withOutputs(result.files()).writeTo(out);
            getLog().info(String.format("amisdk: %d actions, %d events → %d files (%d written, %d unchanged,"
                    + " %d deleted) in %.1f s into %s", result.actions(), result.events(), result.files().size(),
                    result.written(), result.unchanged(), result.deleted(), (System.nanoTime() - start) / 1e9,
                    outputDirectory));
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("amisdk: cannot write the SDK into " + outputDirectory + ": " + e, e);
        }
    }

    /** The docs model with every supplement merged, or a failure listing every problem found. */
    AmiModel readModel() throws MojoFailureException {
        Problems problems = new Problems();
        LoadedDocs loaded;
        try {
            loaded = DocsLoader.load(docs.toPath());
        } catch (DocsException e) {
            throw new MojoFailureException("amisdk: cannot read the docs: " + e.getMessage(), e);
        }
        loaded.problems().forEach(problems::add);
        AmiModel model = loaded.model();
        if (useBuiltInSupplement) {
            // The shipped supplement fits docs of any Asterisk line: what has no place in these docs is left out.
            model = SupplementMerger.mergeApplicable(model, Supplements.builtIn());
        }
        List<AmiModel> extra = new ArrayList<>();
        for (File file : supplementFiles()) {
            AmiModel supplement = Supplements.read(file.toPath(), problems);
            if (supplement != null) {
                extra.add(supplement);
            }
        }
        model = SupplementMerger.merge(model, extra, problems);
        if (!problems.isEmpty()) {
            throw new MojoFailureException(describe(problems.all()));
        }
        return model;
    }

    static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("amisdk: ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(" in the docs or supplements; nothing was generated:");
        problems.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }

    private SdkGenerator generator() {
        return SdkGenerator.builder().packageName(packageName).includes(list(includes)).excludes(list(excludes))
                .build();
    }

    /** Everything the output depends on; equal stamps mean equal output. */
    GenerationStamp stampOfInputs() throws MojoExecutionException, MojoFailureException {
        requireFile(docs, "docs");
        for (File file : supplementFiles()) {
            requireFile(file, "supplement");
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("generator.version", pluginVersion());
        inputs.put("config.packageName", packageName);
        inputs.put("config.includes", String.join(",", list(includes)));
        inputs.put("config.excludes", String.join(",", list(excludes)));
        inputs.put("config.useBuiltInSupplement", Boolean.toString(useBuiltInSupplement));
        try {
            inputs.put("input.docs", GenerationStamp.sha256(docs.toPath()));
            List<File> files = supplementFiles();
            for (int i = 0; i < files.size(); i++) {
                inputs.put("input.supplement." + i, GenerationStamp.sha256(files.get(i).toPath()));
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

    private static List<String> list(List<String> patterns) {
        return patterns == null ? List.of() : patterns.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /**
     * This plugin's version: the generator is released with it, so it stands for the generator's.
     * A snapshot also hashes its own jar, so a rebuilt snapshot regenerates.
     */
    private static String pluginVersion() throws MojoExecutionException {
        Properties p = new Properties();
        try (InputStream in = GenerateMojo.class.getResourceAsStream("amisdk-maven-plugin.properties")) {
            if (in == null) {
                throw new MojoExecutionException("amisdk: the plugin jar lacks amisdk-maven-plugin.properties");
            }
            p.load(in);
            String version = p.getProperty("version");
            return version.endsWith("-SNAPSHOT") ? version + "+" + generatorJarHash() : version;
        } catch (IOException e) {
            throw new MojoExecutionException("amisdk: cannot read the plugin version: " + e, e);
        }
    }

    private static String generatorJarHash() throws IOException {
        java.security.CodeSource source = SdkGenerator.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            return jar.toFile().isFile() ? GenerationStamp.sha256(jar).substring(0, 16) : "classes";
        } catch (URISyntaxException e) {
            return "unknown";
        }
    }
}
