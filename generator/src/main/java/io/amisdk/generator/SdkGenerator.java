package io.amisdk.generator;

import io.amisdk.generator.emit.GeneratedFile;
import io.amisdk.generator.emit.IncrementalWriter;
import io.amisdk.generator.emit.SdkEmitter;
import io.amisdk.generator.link.Linker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ShapeDef;
import io.amisdk.generator.naming.NamingRuleFile;
import io.amisdk.generator.naming.NamingStrategy;
import io.amisdk.generator.source.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Generates a typed SDK from a model: the emitting half of {@link Generation}, which the CLI and the Maven
 * plugin call; it reads no docs and merges no supplements (the model comes with them merged).
 *
 * <pre>{@code
 * SdkGenerator.Result result = SdkGenerator.builder()
 *         .packageName("io.amisdk.sdk")
 *         .includes(List.of("Core*", "Login"))
 *         .build()
 *         .generate(model, outputDirectory);
 * }</pre>
 *
 * <p>Everything is emitted in memory before the first byte is written, so a failure leaves the previous
 * output as it was. Writing is incremental (see {@link IncrementalWriter}).
 */
public final class SdkGenerator {
    /** The package used when none is given. */
    public static final String DEFAULT_PACKAGE = "io.amisdk.sdk";

    private final String packageName;
    private final boolean moduleInfo;
    private final List<String> includes;
    private final List<String> excludes;
    private final NamingRuleFile namingRules;

    private SdkGenerator(Builder builder) {
        this.packageName = builder.packageName;
        this.moduleInfo = builder.moduleInfo;
        this.includes = List.copyOf(builder.includes);
        this.excludes = List.copyOf(builder.excludes);
        this.namingRules = builder.namingRules;
        new SdkEmitter(packageName); // fails early on a bad package name
    }

    /** Returns a builder with the defaults: package {@value #DEFAULT_PACKAGE}, everything included. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What one generation did.
     *
     * @param actions   how many action classes the SDK has
     * @param events    how many event classes the SDK has
     * @param files     every file of the SDK, relative to the output directory, sorted
     * @param write     what the writer did; null when nothing was written ({@link #render}, or problems)
     * @param elapsed   the time from model to files on disk
     * @param problems  what the user's naming rules did wrong, each at its line; when any, nothing was written
     */
    public record Result(int actions, int events, List<String> files, IncrementalWriter.Result write, Duration elapsed,
            List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        /** Whether the SDK was generated: no problems. */
        public boolean clean() {
            return problems.isEmpty();
        }

        /** How many files were created or replaced. */
        public int written() {
            return write == null ? 0 : write.written().size();
        }

        /** How many files already held the right bytes. */
        public int unchanged() {
            return write == null ? 0 : write.unchanged().size();
        }

        /** How many stale files of an earlier run were deleted. */
        public int deleted() {
            return write == null ? 0 : write.deleted().size();
        }
    }

    /**
     * The model as it will be generated: finished again over what supplements added ({@link Linker#finish}),
     * then only the included names, with the shared enums and shapes they use.
     */
    public AmiModel select(AmiModel model) {
        return select(model, NamingStrategy.withUserRules(namingRules));
    }

    private AmiModel select(AmiModel model, NamingStrategy naming) {
        AmiModel merged = Linker.finish(model, naming);
        Predicate<String> wanted = wanted(includes, excludes);
        List<ActionDef> actions = merged.actions().stream().filter(a -> wanted.test(a.name())).toList();
        List<EventDef> events = merged.events().stream().filter(e -> wanted.test(e.name())).toList();
        if (actions.size() == merged.actions().size() && events.size() == merged.events().size()) {
            return merged;
        }
        Set<String> enums = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        Consumer<ParameterDef> uses = p -> {
            if (p.type().sharedEnum() != null) {
                enums.add(p.type().sharedEnum());
            }
            if (p.shape() != null) {
                shapes.add(p.shape().shape());
            }
        };
        actions.forEach(a -> {
            a.parameters().forEach(uses);
            if (a.response() != null) {
                a.response().fields().forEach(uses);
            }
        });
        events.forEach(e -> e.fields().forEach(uses));
        List<ShapeDef> usedShapes = merged.shapes().stream().filter(s -> shapes.contains(s.name())).toList();
        usedShapes.forEach(s -> s.fields().forEach(uses));
        // with(): the merged lines stay with the selection; only the shared enums and shapes it uses. Finished again
        // (types kept): a list whose item event was left out, a see-also naming what was left out, are decided anew.
        AmiModel selected = merged.with(actions, events)
                .withShared(merged.enums().stream().filter(e -> enums.contains(e.name())).toList(), usedShapes);
        return Linker.finishTyped(selected);
    }

