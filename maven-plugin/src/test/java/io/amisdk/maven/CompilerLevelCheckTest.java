package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the Java 17 check of the project's compiler level, before anything is generated")
class CompilerLevelCheckTest {
    @TempDir
    Path dir;

    /** A project as Maven's model builder leaves it: properties, and the compiler plugin with default-compile. */
    private static MavenProject project(String compilerVersion, String pluginConfig, String executionConfig,
            String... properties) throws Exception {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("pbx");
        for (int i = 0; i < properties.length; i += 2) {
            model.addProperty(properties[i], properties[i + 1]);
        }
        Build build = new Build();
        if (compilerVersion != null) {
            Plugin compiler = new Plugin();
            compiler.setGroupId("org.apache.maven.plugins");
            compiler.setArtifactId("maven-compiler-plugin");
            compiler.setVersion(compilerVersion);
            compiler.setConfiguration(dom(pluginConfig));
            PluginExecution compile = new PluginExecution();
            compile.setId("default-compile");
            compile.setPhase("compile");
            compile.addGoal("compile");
            compile.setConfiguration(dom(executionConfig));
            compiler.addExecution(compile);
            build.addPlugin(compiler);
        }
        model.setBuild(build);
        return new MavenProject(model);
    }

    private static Xpp3Dom dom(String inner) throws Exception {
        return inner == null ? null
                : Xpp3DomBuilder.build(new StringReader("<configuration>" + inner + "</configuration>"));
    }

    private GenerateMojo mojo(MavenProject project, String... userProperties) {
        GenerateMojo mojo = new GenerateMojo();
        String docsDir = System.getProperty("amisdk.docs.dir");
        mojo.docs = new File(docsDir, "xml/22/core-en_US.xml").getPath();
        mojo.cacheDirectory = dir.resolve("cache").toFile();
        mojo.maxPages = 2000;
        mojo.outputDirectory = dir.resolve("out").toFile();
        mojo.includes = List.of("Ping");
        mojo.useBuiltInSupplement = true;
        mojo.project = project;
        Properties props = new Properties();
        for (int i = 0; i < userProperties.length; i += 2) {
            props.setProperty(userProperties[i], userProperties[i + 1]);
        }
        MavenSession session = mock(MavenSession.class);
        when(session.getUserProperties()).thenReturn(props);
        mojo.session = session;
        mojo.setLog(new SystemStreamLog());
        return mojo;
    }

