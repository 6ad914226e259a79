package io.amisdk.generator.emit;

import com.palantir.javapoet.CodeBlock;

/**
 * A Java string literal exactly as JavaPoet's {@code $S} writes it, for a {@code $L}: a header name is quoted in
 * several statements of every accessor and setter, and {@code $S} builds its literal a character at a time, in both
 * of JavaPoet's passes over a file. Text with nothing to escape (no quote, backslash or control character) is
 * quoted here once; anything else is left to {@code $S}, so the output is the same either way.
 */
final class StringLiteral {
    private StringLiteral() {
    }

    /** For a {@code $L}: the literal's source text, or a {@code $S} code block when the text needs escaping. */
    static Object of(String value) {
        return isPlain(value) ? '"' + value + '"' : CodeBlock.of("$S", value);
    }

    /** The literal's source text, as {@code CodeBlock.of("$S", value).toString()} gives it. */
    static String text(String value) {
        return isPlain(value) ? '"' + value + '"' : CodeBlock.of("$S", value).toString();
    }

    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
