package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.runtime.AmiAction;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated tree with javac in-process, as strictly as users are promised
 * ({@code -Xlint:all -Werror}), with only the runtime on the class path.
 */
final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** Compiles every .java file under {@code sources} into {@code classes}, copying META-INF too; fails with javac's output. */
    static ClassLoader compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK with javac").isNotNull();
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().map(Path::toFile).toList();
        }
        Files.createDirectories(classes);
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                    "-classpath", runtimeClassPath(), "-d", classes.toString()));
            boolean ok = javac.getTask(diagnostics, fm, null, options, null, fm.getJavaFileObjectsFromFiles(files)).call();
            assertThat(ok).as("javac -Xlint:all -Werror on %d generated files:%n%s", files.size(), diagnostics).isTrue();
        }
        Path services = sources.resolve("META-INF");
        if (Files.isDirectory(services)) {
            try (Stream<Path> walk = Files.walk(services)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path target = classes.resolve(sources.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, InMemoryCompiler.class.getClassLoader());
    }

    /** Where the runtime's classes are (a directory in the reactor, or a jar). */
    static String runtimeClassPath() {
        try {
            return Path.of(AmiAction.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
