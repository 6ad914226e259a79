package io.amisdk.generator.emit;

import io.amisdk.generator.model.Doc;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns documentation text into Javadoc that can neither break the comment nor the compile. Every
 * piece of docs text reaches generated Javadoc through here, once.
 *
 * <p>What it guards against: {@code *}{@code /} would end the comment; a backslash-u is read by javac
 * as a Unicode escape anywhere in a source file, and a bad one fails the compile; {@code <}, {@code >}
 * and {@code &} are HTML to javadoc; an {@code @} could start a tag. Examples go in
 * {@code <pre>{@code …}</pre>} when that is safe (braces balanced, none of the above), otherwise in a
 * {@code <pre>} block with every special character as an HTML entity.
 */
final class Javadoc {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private Javadoc() {
    }

    /** Plain text as Javadoc HTML: whitespace collapsed, special characters as entities. */
    static String text(String plain) {
        return escape(WHITESPACE.matcher(plain.strip()).replaceAll(" "));
    }

    /** Escapes HTML and comment-breaking characters, keeping whitespace as it is. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '@' -> sb.append("&#64;");
                case '\\' -> sb.append("&#92;");
                case '{' -> sb.append("&#123;");
                case '}' -> sb.append("&#125;");
                // Only "*/" ends a comment, but a lone '/' after an escaped '*' is harmless either way.
                case '/' -> sb.append(i > 0 && s.charAt(i - 1) == '*' ? "&#47;" : "/");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A literal example, its lines kept, under an optional title. */
    static String example(String title, String text) {
        String body = stripBlankEdges(text);
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isBlank()) {
            sb.append("<p><b>").append(text(title)).append("</b>\n");
        }
        if (isSafeInCodeTag(body)) {
            sb.append("<pre>{@code\n").append(body).append("\n}</pre>");
        } else {
            sb.append("<pre>\n").append(escape(body)).append("\n</pre>");
        }
        return sb.toString();
    }

    /** Whether text can sit inside {@code {@code …}} untouched. */
    static boolean isSafeInCodeTag(String text) {
        if (text.contains("*/") || text.contains("\\u") || text.contains("\r")) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        if (depth != 0) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith("@")) {
                return false;
            }
        }
        return true;
    }

    /** The whole doc as Javadoc HTML, blocks separated by blank lines; empty for an empty doc. */
    static String doc(Doc doc) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Doc.Block block : doc.blocks()) {
            String rendered = block(block);
            if (rendered.isEmpty()) {
                continue;
            }
            if (!first) {
                sb.append("\n\n");
                if (!rendered.startsWith("<")) {
                    sb.append("<p>");
                }
            }
            sb.append(rendered);
            first = false;
        }
        return sb.toString();
    }

    private static String block(Doc.Block block) {
        if (block instanceof Doc.Paragraph p) {
            return inlines(p.inlines());
        } else if (block instanceof Doc.Note n) {
            String body = doc(n.body());
            return body.isEmpty() ? "" : "<p><b>Note:</b> " + body;
        } else if (block instanceof Doc.Warning w) {
            String body = doc(w.body());
            return body.isEmpty() ? "" : "<p><b>Warning:</b> " + body;
        } else if (block instanceof Doc.Example e) {
            return example(e.title(), e.text());
        } else if (block instanceof Doc.VariableList v) {
            return entries(v.variables());
        } else if (block instanceof Doc.EnumList e) {
            return entries(e.values());
        }
        throw new IllegalArgumentException("unknown doc block " + block);
    }

    private static String entries(List<Doc.Entry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<ul>\n");
        for (Doc.Entry entry : entries) {
            sb.append("  <li><code>").append(text(entry.name())).append("</code>");
            String description = doc(entry.description());
            if (!description.isEmpty()) {
                sb.append(": ").append(description);
            }
            sb.append("</li>\n");
        }
        return sb.append("</ul>").toString();
    }

    /**
     * Where the supplement found a fact ("in ami-transcripts/x.txt", "(recorded in x.txt, y.txt)", "x.txt: …"):
     * provenance for the model JSON, not for users' Javadoc, which never names our test data's files.
     */
    private static final String RECORDINGS = "(?:ami-transcripts/)?[\\w-]+(?:\\.[\\w-]+)*\\.txt"
            + "(?:(?:,\\s*|\\s+and\\s+)(?:ami-transcripts/)?[\\w-]+(?:\\.[\\w-]+)*\\.txt)*";
    private static final Pattern RECORDING_REFERENCES = Pattern.compile(
            "\\s*\\((?:as )?(?:recorded|seen) in " + RECORDINGS + "\\)"
            + "|[;,]?\\s*(?:as )?(?:recorded |seen )?in " + RECORDINGS
            + "|" + RECORDINGS + ":\\s*");

    /**
     * The version of the server a supplement entry was recorded from ("Seen from Asterisk 22.10.1", "as Asterisk
     * 22.10.1 sends them"): also provenance, and wrong in an SDK for another line. Asterisk's own docs never
     * name a version this way, so only supplement text matches.
     */
    private static final String VERSION = "Asterisk \\d+\\.\\d+\\.\\d+";
    private static final Pattern SEEN_FROM_VERSION = Pattern.compile("[;,]\\s*seen from " + VERSION);
    private static final Pattern SEEN_FROM_VERSION_FIRST = Pattern.compile("(?:^|(?<=\\. ))Seen from " + VERSION);
    private static final Pattern VERSIONED = Pattern.compile(VERSION + "(?='s)|" + VERSION);

    /** Text without the supplement's references to recorded sessions and the server version they came from. */
    static String withoutRecordings(String text) {
        if (text.indexOf(".txt") < 0 && text.indexOf("Asterisk ") < 0) {
            return text;
        }
        String cut = RECORDING_REFERENCES.matcher(text).replaceAll(" ");
        cut = SEEN_FROM_VERSION.matcher(cut).replaceAll("");
        cut = SEEN_FROM_VERSION_FIRST.matcher(cut).replaceAll("Not in Asterisk's docs");
        cut = VERSIONED.matcher(cut).replaceAll("Asterisk");
        return SPACES.matcher(cut).replaceAll(" ").replace(" .", ".").replace(" )", ")").replace("( ", "(").strip();
    }

    private static String inlines(List<Doc.Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Inline inline : inlines) {
            String t = escape(WHITESPACE.matcher(withoutRecordings(inline.text())).replaceAll(" "));
            if (t.isBlank()) {
                sb.append(t);
                continue;
            }
            switch (inline.style()) {
                case TEXT -> sb.append(t);
                case EMPHASIS, REPLACEABLE -> sb.append("<em>").append(t).append("</em>");
                default -> sb.append("<code>").append(t).append("</code>");
            }
        }
        return SPACES.matcher(sb.toString().strip()).replaceAll(" ");
    }

    private static String stripBlankEdges(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int from = 0;
        int to = lines.length;
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append('\n');
            }
            sb.append(lines[i].stripTrailing());
        }
        return sb.toString();
    }
}
