package io.amisdk.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The descriptor maven-plugin-plugin made at process-classes: what {@code mvn amisdk:help} and the site show. */
@DisplayName("plugin.xml: every parameter of amisdk:generate is documented, and there is a help goal")
class PluginDescriptorTest {
    private static Document descriptor() throws Exception {
        try (InputStream in = PluginDescriptorTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(in).as("plugin.xml (build with mvn verify, which runs process-classes)").isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element mojo(Document d, String goal) {
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element m = (Element) mojos.item(i);
            if (goal.equals(text(m, "goal"))) {
                return m;
            }
        }
        return null;
    }

    private static String text(Element e, String child) {
        NodeList l = e.getElementsByTagName(child);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    @Test
    @DisplayName("each user parameter says what it is, its default (or that it is required) and an example")
    void everyParameterDocumented() throws Exception {
        Element generate = mojo(descriptor(), "generate");
        assertThat(generate).isNotNull();
        Map<String, String> described = new LinkedHashMap<>();
        List<String> internal = new ArrayList<>();
        Element parameters = (Element) generate.getElementsByTagName("parameters").item(0);
        NodeList params = parameters.getElementsByTagName("parameter");
        for (int i = 0; i < params.getLength(); i++) {
            Element p = (Element) params.item(i);
            if ("true".equals(text(p, "editable"))) {
                described.put(text(p, "name"), text(p, "description"));
            } else {
                internal.add(text(p, "name"));
            }
        }

        assertThat(described.keySet()).containsExactlyInAnyOrder("docs", "lines", "docsFormat", "cacheDirectory", "offline",
                "maxPages", "asteriskLine", "packageName", "outputDirectory", "includes", "excludes", "supplements",
                "namingRules", "useBuiltInSupplement", "moduleInfo", "skip");
        assertThat(internal).containsExactlyInAnyOrder("project", "session");
        described.forEach((name, description) -> {
            assertThat(description).as(name).isNotBlank().contains("Example");
            assertThat(description).as(name).containsAnyOf("Default", "(required");
        });
        assertThat(described.get("packageName")).contains(".ami").contains("io.amisdk.sdk");
    }

    @Test
    @DisplayName("the help goal exists (mvn amisdk:help -Ddetail)")
    void helpGoal() throws Exception {
        Document d = descriptor();
        assertThat(d.getElementsByTagName("goalPrefix").item(0).getTextContent()).isEqualTo("amisdk");
        assertThat(mojo(d, "help")).isNotNull();
    }
}
