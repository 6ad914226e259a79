package io.amisdk.maven;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Which package the generated SDK goes into. The default is the project's groupId followed by {@code .ami},
 * never the published SDK's {@value #PUBLISHED}: a package under your own groupId is yours by Maven's naming
 * rules, so it cannot clash with {@code io.amisdk:amisdk-sdk} (or another library's generated SDK) on one
 * class path, and two of your modules that generate an SDK each get their own.
 */
final class SdkPackage {
    /** The package used when the project has no groupId to derive one from; no amisdk artifact uses it. */
    static final String FALLBACK = "amisdk.generated";

    /** The published SDK's package ({@code io.amisdk:amisdk-sdk}); generating into it clashes with that jar. */
    static final String PUBLISHED = "io.amisdk.sdk";

    private SdkPackage() {
    }

    /**
     * The package to generate into: {@code configured} when given, else {@link #defaultFor} the project's
     * groupId. Fails when it is no Java package, or when the project depends on the published
     * {@code io.amisdk:amisdk-sdk} (whatever the package): two SDKs on one class path register two decoders for
     * every event, and in {@value #PUBLISHED} every class would exist twice.
     */
    static String choose(String configured, MavenProject project, Log log) throws MojoFailureException {
        String pkg = configured == null || configured.isBlank() ? defaultFor(project.getGroupId()) : configured.strip();
        if (!SourceVersion.isName(pkg) || !pkg.matches("[A-Za-z0-9_.]+")) {
            throw new MojoFailureException("amisdk: packageName '" + pkg + "' is not a Java package name"
                    + " (dot-separated ASCII identifiers, no keyword), e.g. com.example.pbx.ami");
        }
        boolean dependsOnSdk = project.getDependencies().stream()
                .anyMatch(d -> "io.amisdk".equals(d.getGroupId()) && "amisdk-sdk".equals(d.getArtifactId()));
        if (dependsOnSdk) {
            throw new MojoFailureException("amisdk: this project depends on io.amisdk:amisdk-sdk and also generates"
                    + " an SDK (package " + pkg + ")" + (pkg.equals(PUBLISHED) ? ", the published SDK's own package:"
                    + " every class would exist twice" : ": both register a decoder for every event") + ". Use one"
                    + " of the two: drop the amisdk-sdk dependency (keep amisdk-runtime), or drop this plugin."
                    + " Nothing was generated.");
        }
        return pkg;
    }

    /**
     * The default package for a groupId: its parts made legal Java identifiers as JLS 6.1 suggests
     * ({@code my-company} → {@code my_company}, {@code 1and1} → {@code _1and1}, {@code int} → {@code int_}),
     * then {@code .ami}; {@value #FALLBACK} when the groupId is missing or has no part left.
     */
    static String defaultFor(String groupId) {
        List<String> parts = new ArrayList<>();
        for (String part : groupId == null ? new String[0] : groupId.strip().split("\\.")) {
            String p = part.strip().replaceAll("[^A-Za-z0-9_]", "_");
            if (p.isEmpty()) {
                continue;
            }
            if (Character.isDigit(p.charAt(0))) {
                p = "_" + p;
            }
            if (SourceVersion.isKeyword(p)) {
                p = p + "_";
            }
            parts.add(p);
        }
        return parts.isEmpty() ? FALLBACK : String.join(".", parts) + ".ami";
    }
}
