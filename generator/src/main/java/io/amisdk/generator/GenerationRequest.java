package io.amisdk.generator;

import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.source.DocsFormat;
import io.amisdk.generator.source.html.CrawlOptions;
import io.amisdk.generator.naming.NamingRuleFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link Generation} reads and writes: the docs (or a model already read), the supplements, and the
 * SDK's package, selection and output directories. Built with {@link #builder()}; immutable.
 */
public final class GenerationRequest {
    private final List<DocsSource> docs;
    private final DocsFormat format;
    private final CrawlOptions crawl;
    private final LoadedDocs loaded;
    private final boolean builtInSupplement;
    private final List<Path> supplements;
    private final List<Path> namingRules;
    private final String packageName;
    private final boolean moduleInfo;
    private final List<String> includes;
    private final List<String> excludes;
    private final Path sourceDirectory;
    private final Path resourceDirectory;

    private GenerationRequest(Builder b) {
        if (b.docs.isEmpty() == (b.loaded == null)) {
            throw new IllegalStateException("a generation request needs either docs to read or a model, not "
                    + (b.loaded == null ? "neither" : "both"));
        }
        this.docs = List.copyOf(b.docs);
        this.format = b.format;
        this.crawl = b.crawl;
        this.loaded = b.loaded;
        this.builtInSupplement = b.builtInSupplement;
        this.supplements = List.copyOf(b.supplements);
        this.namingRules = List.copyOf(b.namingRules);
        this.packageName = b.packageName;
        this.moduleInfo = b.moduleInfo;
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.sourceDirectory = b.sourceDirectory;
        this.resourceDirectory = b.resourceDirectory;
    }

    /**
     * A request with the defaults: the built-in supplement merged, no supplement files, package
     * {@value SdkGenerator#DEFAULT_PACKAGE}, everything included, no {@code module-info.java}, pages fetched
     * as {@link CrawlOptions#defaults()} says.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The docs to read, each with its line; empty when the request holds a model ({@link #loaded()}). */
    public List<DocsSource> docs() {
        return docs;
    }

    /** The docs' form, or null to tell it from each source. */
    public DocsFormat format() {
        return format;
    }

    /** How docs pages are fetched (cache, offline, limits); unused for XML. */
    public CrawlOptions crawl() {
        return crawl;
    }

    /** The docs already read, with their problems, in place of {@link #docs()}; or null. */
    public LoadedDocs loaded() {
        return loaded;
    }

    /** Whether the supplement shipped with amisdk is merged (what applies to these docs). */
    public boolean builtInSupplement() {
        return builtInSupplement;
    }

    /** The user's supplement files, merged after the built-in one, in order. */
    public List<Path> supplements() {
        return supplements;
    }

    /** The user's naming rules files ({@link io.amisdk.generator.naming.NamingRuleFile}), before the built-in rules. */
    public List<Path> namingRules() {
        return namingRules;
    }

    /** The directory the Java sources go to; null when the request is only read ({@link Generation#load}). */
    public Path sourceDirectory() {
        return sourceDirectory;
    }

    /** The directory the ServiceLoader file goes to (under its {@code META-INF/}); may be the source directory. */
    public Path resourceDirectory() {
        return resourceDirectory;
    }

    /** The emitting half: package, {@code module-info.java}, includes and excludes, and these naming rules. */
    public SdkGenerator generator(NamingRuleFile rules) {
        return SdkGenerator.builder().packageName(packageName).moduleInfo(moduleInfo).includes(includes)
                .excludes(excludes).namingRules(rules).build();
    }

    @Override
    public String toString() {
        return "GenerationRequest{docs=" + (loaded != null ? "model " + loaded.model().source() : docs)
                + ", builtInSupplement=" + builtInSupplement + ", supplements=" + supplements + ", namingRules=" + namingRules + ", package="
                + packageName + ", includes=" + includes + ", excludes=" + excludes + ", out=" + sourceDirectory + "}";
    }

