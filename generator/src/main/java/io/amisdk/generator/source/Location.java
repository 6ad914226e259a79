package io.amisdk.generator.source;

/**
 * Where a docs element came from: a file (name as the user gave it) or a URL, and a line and
 * column when known (0 when not).
 */
public record Location(String source, int line, int column) {
    /** A location with no line, e.g. a whole file or a web page. */
    public static Location of(String source) {
        return new Location(source, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return source;
        }
        return column <= 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
