package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The javadoc tool, with doclint and -Werror, accepts the generated sources (the fixture has hostile doc text). */
class GeneratedJavadocTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("javadoc -Xdoclint:all -Werror runs clean on the generated SDK")
    void javadocRunsClean() throws Exception {
        Path sources = temp.resolve("src");
        new IncrementalWriter().write(sources, new SdkEmitter("io.amisdk.sdk").emit(io.amisdk.generator.link.Linker.finishTyped(FixtureModel.model())));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        assertThat(javadoc).as("a JDK with javadoc").isNotNull();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fm = javadoc.getStandardFileManager(null, null, null)) {
            List<String> options = List.of("-quiet", "-Xdoclint:all", "-Werror", "-encoding", "UTF-8",
                    "-classpath", InMemoryCompiler.runtimeClassPath(), "-d", temp.resolve("apidocs").toString());
            boolean ok = javadoc.getTask(output, fm, null, null, options, fm.getJavaFileObjectsFromPaths(files)).call();
            assertThat(ok).as("javadoc output:%n%s", output).isTrue();
        }
        assertThat(temp.resolve("apidocs/io/amisdk/sdk/action/LoginAction.html")).isRegularFile();
    }
}
