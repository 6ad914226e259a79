package io.amisdk.generator.link.types;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.HeaderType;
import io.amisdk.generator.model.HeaderType.BooleanSpelling;
import io.amisdk.generator.model.HeaderType.DurationUnit;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.HeaderType.Rule;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of what Asterisk's docs say about a header's value type in prose, whichever reader produced
 * the text. Readings are tried in a fixed order, the first that matches wins, and each names the words it saw:
 * <ol>
 *   <li>a timestamp: "seconds since 00:00, Jan 1, 1970", "Epoch time";</li>
 *   <li>a duration: "in milliseconds", "in microseconds", "in seconds", "number of seconds", "Seconds since",
 *       "in decimal seconds";</li>
 *   <li>a boolean: "Set to true", "If true", "(true/false", "1 to turn on, 0 to turn off", "If set to 'yes'";</li>
 *   <li>a long count: "number of bytes", "number of packets", "number of octets";</li>
 *   <li>an integer: "number of", "numeric code", "numeric cause code", "Numeric hangup cause", "Count of",
 *       "a positive integer", "Integer representing", a text that is only "count" (MailboxCount's answer).</li>
 * </ol>
 * Only a header's own paragraphs and notes are read, never its enum or variable lists.
 */
final class TypeProse {
    private record Reading(Pattern words, HeaderType type) {
        static Reading of(String regex, HeaderType type) {
            return new Reading(Pattern.compile(regex), type);
        }
    }

    private static final List<Reading> READINGS = List.of(
            Reading.of("seconds since 00:00, jan 1, 1970|\\bepoch time\\b|seconds since the epoch",
                    HeaderType.of(Kind.TIMESTAMP, Rule.PROSE, null)),
            Reading.of("\\bin milliseconds\\b|\\(in milliseconds\\)|\\(in ms\\.?\\)|\\bin ms\\b",
                    HeaderType.duration(DurationUnit.MILLISECONDS, Rule.PROSE, null)),
            Reading.of("\\bin microseconds\\b", HeaderType.duration(DurationUnit.MICROSECONDS, Rule.PROSE, null)),
            Reading.of("\\bin seconds\\b|\\(in seconds\\)|\\bnumber of seconds\\b|^seconds since\\b"
                    + "|\\bin decimal seconds\\b", HeaderType.duration(DurationUnit.SECONDS, Rule.PROSE, null)),
            Reading.of("\\b1 to turn on, 0 to turn off\\b", HeaderType.bool(BooleanSpelling.ONE_ZERO, Rule.PROSE, null)),
            Reading.of("\\bif set to 'yes'", HeaderType.bool(BooleanSpelling.YES_NO, Rule.PROSE, null)),
            Reading.of("^set to '?true'?\\b|\\. set to '?true'?\\b|^if true\\b|\\(true/false\\b",
                    HeaderType.bool(BooleanSpelling.TRUE_FALSE, Rule.PROSE, null)),
            Reading.of("\\bnumber of (?:bytes|octets|packets)\\b|\\bnumber of rtp data packets\\b",
                    HeaderType.of(Kind.LONG, Rule.PROSE, null)),
            Reading.of("\\bnumber of\\b|\\bnumeric (?:[\\w-]+ )?code\\b|^numeric hangup cause\\b|^count of\\b|^count$"
                    + "|\\ba positive integer\\b|^integer representing\\b",
                    HeaderType.of(Kind.INTEGER, Rule.PROSE, null)));

    /** Words one of the readings needs: a text with none of them is read no further (most texts). */
    private static final List<String> CUES = List.of("second", "epoch", "1970", "true", "number", "numeric", "count",
            "integer", "turn on", "'yes'", "in ms");

    private TypeProse() {
    }

    /** The type a header's own text gives it, its reason quoting the words seen; null when the text says none. */
    static HeaderType read(Doc description) {
        String text = ownText(description);
        if (text.isEmpty() || CUES.stream().noneMatch(text::contains)) {
            return null;
        }
        for (Reading r : READINGS) {
            Matcher m = r.words().matcher(text);
            if (m.find()) {
                HeaderType t = r.type();
                return t.withSharedEnum(null).because(Rule.PROSE,
                        "prose: \"" + m.group() + "\"");
            }
        }
        return null;
    }

    private static String ownText(Doc description) {
        StringBuilder sb = new StringBuilder();
        for (Doc.Block b : description.blocks()) {
            if (b instanceof Doc.Paragraph || b instanceof Doc.Note) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(b.plainText());
            }
        }
        // Whitespace runs become one space without a regex: this runs for every header of every model.
        StringBuilder out = new StringBuilder(sb.length());
        boolean space = false;
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
