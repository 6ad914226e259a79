package io.amisdk.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StringLiteralTest {
    private static final List<String> VALUES = List.of("", "Channel", "Variable: name=value", "It's", "a \"b\"",
            "C:\\x", "line\nbreak", "tab\there", "bell\u0007", "del\u007f", "caf\u00e9 \u2026", "$S $L $$");

    @Test
    @DisplayName("the literal's text is what $S writes, plain or escaped")
    void sameAsJavaPoet() {
        for (String v : VALUES) {
            String javaPoet = CodeBlock.of("$S", v).toString();
            assertThat(StringLiteral.text(v)).as(v).isEqualTo(javaPoet);
            assertThat(CodeBlock.of("$L", StringLiteral.of(v)).toString()).as(v).isEqualTo(javaPoet);
        }
    }

    @Test
    @DisplayName("only text with nothing to escape is quoted here; the rest is left to $S")
    void plainOnly() {
        assertThat(StringLiteral.of("Channel")).isEqualTo("\"Channel\"");
        assertThat(StringLiteral.of("It's")).isEqualTo("\"It's\"");
        assertThat(StringLiteral.of("a \"b\"")).isInstanceOf(CodeBlock.class);
        assertThat(StringLiteral.of("line\nbreak")).isInstanceOf(CodeBlock.class);
        assertThat(StringLiteral.of("C:\\x")).isInstanceOf(CodeBlock.class);
    }
}