    /** Configures a request. */
    public static final class Builder {
        private final List<DocsSource> docs = new ArrayList<>();
        private DocsFormat format;
        private CrawlOptions crawl = CrawlOptions.defaults();
        private LoadedDocs loaded;
        private boolean builtInSupplement = true;
        private final List<Path> supplements = new ArrayList<>();
        private final List<Path> namingRules = new ArrayList<>();
        private String packageName = SdkGenerator.DEFAULT_PACKAGE;
        private boolean moduleInfo;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path sourceDirectory;
        private Path resourceDirectory;

        private Builder() {
        }

        /** The docs to read: one source, or several, each naming its line ({@link DocsSource#parseAll}). */
        public Builder docs(List<DocsSource> sources) {
            docs.clear();
            docs.addAll(sources);
            return this;
        }

        /** The docs' form for every source; null (the default) tells it from each. */
        public Builder format(DocsFormat format) {
            this.format = format;
            return this;
        }

        /** How docs pages are fetched. */
        public Builder crawl(CrawlOptions crawl) {
            this.crawl = Objects.requireNonNull(crawl, "crawl");
            return this;
        }

        /** A model already read, in place of docs; the supplements are still merged into it. */
        public Builder model(AmiModel model) {
            return loaded(new LoadedDocs(model, List.of()));
        }

        /** Docs already read, with the problems found reading them, in place of docs. */
        public Builder loaded(LoadedDocs loaded) {
            this.loaded = Objects.requireNonNull(loaded, "loaded");
            return this;
        }

        /** Whether to merge the supplement shipped with amisdk (default: true). */
        public Builder builtInSupplement(boolean builtInSupplement) {
            this.builtInSupplement = builtInSupplement;
            return this;
        }

        /** Supplement files in the model's JSON shape, merged after the built-in one, in order. */
        public Builder supplements(List<Path> files) {
            supplements.clear();
            supplements.addAll(files);
            return this;
        }

        /** Naming rules files (JSON, {@link io.amisdk.generator.naming.NamingRuleFile}), before the built-in rules. */
        public Builder namingRules(List<Path> files) {
            namingRules.clear();
            namingRules.addAll(files);
            return this;
        }

        /** The package of the generated classes. */
        public Builder packageName(String packageName) {
            this.packageName = Objects.requireNonNull(packageName, "packageName").strip();
            return this;
        }

        /** Whether the SDK is a named JPMS module ({@link SdkGenerator.Builder#moduleInfo}). */
        public Builder moduleInfo(boolean moduleInfo) {
            this.moduleInfo = moduleInfo;
            return this;
        }

        /** Action and event name patterns to generate ({@code *}, {@code ?}); none means all. */
        public Builder includes(List<String> patterns) {
            includes.clear();
            includes.addAll(patterns);
            return this;
        }

        /** Action and event name patterns to leave out; they win over includes. */
        public Builder excludes(List<String> patterns) {
            excludes.clear();
            excludes.addAll(patterns);
            return this;
        }

        /** One source root for the sources and the ServiceLoader file. */
        public Builder outputDirectory(Path directory) {
            return outputDirectories(directory, directory);
        }

        /** The sources into one directory, the ServiceLoader file into another (the two may be the same). */
        public Builder outputDirectories(Path sources, Path resources) {
            this.sourceDirectory = Objects.requireNonNull(sources, "sources");
            this.resourceDirectory = Objects.requireNonNull(resources, "resources");
            return this;
        }

        /**
         * The request.
         *
         * @throws IllegalStateException unless exactly one of docs and a model was given
         * @throws IllegalArgumentException when the package is not a Java package name
         */
        public GenerationRequest build() {
            GenerationRequest request = new GenerationRequest(this);
            request.generator(NamingRuleFile.none()); // fails early on a bad package name
            return request;
        }
    }
}
