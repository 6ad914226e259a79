package io.amisdk.generator.emit;

import com.palantir.javapoet.ClassName;
import io.amisdk.generator.link.AsteriskLine;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.ArrayList;
import java.util.List;

/** Composes the Javadoc of a generated action or event and of its members from the docs. */
final class TypeDocs {
    private TypeDocs() {
    }

    /**
     * The class Javadoc: synopsis, description, since, deprecation, see-also ({@code {@link}} when the
     * target is generated).
     */
    static String type(String kind, String amiName, String synopsis, Doc description, List<String> since,
            List<String> deprecatedIn, List<SeeAlso> seeAlso, JavaNames names) {
        return type(kind, amiName, synopsis, description, null, since, deprecatedIn, seeAlso, names);
    }

    /**
     * The class Javadoc with the loadable module that provides the entry ({@code providedBy}, null when
     * unknown or built into Asterisk), said before its versions.
     */
    static String type(String kind, String amiName, String synopsis, Doc description, String providedBy,
            List<String> since, List<String> deprecatedIn, List<SeeAlso> seeAlso, JavaNames names) {
        List<String> parts = new ArrayList<>();
        parts.add(synopsis.isBlank() ? "The AMI " + kind + " {@code " + Javadoc.escape(amiName) + "}."
                : Javadoc.text(synopsis));
        String body = Javadoc.doc(description);
        if (!body.isEmpty()) {
            parts.add(body.startsWith("<") ? body : "<p>" + body);
        }
        List<String> facts = new ArrayList<>();
        facts.add("AMI " + kind + " <code>" + Javadoc.escape(amiName) + "</code>.");
        if (providedBy != null) {
            facts.add("Provided by the <code>" + Javadoc.escape(providedBy) + "</code> module.");
        }
        if (!since.isEmpty()) {
            facts.add("Since Asterisk " + Javadoc.text(AsteriskLine.phrase(since)) + ".");
        }
        if (!deprecatedIn.isEmpty()) {
            facts.add("Deprecated in Asterisk " + Javadoc.text(String.join(", ", deprecatedIn)) + ".");
        }
        parts.add("<p>" + String.join(" ", facts));
        String see = seeAlso(seeAlso, names);
        if (!see.isEmpty()) {
            parts.add("<p>See also: " + see + ".");
        }
        return String.join("\n\n", parts) + "\n";
    }

    private static String seeAlso(List<SeeAlso> refs, JavaNames names) {
        List<String> items = new ArrayList<>();
        for (SeeAlso ref : refs) {
            // the linker resolved the entry a reference names (SeeAlsoTargets); only those are links
            ClassName target = ref.entry() == null ? null
                    : ref.type().equals("manager") ? names.actionClass(ref.entry()) : names.eventClass(ref.entry());
            items.add(target != null ? "{@link " + target.canonicalName() + " " + target.simpleName() + "}"
                    : Javadoc.text(ref.type()) + " <code>" + Javadoc.text(ref.target()) + "</code>");
        }
        return String.join(", ", items);
    }

    /**
     * A received header's Javadoc: its description (a plain placeholder only when the docs have none),
     * how its value reads (unit included), where the raw string is ({@code rawRead}: the call a user makes, or
     * null where there is none to name, as on a shape's interface). Every received header is optional,
     * so that goes unsaid.
     */
    static String field(HeaderMember h, String rawRead) {
        List<String> parts = new ArrayList<>();
        String body = Javadoc.doc(h.def().description());
        if (body.isEmpty()) {
            // Nothing documented: say what is known (its type, where the string is), naming the header once.
            String value = h.value().doc();
            StringBuilder known = new StringBuilder("The <code>" + Javadoc.text(h.header()) + "</code> header")
                    .append(h.def().multiValued() ? ", which may repeat" : "");
            if (value.isEmpty()) {
                known.append(", as Asterisk sends it; its docs describe it nowhere.");
            } else {
                known.append(": ").append(Character.toLowerCase(value.charAt(0))).append(value.substring(1));
                if (rawRead != null) {
                    known.append(" The string as received: {@code ").append(rawRead).append("}.");
                }
            }
            return known + "\n";
        }
        parts.add(body);
        List<String> facts = new ArrayList<>();
        facts.add("Header <code>" + Javadoc.text(h.header()) + "</code>" + (h.def().multiValued() ? ", may repeat." : "."));
        String value = h.value().doc();
        if (!value.isEmpty()) {
            facts.add(value);
            if (rawRead != null) {
                facts.add("The string as received: {@code " + rawRead + "}.");
            }
        }
        parts.add("<p>" + String.join(" ", facts));
        return String.join("\n\n", parts) + "\n";
    }

