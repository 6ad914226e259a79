package io.amisdk.generator.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.link.Linker;
import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A page in the seed's layout (Since under the title, \"Username required\", no Syntax block)")
class SeedLayoutPageTest {
    private static Path fixture() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(SeedLayoutPageTest.class.getResource("/html/seed-layout")).toURI());
    }

    private static void assertLogin(ActionDef login) {
        assertThat(login.name()).isEqualTo("Login");
        assertThat(login.module()).isNull();
        assertThat(login.synopsis()).isEqualTo("Login Manager.");
        assertThat(login.since()).containsExactly("0.2.0");
        assertThat(login.parameters()).extracting(ParameterDef::name)
                .containsExactly("ActionID", "Username", "AuthType", "Secret", "Key", "Events");
        assertThat(login.parameters()).extracting(ParameterDef::required)
                .containsExactly(false, true, false, false, false, false);
        assertThat(login.parameter("Username").description().plainText())
                .isEqualTo("Username to login with as specified in manager.conf.");
        ParameterDef authType = login.parameter("AuthType");
        assertThat(authType.description().plainText()).isEqualTo("Authorization type. Valid values are:");
        assertThat(authType.values()).extracting(EnumValue::name).containsExactly("plain", "MD5");
        assertThat(authType.defaultValue()).as("the page has no markup for it: the linker reads the prose").isNull();
        assertThat(authType.values().get(0).description().plainText()).contains("(default)");
        assertThat(login.parameter("Events").values()).extracting(EnumValue::name)
                .containsExactly("on", "off", "system,call,log,...");
        assertThat(login.parameter("Events").description().isEmpty()).isTrue();
        assertThat(login.description().blocks()).hasSize(2);
        assertThat(login.description().blocks().get(1)).isInstanceOfSatisfying(Doc.Example.class, ex -> {
            assertThat(ex.title()).isEqualTo("Create an MD5 Key in Python");
            assertThat(ex.text()).startsWith("import hashlib\n").endsWith("'031edd7d41651593c5fe5c006fa5752b'");
        });
    }

    @Test
    void readsTheFolder() throws Exception {
        Problems problems = new Problems();
        RawDocs docs = new HtmlDocsReader().read(fixture(), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(docs.events()).isEmpty();
        assertThat(docs.actions()).hasSize(1);
        assertThat(docs.actions().get(0).location()).hasToString("AMI_Actions/Login/index.html");
        assertLogin(docs.actions().get(0).def());
        assertThat(new Linker(new Problems()).link(docs).action("Login").parameter("AuthType").defaultValue())
                .isEqualTo("plain");
    }

    @Test
    @DisplayName("tells an action page from its \"AMI Actions\" badge when the path does not say")
    void kindFromBadge() throws Exception {
        String html = Files.readString(fixture().resolve("AMI_Actions/Login/index.html"), StandardCharsets.UTF_8);
        ParsedPage page = HtmlDocsReader.parsePage(html, Location.of("login.html"), null);
        assertThat(page.problems()).isEmpty();
        assertThat(page.actions()).hasSize(1);
        assertLogin(page.actions().get(0));
    }

    @Test
    @DisplayName("problems name the line of the section they are about")
    void problemsNameTheLine() {
        String html = String.join("\n",
                "<html><head><title>Ping</title></head><body>",
                "<nav>site navigation</nav>",
                "<article>",
                "<h1>Ping - [builtin]</h1>",
                "<h3>Synopsis</h3><p>Keepalive command.</p>",
                "<h3>Syntax</h3>",
                "<pre><code>Action: Pong",
                "ActionID: &lt;value&gt;",
                "</code></pre>",
                "<h5>Arguments</h5>",
                "<ul><li><code>ActionID</code> - ActionID for this transaction.</li>",
                "<li><code>Extra</code> - Not in the Syntax block.</li></ul>",
                "</article></body></html>");
        ParsedPage page = HtmlDocsReader.parsePage(html, Location.of("AMI_Actions/Ping/index.html"), PageKind.ACTION);
        assertThat(page.problems()).extracting(Object::toString).containsExactly(
                "AMI_Actions/Ping/index.html:6: manager Ping: the Syntax block names Pong but the title names Ping",
                "AMI_Actions/Ping/index.html:10: manager Ping: argument Extra is listed under Arguments but not in the Syntax block");
        assertThat(page.actions()).singleElement().satisfies(a -> assertThat(a.parameters()).hasSize(1));
    }

    @Test
    void pageWithoutAnyAmiSectionIsAProblem() throws Exception {
        ParsedPage page = HtmlDocsReader.parsePage("<html><head><title>Welcome</title></head><body><h1>Welcome</h1>"
                + "<p>Nothing about AMI here.</p></body></html>", Location.of("https://example.test/docs/"), null);
        assertThat(page.actions()).isEmpty();
        assertThat(page.problems()).singleElement().hasToString(
                "https://example.test/docs/: not an AMI action or event page: no Synopsis, Syntax or Arguments section under \"Welcome\"");
    }
}
