package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * Documentation text with its structure kept (paragraphs, literal and replaceable spans, notes,
 * warnings, titled examples, variable and enum lists), so Javadoc can render it faithfully.
 *
 * @param blocks the blocks, in document order
 */
public record Doc(List<Doc.Block> blocks) {
    /** No documentation. */
    public static final Doc EMPTY = new Doc(List.of());

    public Doc {
        blocks = List.copyOf(blocks);
    }

    /** A doc of one plain paragraph. */
    public static Doc ofText(String text) {
        return new Doc(List.of(new Paragraph(List.of(new Inline(Inline.Style.TEXT, text)))));
    }

    /** Whether there is no text at all. */
    @JsonIgnore
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The text without structure, blocks separated by blank lines; for tests and summaries. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            String t = b.plainText();
            if (!t.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /** One block of documentation. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "para"),
        @JsonSubTypes.Type(value = Note.class, name = "note"),
        @JsonSubTypes.Type(value = Warning.class, name = "warning"),
        @JsonSubTypes.Type(value = Example.class, name = "example"),
        @JsonSubTypes.Type(value = VariableList.class, name = "variables"),
        @JsonSubTypes.Type(value = EnumList.class, name = "enums")
    })
    public sealed interface Block permits Paragraph, Note, Warning, Example, VariableList, EnumList {
        /** The block's text without structure. */
        String plainText();
    }

    /** A paragraph of inline spans. */
    public record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        @Override
        public String plainText() {
            StringBuilder sb = new StringBuilder();
            inlines.forEach(i -> sb.append(i.text()));
            return sb.toString().trim();
        }
    }

    /** A note set apart from the text. */
    public record Note(Doc body) implements Block {
        @Override
        public String plainText() {
            return body.plainText();
        }
    }

    /** A warning set apart from the text. */
    public record Warning(Doc body) implements Block {
        @Override
        public String plainText() {
            return body.plainText();
        }
    }

    /** A literal example, its lines kept as written. */
    public record Example(String title, String text) implements Block {
        public Example {
            text = Objects.requireNonNull(text, "text");
        }

        @Override
        public String plainText() {
            return text;
        }
    }

    /** A list of named variables, each with its own description. */
    public record VariableList(List<Entry> variables) implements Block {
        public VariableList {
            variables = List.copyOf(variables);
        }

        @Override
        public String plainText() {
            return Entry.plainText(variables);
        }
    }

    /** A list of named values inside a description (not a parameter's own enum values). */
    public record EnumList(List<Entry> values) implements Block {
        public EnumList {
            values = List.copyOf(values);
        }

        @Override
        public String plainText() {
            return Entry.plainText(values);
        }
    }

    /** A named entry of a variable or enum list. */
    public record Entry(String name, Doc description) {
        static String plainText(List<Entry> entries) {
            StringBuilder sb = new StringBuilder();
            for (Entry e : entries) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(e.name());
                String d = e.description().plainText();
                if (!d.isEmpty()) {
                    sb.append(": ").append(d);
                }
            }
            return sb.toString();
        }
    }

    /**
     * A span of text inside a paragraph.
     *
     * @param style how the span is marked up
     * @param text  its text
     */
    public record Inline(Style style, String text) {
        public Inline {
            Objects.requireNonNull(style, "style");
            Objects.requireNonNull(text, "text");
        }

        /** Inline markup kinds found in Asterisk's docs. */
        public enum Style {
            TEXT, LITERAL, REPLACEABLE, EMPHASIS, FILENAME, DIRECTORY, VARIABLE, COMMAND, REFERENCE
        }
    }
}
