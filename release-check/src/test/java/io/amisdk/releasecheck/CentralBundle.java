package io.amisdk.releasecheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A staged bundle (a folder in Maven's repository layout, as Central's bundle upload takes it, zipped) checked
 * against Central's publishing requirements: per component a pom, and for a jar component its jar, sources and
 * javadoc; each file with {@code .asc}, {@code .md5} and {@code .sha1} (checksums must match, signatures must
 * verify); no snapshot; a pom (with what it inherits from a parent in the bundle) with name, description, url,
 * licences, developers and scm.
 */
final class CentralBundle {
    /** One {@code groupId/artifactId/version} folder of the bundle. */
    record Component(String groupId, String artifactId, String version, Path folder) {
        Path file(String suffix) {
            return folder.resolve(artifactId + "-" + version + suffix);
        }
    }

    private final Path root;
    private final Predicate<Path> signatureVerifies;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Component> components = new TreeMap<>();

    private CentralBundle(Path root, Predicate<Path> signatureVerifies) {
        this.root = root;
        this.signatureVerifies = signatureVerifies;
    }

    /** Every rule broken by the bundle in {@code root}; empty when Central would accept it. */
    static CentralBundle check(Path root, Predicate<Path> signatureVerifies) throws IOException {
        CentralBundle bundle = new CentralBundle(root, signatureVerifies);
        bundle.run();
        return bundle;
    }

    List<String> problems() {
        return problems;
    }

    Map<String, Component> components() {
        return components;
    }

    private void run() throws IOException {
        List<Path> poms;
        try (Stream<Path> walk = Files.walk(root)) {
            poms = walk.filter(p -> p.getFileName().toString().endsWith(".pom")).sorted().toList();
        }
        if (poms.isEmpty()) {
            problems.add("no pom in " + root);
        }
        for (Path pom : poms) {
            Path folder = pom.getParent();
            String version = folder.getFileName().toString();
            String artifactId = folder.getParent().getFileName().toString();
            String groupId = root.relativize(folder.getParent().getParent()).toString().replace('\\', '/').replace('/', '.');
            components.put(groupId + ":" + artifactId, new Component(groupId, artifactId, version, folder));
        }
        for (Component c : components.values()) {
            checkComponent(c);
        }
    }

    private void checkComponent(Component c) throws IOException {
        String id = c.groupId() + ":" + c.artifactId() + ":" + c.version();
        if (c.version().endsWith("-SNAPSHOT")) {
            problems.add(id + ": a snapshot version");
        }
        Document pom = parse(c.file(".pom"));
        Element project = pom.getDocumentElement();
        String packaging = childText(project, "packaging");
        List<String> required = new ArrayList<>(List.of(".pom"));
        if (packaging == null || packaging.equals("jar") || packaging.equals("maven-plugin")) {
            required.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
        }
        for (String suffix : required) {
            if (!Files.isRegularFile(c.file(suffix))) {
                problems.add(id + ": missing " + c.file(suffix).getFileName());
            }
        }
        checkCoordinates(id, c, project);
        for (String element : List.of("name", "description", "url", "licenses/license/name",
                "developers/developer", "scm/url", "scm/connection")) {
            if (inherited(project, element) == null) {
                problems.add(id + ": pom lacks <" + element + "> (nor does a parent in the bundle have it)");
            }
        }
        try (Stream<Path> files = Files.list(c.folder())) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".asc") || name.endsWith(".md5") || name.endsWith(".sha1")
                        || name.endsWith(".sha256") || name.endsWith(".sha512") || name.startsWith("maven-metadata")) {
                    continue;
                }
                checkFile(id, f);
            }
        }
    }

    private void checkCoordinates(String id, Component c, Element project) {
        Element parent = child(project, "parent");
        String groupId = childText(project, "groupId");
        if (groupId == null && parent != null) {
            groupId = childText(parent, "groupId");
        }
        String version = childText(project, "version");
        if (version == null && parent != null) {
            version = childText(parent, "version");
        }
        if (!c.groupId().equals(groupId) || !c.artifactId().equals(childText(project, "artifactId"))
                || !c.version().equals(version)) {
            problems.add(id + ": the pom says " + groupId + ":" + childText(project, "artifactId") + ":" + version);
        }
    }

    private void checkFile(String id, Path f) throws IOException {
        String name = f.getFileName().toString();
        for (String algorithm : List.of("MD5", "SHA-1")) {
            Path sum = f.resolveSibling(name + (algorithm.equals("MD5") ? ".md5" : ".sha1"));
            if (!Files.isRegularFile(sum)) {
                problems.add(id + ": missing " + sum.getFileName());
                continue;
            }
            String expected = Files.readString(sum, StandardCharsets.US_ASCII).strip().split("\\s+")[0];
            if (!expected.equalsIgnoreCase(digest(f, algorithm))) {
                problems.add(id + ": " + sum.getFileName() + " does not match " + name);
            }
        }
        Path asc = f.resolveSibling(name + ".asc");
        if (!Files.isRegularFile(asc)) {
            problems.add(id + ": missing " + asc.getFileName());
        } else if (!signatureVerifies.test(f)) {
            problems.add(id + ": " + asc.getFileName() + " does not verify");
        }
    }

    /** The text at a slash path below the project, or in the parent's pom when the parent is in the bundle. */
    private String inherited(Element project, String path) throws IOException {
        for (Element e = project; e != null; e = parentProject(e)) {
            Element at = e;
            for (String step : path.split("/")) {
                at = at == null ? null : child(at, step);
            }
            if (at != null && !at.getTextContent().isBlank()) {
                return at.getTextContent().strip();
            }
        }
        return null;
    }

    private Element parentProject(Element project) throws IOException {
        Element parent = child(project, "parent");
        if (parent == null) {
            return null;
        }
        Component c = components.get(childText(parent, "groupId") + ":" + childText(parent, "artifactId"));
        return c == null || !c.version().equals(childText(parent, "version")) ? null
                : parse(c.file(".pom")).getDocumentElement();
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(c.getLocalName() == null ? c.getTagName() : c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element e, String name) {
        Element c = child(e, name);
        return c == null ? null : c.getTextContent().strip();
    }

    private static Document parse(Path pom) throws IOException {
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(pom + ": " + e.getMessage(), e);
        }
    }

    static String digest(Path f, String algorithm) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm, e);
        }
    }
}