    /** An action parameter's Javadoc: its description, whether it is required, its type and default, its lines. */
    static String parameter(ActionHeader h, String fallback) {
        String doc = header(h.def(), fallback);
        String extra = String.join(" ", java.util.stream.Stream.of(h.value().doc(), h.lines())
                .filter(t -> !t.isEmpty()).toList());
        if (extra.isEmpty()) {
            return doc;
        }
        int list = doc.indexOf("\n\n<p>Documented values:");
        return list < 0 ? doc.substring(0, doc.length() - 1) + " " + extra + "\n"
                : doc.substring(0, list) + " " + extra + doc.substring(list);
    }

    /** The class Javadoc's availability paragraph and, for an entry the newest line lacks, its {@code @deprecated} tag. */
    static String availability(Availability availability, List<String> entryLines) {
        String sentence = availability.entrySentence(entryLines);
        if (sentence.isEmpty()) {
            return "";
        }
        String text = "\n<p>" + sentence + "\n";
        if (availability.missingFromNewest(entryLines)) {
            text += "\n@deprecated " + availability.deprecation(entryLines) + "\n";
        }
        return text;
    }

    /** A header's Javadoc: its description, whether it is required, its default. */
    static String header(ParameterDef header, String fallback) {
        List<String> parts = new ArrayList<>();
        String body = Javadoc.doc(header.description());
        List<String> facts = new ArrayList<>();
        String defaultValue = header.defaultValue() == null ? null : header.defaultValue().isBlank()
                ? "Asterisk's default: empty." : "Asterisk's default: <code>" + Javadoc.text(header.defaultValue()) + "</code>.";
        if (body.isEmpty()) {
            // Nothing documented: the fallback names the header once, the facts follow in the same sentence.
            String lead = fallback.endsWith(".") ? fallback.substring(0, fallback.length() - 1) : fallback;
            facts.add(lead + (header.required() ? ", required" : ", optional")
                    + (header.multiValued() ? ", may repeat." : "."));
            if (defaultValue != null) {
                facts.add(defaultValue);
            }
            parts.add(String.join(" ", facts));
        } else {
            parts.add(body);
            facts.add("Header <code>" + Javadoc.text(header.name()) + "</code>"
                    + (header.required() ? ", required." : ", optional."));
            if (header.multiValued()) {
                facts.add("May repeat.");
            }
            if (defaultValue != null) {
                facts.add(defaultValue);
            }
            parts.add("<p>" + String.join(" ", facts));
        }
        String values = valueList(header);
        if (!values.isEmpty()) {
            parts.add(values);
        }
        return String.join("\n\n", parts) + "\n";
    }

    /**
     * A header whose documented values make no enum (text with values, an event mask, a list with patterns) lists
     * every value with its text, patterns included ({@code system,call,log,...}); an enum's constants carry theirs.
     */
    private static String valueList(ParameterDef header) {
        HeaderType.Kind kind = header.type().kind();
        if (header.values().isEmpty() || kind == HeaderType.Kind.ENUM || kind == HeaderType.Kind.BOOLEAN) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p>Documented values:\n<ul>\n");
        for (io.amisdk.generator.model.EnumValue v : header.values()) {
            String text = Javadoc.doc(v.description());
            sb.append("<li><code>").append(Javadoc.text(v.name())).append("</code>")
                    .append(text.isEmpty() ? "" : ": " + text.replaceAll("^<p>", "")).append("</li>\n");
        }
        return sb.append("</ul>").toString();
    }
}