    /**
     * Every file of the SDK, in memory, sorted by path.
     *
     * @throws IllegalArgumentException listing, each at its line, what the user's naming rules did wrong
     */
    public List<GeneratedFile> render(AmiModel model) {
        NamingStrategy naming = NamingStrategy.withUserRules(namingRules);
        List<GeneratedFile> files = new SdkEmitter(packageName, moduleInfo, naming).emit(select(model, naming));
        List<Problem> problems = naming.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problems in the naming rules:\n"
                    + String.join("\n", problems.stream().map(Problem::toString).toList()));
        }
        return files;
    }

    /** Generates the SDK into a directory (a source root; the ServiceLoader file goes under its META-INF/). */
    public Result generate(AmiModel model, Path outputDirectory) throws IOException {
        return generate(model, outputDirectory, outputDirectory);
    }

    /**
     * Generates the Java sources into {@code sourceDirectory} and the resources (the ServiceLoader file
     * {@code META-INF/services/io.amisdk.runtime.EventDecoderProvider}) into {@code resourceDirectory};
     * the two may be the same. Each directory keeps its own manifest of what was generated there.
     */
    public Result generate(AmiModel model, Path sourceDirectory, Path resourceDirectory) throws IOException {
        long start = System.nanoTime();
        NamingStrategy naming = NamingStrategy.withUserRules(namingRules);
        AmiModel selected = select(model, naming);
        List<GeneratedFile> files = new SdkEmitter(packageName, moduleInfo, naming).emit(selected);
        List<String> paths = files.stream().map(GeneratedFile::path).toList();
        List<Problem> problems = naming.problems();
        if (!problems.isEmpty()) {
            // A name the user asked for and did not get: write nothing rather than an SDK they did not mean.
            return new Result(selected.actions().size(), selected.events().size(), paths, null,
                    Duration.ofNanos(System.nanoTime() - start), problems);
        }
        IncrementalWriter writer = new IncrementalWriter();
        IncrementalWriter.Result write;
        if (sourceDirectory.toAbsolutePath().normalize().equals(resourceDirectory.toAbsolutePath().normalize())) {
            write = writer.write(sourceDirectory, files);
        } else {
            List<GeneratedFile> sources = files.stream().filter(f -> f.path().endsWith(".java")).toList();
            List<GeneratedFile> resources = files.stream().filter(f -> !f.path().endsWith(".java")).toList();
            write = merge(writer.write(sourceDirectory, sources), writer.write(resourceDirectory, resources));
        }
        return new Result(selected.actions().size(), selected.events().size(), paths, write,
                Duration.ofNanos(System.nanoTime() - start), List.of());
    }

    private static IncrementalWriter.Result merge(IncrementalWriter.Result a, IncrementalWriter.Result b) {
        return new IncrementalWriter.Result(sorted(a.written(), b.written()), sorted(a.unchanged(), b.unchanged()),
                sorted(a.deleted(), b.deleted()));
    }

    private static List<String> sorted(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(null);
        return all;
    }

    /** Whether a name passes: it matches an include (or there are none) and no exclude. */
    static Predicate<String> wanted(List<String> includes, List<String> excludes) {
        // Blank patterns (an empty <include/> in a pom) mean nothing, not "the empty name".
        List<Pattern> in = includes.stream().filter(p -> !p.isBlank()).map(SdkGenerator::glob).toList();
        List<Pattern> out = excludes.stream().filter(p -> !p.isBlank()).map(SdkGenerator::glob).toList();
        return name -> (in.isEmpty() || in.stream().anyMatch(p -> p.matcher(name).matches()))
                && out.stream().noneMatch(p -> p.matcher(name).matches());
    }

    /** A name pattern: {@code *} any run of characters, {@code ?} one; case is ignored, as on the wire. */
    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.strip().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Configures a generator. */
    public static final class Builder {
        private String packageName = DEFAULT_PACKAGE;
        private boolean moduleInfo;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private NamingRuleFile namingRules = NamingRuleFile.none();

        private Builder() {
        }

        /** The package of the generated classes. */
        public Builder packageName(String packageName) {
            this.packageName = Objects.requireNonNull(packageName, "packageName").strip();
            return this;
        }

        /**
         * Whether the SDK is a named JPMS module: writes a {@code module-info.java} (module named as the
         * package, requiring the runtime, exporting every package, providing the event decoders). Off by
         * default: in a project of its own sources that are not a module, one would make them one.
         */
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

        /** A user's naming rules ({@link NamingRuleFile#readAll}), before the built-in ones. */
        public Builder namingRules(NamingRuleFile rules) {
            this.namingRules = Objects.requireNonNull(rules, "rules");
            return this;
        }

        /** The generator. */
        public SdkGenerator build() {
            return new SdkGenerator(this);
        }
    }

    @Override
    public String toString() {
        return "SdkGenerator{package=" + packageName + ", includes=" + includes + ", excludes=" + excludes
                + "}";
    }
}
