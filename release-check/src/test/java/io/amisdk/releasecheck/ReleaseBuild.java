package io.amisdk.releasecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the build (every module's pom, and the sources of the modules released) at a release version, a
 * throwaway gpg home with one key, and the Maven that runs this build, to run the release profile on.
 */
final class ReleaseBuild {
    static final String VERSION = "0.1.0";
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

    final Path project;
    final Path gnupgHome;
    private String keyId;

    private ReleaseBuild(Path project, Path gnupgHome) {
        this.project = project;
        this.gnupgHome = gnupgHome;
    }

    /** Copies the checkout's poms (all modules) and the named modules' main sources into {@code dir}. */
    static ReleaseBuild copy(Path checkout, Path dir, List<String> released) throws IOException {
        Path project = dir.resolve("amisdk");
        copyPom(checkout.resolve("pom.xml"), project.resolve("pom.xml"));
        for (String file : List.of("LICENSE", "NOTICE")) {
            Files.copy(checkout.resolve(file), project.resolve(file));
        }
        if (Files.isDirectory(checkout.resolve(".mvn"))) {
            copyTree(checkout.resolve(".mvn"), project.resolve(".mvn"));
        }
        Matcher m = MODULE.matcher(Files.readString(checkout.resolve("pom.xml")));
        while (m.find()) {
            Path pom = checkout.resolve(m.group(1)).resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                copyPom(pom, project.resolve(m.group(1)).resolve("pom.xml"));
            }
        }
        for (String module : released) {
            copyTree(checkout.resolve(module).resolve("src/main"), project.resolve(module).resolve("src/main"));
        }
        Path gnupg = dir.resolve("gnupg");
        Files.createDirectories(gnupg, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return new ReleaseBuild(project, gnupg);
    }

    /** Makes a throwaway ed25519 signing key without a passphrase; returns its fingerprint. */
    String generateKey() throws IOException, InterruptedException {
        Path params = gnupgHome.resolve("key.params");
        Files.writeString(params, String.join("\n", "%no-protection", "Key-Type: EDDSA", "Key-Curve: ed25519",
                "Key-Usage: sign", "Name-Real: amisdk release check", "Name-Email: release-check@amisdk.invalid",
                "Expire-Date: 1d", "%commit", ""));
        Result gen = run(List.of("gpg", "--batch", "--gen-key", params.toString()), Map.of(), 120);
        if (gen.exit() != 0) {
            throw new IllegalStateException("gpg --gen-key failed: " + gen.output());
        }
        Result list = run(List.of("gpg", "--batch", "--with-colons", "--list-secret-keys"), Map.of(), 30);
        keyId = list.output().lines().filter(l -> l.startsWith("fpr:")).findFirst()
                .map(l -> l.split(":")[9]).orElseThrow(() -> new IllegalStateException("no key: " + list.output()));
        return keyId;
    }

    /** Stops the gpg-agent that signing started for this gpg home (it would otherwise linger until it notices). */
    void stopAgent() throws IOException, InterruptedException {
        run(List.of("gpgconf", "--kill", "gpg-agent"), Map.of(), 30);
    }

    /** Whether {@code file}'s {@code .asc} is a good signature of it by a key in the gpg home. */
    boolean verifies(Path file) {
        try {
            return run(List.of("gpg", "--batch", "--verify", file + ".asc", file.toString()), Map.of(), 60).exit() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs Maven in the copy; {@code signing} sets the key from {@link #generateKey} in the environment. */
    Result maven(boolean signing, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString());
        command.addAll(List.of("-B", "-ntp", "-Damisdk.shared.dir.given=true"));
        command.addAll(List.of(args));
        Map<String, String> env = signing ? Map.of("AMISDK_GPG_KEYNAME", keyId) : Map.of();
        return run(command, env, 600);
    }

    record Result(int exit, String output) {
    }

    private Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().remove("AMISDK_GPG_KEYNAME");
        pb.environment().remove("MAVEN_GPG_PASSPHRASE");
        pb.environment().put("GNUPGHOME", gnupgHome.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().putAll(env);
        Path log = Files.createTempFile(gnupgHome.getParent(), "run", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(command + " did not end in " + timeoutSeconds + " s: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyPom(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        String pom = Files.readString(from, StandardCharsets.UTF_8);
        Files.writeString(to, pom.replace("<version>0.1.0-SNAPSHOT</version>", "<version>" + VERSION + "</version>"),
                StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
