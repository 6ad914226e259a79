package io.amisdk.generator.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link Changelog} is printed: plain text for a terminal, Markdown for release notes and
 * tickets, JSON for tools. Every form lists the same things in the same order and ends in a newline.
 */
public enum ChangelogFormat {
    /** Plain text: a summary line, then one section per kind of change, indented. */
    TEXT {
        @Override
        public String render(Changelog log) {
            StringBuilder out = new StringBuilder();
            out.append("Asterisk ").append(log.from()).append(" \u2192 ").append(log.to()).append('\n');
            out.append(summary(log.counts())).append('\n');
            section(out, "Actions", "parameter", log.actions());
            section(out, "Events", "field", log.events());
            return out.toString();
        }

        private void section(StringBuilder out, String title, String header, Changelog.Section s) {
            names(out, title + " added", "+ ", s.added());
            names(out, title + " removed", "- ", s.removed());
            if (!s.changed().isEmpty()) {
                out.append('\n').append(title).append(" changed (").append(s.changed().size()).append(")\n");
                for (Changelog.EntryChange e : s.changed()) {
                    out.append("  ").append(e.name()).append('\n');
                    for (String line : entryLines(e, header, n -> n)) {
                        out.append("    ").append(line).append('\n');
                    }
                }
            }
        }

        private void names(StringBuilder out, String title, String mark, List<String> names) {
            if (names.isEmpty()) {
                return;
            }
            out.append('\n').append(title).append(" (").append(names.size()).append(")\n");
            for (String n : names) {
                out.append("  ").append(mark).append(n).append('\n');
            }
        }
    },

    /** Markdown: a heading, the summary, one sub-heading per kind of change, lists. */
    MARKDOWN {
        @Override
        public String render(Changelog log) {
            StringBuilder out = new StringBuilder();
            out.append("# AMI changes from Asterisk ").append(log.from()).append(" to ").append(log.to()).append("\n\n");
            out.append(summary(log.counts())).append('\n');
            section(out, "Actions", "parameter", log.actions());
            section(out, "Events", "field", log.events());
            return out.toString();
        }

        private void section(StringBuilder out, String title, String header, Changelog.Section s) {
            names(out, title + " added", s.added());
            names(out, title + " removed", s.removed());
            if (!s.changed().isEmpty()) {
                out.append("\n## ").append(title).append(" changed (").append(s.changed().size()).append(")\n\n");
                for (Changelog.EntryChange e : s.changed()) {
                    out.append("- `").append(e.name()).append("`\n");
                    for (String line : entryLines(e, header, n -> "`" + n + "`")) {
                        out.append("  - ").append(line).append('\n');
                    }
                }
            }
        }

        private void names(StringBuilder out, String title, List<String> names) {
            if (names.isEmpty()) {
                return;
            }
            out.append("\n## ").append(title).append(" (").append(names.size()).append(")\n\n");
            for (String n : names) {
                out.append("- `").append(n).append("`\n");
            }
        }
    },

    /** JSON: {@code from}, {@code to}, {@code counts}, then {@code actions} and {@code events} sections. */
    JSON {
        @Override
        public String render(Changelog log) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")));
                g.writeStartObject();
                g.writeStringField("from", log.from());
                g.writeStringField("to", log.to());
                counts(g, log.counts());
                section(g, "actions", "parameters", log.actions());
                section(g, "events", "fields", log.events());
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out + "\n";
        }

        private void counts(JsonGenerator g, Changelog.Counts c) throws IOException {
            g.writeObjectFieldStart("counts");
            g.writeNumberField("actionsAdded", c.actionsAdded());
            g.writeNumberField("actionsRemoved", c.actionsRemoved());
            g.writeNumberField("actionsChanged", c.actionsChanged());
            g.writeNumberField("eventsAdded", c.eventsAdded());
            g.writeNumberField("eventsRemoved", c.eventsRemoved());
            g.writeNumberField("eventsChanged", c.eventsChanged());
            g.writeNumberField("parametersAdded", c.parametersAdded());
            g.writeNumberField("parametersRemoved", c.parametersRemoved());
            g.writeNumberField("fieldsAdded", c.fieldsAdded());
            g.writeNumberField("fieldsRemoved", c.fieldsRemoved());
            g.writeNumberField("valuesAdded", c.valuesAdded());
            g.writeNumberField("valuesRemoved", c.valuesRemoved());
            g.writeNumberField("requiredFlips", c.requiredFlips());
            g.writeNumberField("typeChanges", c.typeChanges());
            g.writeEndObject();
        }

