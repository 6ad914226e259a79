package io.amisdk.generator.cli;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.json.ModelJson;
import java.io.ByteArrayInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tiny docs text on a background thread while the main thread starts picocli, so that the
 * classes the real run needs (the JDK's XML parser, reader, linker, JSON writer) are loaded and
 * initialised on the machine's other core. On a cold JVM class loading is a good part of the
 * {@code model} command's time. Nothing it does is visible: any failure is ignored.
 */
final class StartupWarmer {
    private static final String DOCS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <docs xmlns:xi="http://www.w3.org/2001/XInclude">
              <manager name="A" language="en_US" module="m">
                <since><version>1.0.0</version></since>
                <synopsis>a</synopsis>
                <syntax>
                  <parameter name="P" required="true" default="x"><para>p <literal>l</literal></para>
                    <enumlist><enum name="x"><para>(default)</para></enum></enumlist></parameter>
                  <xi:include xpointer="xpointer(/docs/managerEvent[@name='E']/managerEventInstance/syntax/parameter[@name='Q'])"/>
                </syntax>
                <description><para>d</para><note><para>n</para></note></description>
                <see-also><ref type="manager">A</ref></see-also>
                <responses><list-elements><xi:include xpointer="xpointer(/docs/managerEvent[@name='E'])"/></list-elements></responses>
              </manager>
              <manager name="A" language="en_US" module="m"><synopsis>a</synopsis><syntax/></manager>
              <managerEvent name="E" language="en_US" module="m">
                <managerEventInstance class="EVENT_FLAG_CALL" module="m">
                  <synopsis>e</synopsis>
                  <syntax><channel_snapshot prefix="D"/><bridge_snapshot/><parameter name="Q"><para>q</para></parameter></syntax>
                </managerEventInstance>
              </managerEvent>
            </docs>
            """;

    private StartupWarmer() {
    }

    static void start() {
        Thread t = new Thread(StartupWarmer::run, "amisdk-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            LoadedDocs docs = DocsLoader.load(new ByteArrayInputStream(DOCS.getBytes(StandardCharsets.UTF_8)),
                    "warmup", null);
            ModelJson.write(docs.model(), Writer.nullWriter());
        } catch (Exception | LinkageError e) {
            // Only a head start; the real run reports its own errors.
        }
    }
}