    private void assertFailsWith(GenerateMojo mojo, String... parts) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("amisdk: the generated SDK needs Java 17 or later, but this project compiles"
                        + " for ")
                .hasMessageEndingWith(", and build on JDK 17 or later. Nothing was generated.")
                .hasMessageContainingAll(parts);
        assertThat(mojo.outputDirectory).doesNotExist();
    }

    @Test
    @DisplayName("maven.compiler.release 11: one message naming the property, what is needed and the fix")
    void releasePropertyBelow17() throws Exception {
        GenerateMojo mojo = mojo(project("3.14.1", null, null, "maven.compiler.release", "11"));

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(
                "amisdk: the generated SDK needs Java 17 or later, but this project compiles for Java 11:"
                + " release 11 (property maven.compiler.release). Fix: set <maven.compiler.release>17"
                + "</maven.compiler.release> in the pom's <properties>, and build on JDK 17 or later."
                + " Nothing was generated.");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("<release> in the compiler's configuration wins over the property, and the fix says where it is")
    void configuredReleaseWinsOverProperty() throws Exception {
        GenerateMojo mojo = mojo(project("3.14.1", "<release>11</release>", null, "maven.compiler.release", "21"));

        assertFailsWith(mojo, "Java 11: release 11 (<release> in the maven-compiler-plugin's configuration)",
                "Fix: set <release>17</release> in the maven-compiler-plugin's <configuration>");
    }

    @Test
    @DisplayName("a release set on the execution, through a property the pom defines, is read as resolved")
    void executionConfigurationWithExpression() throws Exception {
        GenerateMojo mojo = mojo(project("3.14.1", "<release>21</release>", "<release>${java.level}</release>",
                "java.level", "8"));

        assertFailsWith(mojo, "Java 8: release 8 (<release> in the maven-compiler-plugin's configuration)");
    }

    @Test
    @DisplayName("-Dmaven.compiler.release on the command line wins over the pom's property, either way")
    void commandLineWins() throws Exception {
        assertThatCode(() -> mojo(project("3.14.1", null, null, "maven.compiler.release", "11"),
                "maven.compiler.release", "17").execute()).doesNotThrowAnyException();

        GenerateMojo low = mojo(project("3.14.1", null, null, "maven.compiler.release", "17"),
                "maven.compiler.release", "11");
        low.outputDirectory = dir.resolve("out-low").toFile();
        assertFailsWith(low, "release 11 (-Dmaven.compiler.release on the command line)",
                "Fix: pass -Dmaven.compiler.release=17 on the command line, or none");
    }

    @Test
    @DisplayName("source and target 1.8 without a release: both named, the fix is a release")
    void sourceAndTargetBelow17() throws Exception {
        GenerateMojo mojo = mojo(project("3.14.1", "<source>1.8</source>", null, "maven.compiler.target", "1.8"));

        assertFailsWith(mojo, "compiles for Java 8: source 1.8 (<source> in the maven-compiler-plugin's"
                + " configuration); target 1.8 (property maven.compiler.target)",
                "Fix: set <maven.compiler.release>17</maven.compiler.release> in the pom's <properties>"
                + " (a release replaces source and target)");
    }

    @Test
    @DisplayName("release 17 with maven-compiler-plugin 3.1 (Maven 3.8's default) is ignored: the fix is the version")
    void releaseIgnoredBeforeCompiler36() throws Exception {
        GenerateMojo mojo = mojo(project("3.1", null, null, "maven.compiler.release", "17"));

        assertFailsWith(mojo, "compiles for Java 8 or older: release 17 (property maven.compiler.release), which"
                + " maven-compiler-plugin 3.1 ignores (release came with 3.6); no source or target is set, so"
                + " maven-compiler-plugin 3.1 uses its built-in default",
                "Fix: use maven-compiler-plugin 3.6 or later (e.g. <version>3.14.1</version> on it in <build><plugins>)");
    }

    @Test
    @DisplayName("nothing set: a 3.x compiler plugin's own default is below 17")
    void nothingSetWithCompiler3() throws Exception {
        GenerateMojo mojo = mojo(project("3.13.0", null, null));

        assertFailsWith(mojo, "compiles for Java 8 or older: no release, source or target is set, so"
                + " maven-compiler-plugin 3.13.0 uses its built-in default");
    }

    @Test
    @DisplayName("release 17+, source/target 17, a 4.x compiler left to javac, or no compiler at all: generates")
    void enoughGenerates() throws Exception {
        for (MavenProject ok : List.of(
                project("3.14.1", null, null, "maven.compiler.release", "17"),
                project("3.14.1", "<release>21</release>", null, "maven.compiler.release", "11"),
                project("3.14.1", null, null, "maven.compiler.source", "17", "maven.compiler.target", "17"),
                project("3.14.1", null, null, "maven.compiler.release", "25",
                        "maven.compiler.source", "1.8", "maven.compiler.target", "1.8"),
                project("4.0.0-beta-3", null, null),
                project(null, null, null))) {
            assertThatCode(() -> mojo(ok).execute()).doesNotThrowAnyException();
        }
        assertThat(dir.resolve("out/com/example/ami/PingAction.java")).isRegularFile();
    }

    @Test
    @DisplayName("skip skips the check too")
    void skipSkipsTheCheck() throws Exception {
        GenerateMojo mojo = mojo(project("3.14.1", null, null, "maven.compiler.release", "11"));
        mojo.skip = true;

        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }
}
