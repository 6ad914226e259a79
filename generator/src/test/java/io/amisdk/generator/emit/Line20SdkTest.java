package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.amisdk.generator.DocsLoader;
import io.amisdk.generator.LoadedDocs;
import io.amisdk.generator.SdkGenerator;
import io.amisdk.generator.model.EnumDef;
import io.amisdk.generator.naming.NamingStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK generated from Asterisk 20's docs compiles with -Xlint:all -Werror and keeps the naming rules. */
class Line20SdkTest {
    @TempDir
    Path temp;

    @Test
    @DisplayName("line 20: compiles, no shared enum named by a bare generic word, @Generated on every file")
    void line20() throws Exception {
        Path docs = Path.of(System.getProperty("amisdk.docs.dir"), "xml", "20", "core-en_US.xml");
        assertThat(docs).as("Asterisk 20 docs in ../shared").isRegularFile();
        LoadedDocs loaded = DocsLoader.load(docs, "20");
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.model().enums()).extracting(EnumDef::name)
                .noneMatch(NamingStrategy.builtIn()::isGeneric).contains("DeviceState", "ChannelState");
        SdkGenerator.builder().packageName("io.amisdk.sdk").build().generate(loaded.model(), temp.resolve("src"));
        InMemoryCompiler.compile(temp.resolve("src"), temp.resolve("classes"));
        try (Stream<Path> files = Files.walk(temp.resolve("src"))) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")
                    && !p.getFileName().toString().equals("module-info.java")).toList();
            assertThat(java).hasSizeGreaterThan(300);
            for (Path f : java) {
                String text = Files.readString(f);
                assertThat(text).as("%s", f.getFileName()).contains("@Generated");
                assertThat(text).as("%s", f.getFileName()).doesNotContainPattern("(?m)^\\s+(VALUE|MINUS)_\\w+\\(");
            }
        }
    }
}
