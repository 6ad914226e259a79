package io.amisdk.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The Java level a project's {@code maven-compiler-plugin} compiles the main sources for, read the way
 * the compiler plugin reads it, and whether that is enough for the generated SDK (Java {@value #NEEDED}).
 *
 * <p>Per {@code compile} execution (or the plugin's own configuration when none is listed): an explicit
 * {@code <release>}, {@code <source>} or {@code <target>} in the configuration wins over its property
 * ({@code maven.compiler.release}, {@code .source}, {@code .target}); a property given on the command line
 * wins over the pom's. A non-empty release replaces source and target, as javac's {@code --release} does,
 * except before compiler plugin 3.6, which has no release parameter (Maven 3.8 binds 3.1 by default).
 * With none of them set, every 3.x compiler plugin uses its own default, which is below 17 (1.5 to 1.8
 * depending on the version). A project without the compiler plugin (packaging {@code pom}) compiles
 * nothing, so any level is fine there.
 */
final class CompilerLevel {
    /** The Java release the generated code needs: it uses amisdk-runtime, whose class files are Java 17's. */
    static final int NEEDED = 17;

    private static final String GROUP = "org.apache.maven.plugins";
    private static final String ARTIFACT = "maven-compiler-plugin";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern LEVEL = Pattern.compile("(?:1\\.)?(\\d+)(?:\\..*)?");

    private CompilerLevel() {
    }

    /**
     * One setting as the compiler plugin resolves it.
     *
     * @param name  {@code release}, {@code source} or {@code target}
     * @param value its value, or null when unset
     * @param from  where it came from, for the message
     */
    private record Setting(String name, String value, String from, boolean fromConfiguration) {
        boolean isSet() {
            return value != null && !value.isBlank();
        }

        /** The Java feature number ({@code 1.8} → 8, {@code 11} → 11), or -1 when it does not read as one. */
        int level() {
            Matcher m = LEVEL.matcher(value.strip());
            return m.matches() ? Integer.parseInt(m.group(1)) : -1;
        }

        String describe() {
            return name + " " + value.strip() + " (" + from + ")";
        }
    }

    /**
     * The one failure message when the project compiles its main sources for less than Java 17, else
     * null. {@code userProperties} are the command line's {@code -D} properties (may be null).
     */
    static String problem(MavenProject project, Properties userProperties) {
        Plugin compiler = project.getBuildPlugins().stream()
                .filter(p -> GROUP.equals(p.getGroupId()) && ARTIFACT.equals(p.getArtifactId()))
                .findFirst().orElse(null);
        if (compiler == null) {
            return null;
        }
        Xpp3Dom pluginConfig = (Xpp3Dom) compiler.getConfiguration();
        List<PluginExecution> compiles = compiler.getExecutions().stream()
                .filter(e -> e.getGoals().contains("compile")).toList();
        if (compiles.isEmpty()) {
            return problem(project, userProperties, compiler, pluginConfig, null);
        }
        for (PluginExecution execution : compiles) {
            String message = problem(project, userProperties, compiler, pluginConfig, execution);
            if (message != null) {
                return message;
            }
        }
        return null;
    }

    private static String problem(MavenProject project, Properties userProperties, Plugin compiler,
            Xpp3Dom pluginConfig, PluginExecution execution) {
        Xpp3Dom executionConfig = execution == null ? null : (Xpp3Dom) execution.getConfiguration();
        Setting release = setting("release", project, userProperties, pluginConfig, executionConfig);
        // Before 3.6 the compiler plugin has no release parameter: a release set for it changes nothing.
        boolean releaseIgnored = release.isSet() && !atLeast(compiler.getVersion(), 3, 6);
        List<Setting> low = new ArrayList<>();
        boolean defaulted = false;
        if (release.isSet() && !releaseIgnored) {
            if (isLow(release)) {
                low.add(release);
            }
        } else {
            for (String name : List.of("source", "target")) {
                Setting s = setting(name, project, userProperties, pluginConfig, executionConfig);
                if (!s.isSet()) {
                    // 4.x leaves an unset level to javac, whose default is the JDK's own (17 or later here).
                    defaulted |= !atLeast(compiler.getVersion(), 4, 0);
                } else if (isLow(s)) {
                    low.add(s);
                }
            }
        }
        if (low.isEmpty() && !defaulted) {
            return null;
        }
        String plugin = "maven-compiler-plugin" + (compiler.getVersion() == null ? "" : " " + compiler.getVersion());
        List<String> found = new ArrayList<>();
        if (releaseIgnored) {
            found.add(release.describe() + ", which " + plugin + " ignores (release came with 3.6)");
        }
        low.stream().map(Setting::describe).forEach(found::add);
        if (defaulted) {
            found.add((!low.isEmpty() ? "the other level is unset" : releaseIgnored ? "no source or target is set"
                    : "no release, source or target is set") + ", so " + plugin + " uses its built-in default");
        }
        int lowest = low.stream().mapToInt(Setting::level).min().orElse(Integer.MAX_VALUE);
        String level = defaulted && lowest >= 8 ? "Java 8 or older" : "Java " + lowest;
        String where = execution == null || execution.getId() == null || "default-compile".equals(execution.getId())
                ? "" : " in execution " + execution.getId();
        String fix = releaseIgnored
                ? "use maven-compiler-plugin 3.6 or later (e.g. <version>3.14.1</version> on it in <build><plugins>)"
                : fix(release);
        return "amisdk: the generated SDK needs Java " + NEEDED + " or later, but this project compiles for " + level
                + where + ": " + String.join("; ", found) + ". Fix: " + fix
                + ", and build on JDK " + NEEDED + " or later. Nothing was generated.";
    }

    private static String fix(Setting release) {
        String property = "set <maven.compiler.release>" + NEEDED
                + "</maven.compiler.release> in the pom's <properties>";
        if (!release.isSet()) {
            return property + " (a release replaces source and target)";
        }
        if (release.fromConfiguration()) {
            return "set <release>" + NEEDED + "</release> in the maven-compiler-plugin's <configuration>";
        }
        if (release.from().startsWith("-D")) {
            return "pass -Dmaven.compiler.release=" + NEEDED + " on the command line, or none";
        }
        return property;
    }

    private static boolean isLow(Setting s) {
        int level = s.level();
        // A level that reads as no number is left to javac, which names it better than we could.
        return level >= 0 && level < NEEDED;
    }

    private static Setting setting(String name, MavenProject project, Properties userProperties,
            Xpp3Dom pluginConfig, Xpp3Dom executionConfig) {
        String property = "maven.compiler." + name;
        String configured = child(executionConfig, name);
        if (configured == null) {
            configured = child(pluginConfig, name);
        }
        if (configured != null) {
            String resolved = resolve(configured, project, userProperties);
            return new Setting(name, resolved, "<" + name + "> in the maven-compiler-plugin's configuration", true);
        }
        String fromCommandLine = userProperties == null ? null : userProperties.getProperty(property);
        if (fromCommandLine != null) {
            return new Setting(name, fromCommandLine, "-D" + property + " on the command line", false);
        }
        String fromPom = project.getProperties().getProperty(property);
        return new Setting(name, fromPom, "property " + property, false);
    }

    private static String child(Xpp3Dom config, String name) {
        Xpp3Dom child = config == null ? null : config.getChild(name);
        return child == null ? null : child.getValue();
    }

    /** Resolves a {@code ${…}} the model left as it was (a property the pom does not define). */
    private static String resolve(String value, MavenProject project, Properties userProperties) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String v = userProperties == null ? null : userProperties.getProperty(key);
            if (v == null) {
                v = project.getProperties().getProperty(key);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Whether a plugin version is at least {@code major.minor}; a missing or odd version counts as a 3.x past 3.6. */
    private static boolean atLeast(String version, int major, int minor) {
        Matcher m = version == null ? null : Pattern.compile("(\\d+)(?:\\.(\\d+))?.*").matcher(version);
        if (m == null || !m.matches()) {
            return major < 3 || (major == 3 && minor <= 6);
        }
        int ma = Integer.parseInt(m.group(1));
        int mi = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return ma != major ? ma > major : mi >= minor;
    }
}
