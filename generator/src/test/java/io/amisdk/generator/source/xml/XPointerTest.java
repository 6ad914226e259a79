package io.amisdk.generator.source.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.amisdk.generator.ShippedDocs;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

@DisplayName("XPointer subset")
class XPointerTest {
    private static final String DOCS = """
            <docs xmlns:xi="http://www.w3.org/2001/XInclude">
              <manager name="Login"><syntax>
                <parameter name="ActionID"><para>one</para><para>two</para></parameter>
                <parameter name="Events"><enumlist><enum name="on"/></enumlist></parameter>
              </syntax></manager>
              <managerEvent name="RTCPSent"><managerEventInstance><syntax>
                <parameter name="PT"/><parameter name="ReportX000Flost"/><parameter name="To"/><parameter name="ReportXSourceSSRC"/>
                <xi:include xpointer="xpointer(/docs/manager[@name='Login']/syntax/parameter)"/>
              </syntax></managerEventInstance></managerEvent>
              <info name="Msg" tech="PJSIP"><para>a</para></info>
              <info name="Msg" tech="XMPP"><para>b</para></info>
              <application name="Dial"><description><warning><para>w1</para></warning><warning><para>w2</para></warning>
                <variablelist><variable name="DIALSTATUS"/></variablelist></description></application>
              <configInfo name="res_pjsip"><description><note><para>n</para></note></description>
                <configFile name="pjsip.conf"><configObject name="aor">
                  <configOption name="max_contacts"><synopsis>Maximum <literal>number</literal> of contacts</synopsis>
                    <description><para>d</para><enumlist><enum name="yes"/></enumlist></description></configOption>
                  <configOption name="minimum_expiration"><synopsis>Minimum</synopsis></configOption>
                </configObject></configFile></configInfo>
            </docs>
            """;

    private final XmlElement root = parse(DOCS);

    @Test
    @DisplayName("selects by name, by position, by contains(), all children, node() and text()")
    void forms() {
        assertThat(names("/docs/manager[@name='Login']/syntax/parameter[@name='Events']")).containsExactly("parameter Events");
        assertThat(texts("/docs/manager[@name='Login']/syntax/parameter[@name='ActionID']/para[2]")).containsExactly("two");
        assertThat(texts("/docs/manager[@name='Login']/syntax/parameter[@name='ActionID']/para[1]")).containsExactly("one");
        assertThat(names("/docs/manager[@name='Login']/syntax/parameter[@name='Events']/enumlist")).containsExactly("enumlist");
        assertThat(names("/docs/managerEvent[@name='RTCPSent']/managerEventInstance/syntax/parameter"))
                .as("every parameter, an xi:include is no parameter")
                .containsExactly("parameter PT", "parameter ReportX000Flost", "parameter To", "parameter ReportXSourceSSRC");
        assertThat(names("/docs/managerEvent[@name='RTCPSent']/managerEventInstance/syntax/parameter[contains(@name, 'ReportX')]"))
                .containsExactly("parameter ReportX000Flost", "parameter ReportXSourceSSRC");
        assertThat(names("docs/managerEvent[@name='RTCPSent']/managerEventInstance/syntax/parameter[@name='PT']"))
                .as("without the leading slash").containsExactly("parameter PT");
        assertThat(names("/docs/managerEvent[@name='RTCPSent']")).containsExactly("managerEvent RTCPSent");
        assertThat(texts("/docs/info[@name='Msg']")).as("two matches").containsExactly("a", "b");
        assertThat(texts("/docs/application[@name='Dial']/description/warning[2]")).containsExactly("w2");
        assertThat(names("/docs/application[@name='Dial']/description/variablelist")).containsExactly("variablelist");
        assertThat(texts("/docs/configInfo[@name='res_pjsip']/description/note")).containsExactly("n");
        String option = "/docs/configInfo[@name='res_pjsip']/configFile[@name='pjsip.conf']/configObject[@name='aor']/configOption";
        assertThat(names(option)).containsExactly("configOption max_contacts", "configOption minimum_expiration");
        assertThat(names(option + "[@name='max_contacts']")).containsExactly("configOption max_contacts");
        assertThat(texts(option + "[@name='max_contacts']/synopsis/node()")).containsExactly("Maximum ", "number", " of contacts");
        assertThat(texts(option + "[@name='max_contacts']/synopsis/text()")).containsExactly("Maximum ", " of contacts");
        assertThat(names(option + "[@name='max_contacts']/description/node()")).containsExactly("para", "enumlist");
        assertThat(names(option + "[@name='max_contacts']/description/enumlist")).containsExactly("enumlist");
        assertThat(names("/docs/manager[@name='Nobody']")).isEmpty();
        assertThat(names("/docs/manager[@name='Login'][2]")).isEmpty();
        assertThat(names("/docs/*[@name='Login' and @name!='x']")).containsExactly("manager Login");
    }

    @Test
    @DisplayName("rejects what it does not understand")
    void unsupported() {
        assertThatThrownBy(() -> XPointer.parse("element(/1/2)")).hasMessageContaining("xpointer(");
        assertThatThrownBy(() -> XPointer.parse("xpointer(/docs/manager[last()])")).hasMessageContaining("last");
        assertThatThrownBy(() -> XPointer.parse("xpointer(/docs/manager[@name='x')")).hasMessageContaining("expected ']'");
        assertThatThrownBy(() -> XPointer.parse("xpointer(/docs//manager)")).hasMessageContaining("expected a name");
    }

    @ParameterizedTest(name = "xml/{0}")
    @ValueSource(strings = {"18", "20", "21", "22", "23", "master"})
    @DisplayName("every distinct pointer of a shipped file matches, the same with and without the entry index")
    void everyShippedPointer(String line) throws Exception {
        XmlElement docs = XmlTreeParser.parse(ShippedDocs.xml(line), line);
        Set<String> pointers = new LinkedHashSet<>();
        collectPointers(docs, pointers);
        XPointer.EntryIndex index = new XPointer.EntryIndex(docs);

        assertThat(pointers).hasSizeGreaterThan(100);
        for (String p : pointers) {
            XPointer pointer = XPointer.parse(p);
            List<XmlNode> plain = pointer.select(docs);
            assertThat(plain).as(p).isNotEmpty();
            assertThat(pointer.select(docs, index)).as(p).containsExactlyElementsOf(plain);
        }
    }

    private static void collectPointers(XmlElement e, Set<String> out) {
        if (e.isXInclude()) {
            out.add(e.attribute("xpointer"));
        }
        for (XmlElement c : e.elements()) {
            collectPointers(c, out);
        }
    }

    private List<String> names(String path) {
        List<String> out = new ArrayList<>();
        for (XmlNode n : select(path)) {
            XmlElement e = (XmlElement) n;
            out.add(e.attribute("name") == null ? e.name : e.name + " " + e.attribute("name"));
        }
        return out;
    }

    /** Each selected node's text, whitespace runs collapsed but kept. */
    private List<String> texts(String path) {
        return select(path).stream().map(n -> n.text().replaceAll("\\s+", " ")).toList();
    }

    private List<XmlNode> select(String path) {
        XPointer pointer = XPointer.parse("xpointer(" + path + ")");
        List<XmlNode> plain = pointer.select(root);
        assertThat(pointer.select(root, new XPointer.EntryIndex(root))).containsExactlyElementsOf(plain);
        return plain;
    }

    private static XmlElement parse(String xml) {
        try {
            return XmlTreeParser.parse(new InputSource(new StringReader(xml)), "test.xml");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