        private void section(JsonGenerator g, String key, String headers, Changelog.Section s) throws IOException {
            g.writeObjectFieldStart(key);
            strings(g, "added", s.added());
            strings(g, "removed", s.removed());
            g.writeArrayFieldStart("changed");
            for (Changelog.EntryChange e : s.changed()) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                if (e.deprecation() != null) {
                    strings(g, "deprecatedIn", e.deprecation());
                }
                g.writeObjectFieldStart(headers);
                strings(g, "added", e.headersAdded());
                strings(g, "removed", e.headersRemoved());
                g.writeArrayFieldStart("changed");
                for (Changelog.HeaderChange h : e.headersChanged()) {
                    g.writeStartObject();
                    g.writeStringField("name", h.name());
                    if (h.formerSpelling() != null) {
                        g.writeStringField("formerSpelling", h.formerSpelling());
                    }
                    if (h.required() != null) {
                        g.writeBooleanField("required", h.required());
                    }
                    if (h.typeTo() != null) {
                        g.writeStringField("typeFrom", h.typeFrom());
                        g.writeStringField("typeTo", h.typeTo());
                    }
                    if (!h.valuesAdded().isEmpty()) {
                        strings(g, "valuesAdded", h.valuesAdded());
                    }
                    if (!h.valuesRemoved().isEmpty()) {
                        strings(g, "valuesRemoved", h.valuesRemoved());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void strings(JsonGenerator g, String key, List<String> values) throws IOException {
            g.writeArrayFieldStart(key);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    };

    /** The changelog in this form, ending in a newline. */
    public abstract String render(Changelog log);

    /** The format of this name ({@code text}, {@code markdown} or {@code md}, {@code json}), case ignored. */
    public static ChangelogFormat named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text", "txt" -> TEXT;
            case "markdown", "md" -> MARKDOWN;
            case "json" -> JSON;
            default -> throw new IllegalArgumentException("not a changelog format: " + name);
        };
    }

    /** The summary line: {@code actions: 2 added, 17 removed, 31 changed; events: …}. */
    static String summary(Changelog.Counts c) {
        return String.format(Locale.ROOT,
                "actions: %d added, %d removed, %d changed; events: %d added, %d removed, %d changed; "
                        + "parameters: %d added, %d removed; fields: %d added, %d removed; "
                        + "enum values: %d added, %d removed; %d required flips; %d type changes",
                c.actionsAdded(), c.actionsRemoved(), c.actionsChanged(), c.eventsAdded(), c.eventsRemoved(),
                c.eventsChanged(), c.parametersAdded(), c.parametersRemoved(), c.fieldsAdded(), c.fieldsRemoved(),
                c.valuesAdded(), c.valuesRemoved(), c.requiredFlips(), c.typeChanges());
    }

    /**
     * The lines of one changed entry, headers added, removed, then changed, each in name order:
     * {@code + parameter Foo}, {@code - field Bar}, {@code ~ parameter Channel: now required},
     * {@code ~ field Cause: type text → integer}, {@code ~ parameter Mode: values + a, b; - c}.
     */
    static List<String> entryLines(Changelog.EntryChange e, String header,
            java.util.function.UnaryOperator<String> quote) {
        List<String> lines = new java.util.ArrayList<>();
        if (e.deprecation() != null) {
            lines.add(e.deprecation().isEmpty() ? "~ no longer deprecated"
                    : "~ deprecated in " + String.join(", ", e.deprecation()));
        }
        for (String h : e.headersAdded()) {
            lines.add("+ " + header + " " + quote.apply(h));
        }
        for (String h : e.headersRemoved()) {
            lines.add("- " + header + " " + quote.apply(h));
        }
        for (Changelog.HeaderChange h : e.headersChanged()) {
            List<String> what = new java.util.ArrayList<>();
            if (h.formerSpelling() != null) {
                what.add("spelled " + quote.apply(h.formerSpelling()) + " before");
            }
            if (h.required() != null) {
                what.add(h.required() ? "now required" : "no longer required");
            }
            if (h.typeTo() != null) {
                what.add("type " + h.typeFrom() + " \u2192 " + h.typeTo());
            }
            if (!h.valuesAdded().isEmpty() || !h.valuesRemoved().isEmpty()) {
                StringBuilder v = new StringBuilder("values");
                if (!h.valuesAdded().isEmpty()) {
                    v.append(" + ").append(join(h.valuesAdded(), quote));
                }
                if (!h.valuesRemoved().isEmpty()) {
                    v.append(h.valuesAdded().isEmpty() ? "" : ";").append(" - ")
                            .append(join(h.valuesRemoved(), quote));
                }
                what.add(v.toString());
            }
            lines.add("~ " + header + " " + quote.apply(h.name()) + ": " + String.join("; ", what));
        }
        return lines;
    }

    private static String join(List<String> values, java.util.function.UnaryOperator<String> quote) {
        return String.join(", ", values.stream().map(quote).toList());
    }
}
