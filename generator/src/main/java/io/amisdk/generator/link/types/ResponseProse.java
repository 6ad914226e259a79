package io.amisdk.generator.link.types;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.model.ResponseDef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the docs describe in prose, one header a paragraph, as MailboxCount's does: "Message: Mailbox Message
 * Count", "Mailbox: mailboxid", "NewMessages: count". A run of two paragraphs or more that each read
 * {@code Name: text} is the answer's headers ({@code Message} aside, which every answer has), each described by
 * its text. The shipped supplement replaces such a shape where Asterisk sends other names than its docs say
 * (MailboxCount's {@code UrgMessages}, documented as {@code UrgentMessages}).
 */
final class ResponseProse {
    private static final Pattern HEADER = Pattern.compile("([A-Z][A-Za-z0-9]*): (\\S.*)");

    private ResponseProse() {
    }

    /** The answer's shape the action's prose describes, or null when it describes none (or it has one). */
    static ResponseDef read(ActionDef action) {
        if (action.response() != null) {
            return null;
        }
        List<ParameterDef> best = List.of();
        List<ParameterDef> run = new ArrayList<>();
        int paragraphs = 0;
        int bestParagraphs = 0;
        for (Doc.Block b : action.description().blocks()) {
            Matcher m = b instanceof Doc.Paragraph ? HEADER.matcher(b.plainText()) : null;
            if (m != null && m.matches()) {
                paragraphs++;
                if (!m.group(1).equals("Message")) {
                    run.add(ParameterDef.of(m.group(1), false, Doc.ofText(m.group(2).strip()), List.of(), null,
                            false));
                }
                continue;
            }
            if (paragraphs > bestParagraphs) {
                best = run;
                bestParagraphs = paragraphs;
            }
            run = new ArrayList<>();
            paragraphs = 0;
        }
        if (paragraphs > bestParagraphs) {
            best = run;
            bestParagraphs = paragraphs;
        }
        if (bestParagraphs < 2 || best.isEmpty()) {
            return null;
        }
        return new ResponseDef(best, Doc.ofText("The answer's headers as " + action.name() + "'s documentation"
                + " describes them."));
    }

    /** The actions with the answers their prose describes. */
    static List<ActionDef> withResponses(List<ActionDef> actions) {
        List<ActionDef> out = new ArrayList<>(actions.size());
        for (ActionDef a : actions) {
            ResponseDef r = read(a);
            out.add(r == null ? a : a.withResponse(r));
        }
        return out;
    }
}
