package io.amisdk.generator.emit;

import com.palantir.javapoet.CodeBlock;
import io.amisdk.generator.link.AsteriskLine;
import io.amisdk.generator.model.AmiModel;
import java.util.List;

/**
 * What the generated code says about the Asterisk lines that have each action, event, parameter and
 * enum value, in a model merged from several lines' docs. A model of one line says nothing: every
 * sentence is empty and nothing is deprecated.
 */
final class Availability {
    private final AmiModel model;

    Availability(AmiModel model) {
        this.model = model;
    }

    /** Whether the model merges several lines. */
    boolean multiLine() {
        return model.isMultiLine();
    }

    /** Every line merged, oldest first; empty for one line's docs. */
    List<String> lines() {
        return model.isMultiLine() ? model.lines() : List.of();
    }

    /** "In Asterisk 18, 20 and 21." for an entry; empty for a one-line model. */
    String entrySentence(List<String> entryLines) {
        if (!model.isMultiLine()) {
            return "";
        }
        List<String> lines = model.linesOf(entryLines);
        return lines.equals(model.lines()) ? "In every Asterisk line these docs cover ("
                + AsteriskLine.phrase(lines) + ")." : "In Asterisk " + AsteriskLine.phrase(lines) + " only.";
    }

    /** "Only in Asterisk 22." for a member whose lines are fewer than its owner's; empty otherwise. */
    String memberSentence(List<String> memberLines, List<String> ownerLines) {
        return model.isMultiLine() && narrower(memberLines, ownerLines)
                ? "Only in Asterisk " + AsteriskLine.phrase(memberLines) + "." : "";
    }

    /** Whether a member (a parameter, an enum value) knows its lines and they are not all its owner's. */
    boolean narrower(List<String> memberLines, List<String> ownerLines) {
        return !memberLines.isEmpty() && !memberLines.equals(linesOf(ownerLines));
    }

    /** Whether an entry is missing from the newest line merged, so is deprecated. */
    boolean missingFromNewest(List<String> entryLines) {
        return model.isMultiLine() && !model.linesOf(entryLines).contains(model.newestLine());
    }

    /** The {@code @deprecated} text of such an entry: "Not in Asterisk 22; it is in 18 and 20." */
    String deprecation(List<String> entryLines) {
        return "Not in Asterisk " + model.newestLine() + "; it is in " + AsteriskLine.phrase(model.linesOf(entryLines))
                + ".";
    }

    /** {@code List.of("18", "20")} as code. */
    static CodeBlock code(List<String> lines) {
        CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", RuntimeTypes.LIST);
        for (int i = 0; i < lines.size(); i++) {
            b.add(i == 0 ? "$S" : ", $S", lines.get(i));
        }
        return b.add(")").build();
    }

    /** The lines of an entry as the table says them: empty for a one-line model. */
    List<String> linesOf(List<String> entryLines) {
        return model.isMultiLine() ? model.linesOf(entryLines) : List.of();
    }
}
