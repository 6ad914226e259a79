package io.amisdk.generator.source.html;

import io.amisdk.generator.model.Doc;
import io.amisdk.generator.model.Doc.Block;
import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.ParameterDef;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins a page's Syntax block (names, order, brackets) and its Arguments list (descriptions, enum
 * values, "required" markers) into parameters. The site renders both from the
 * same XML parameters, so they list the same names; a difference is reported, not guessed at.
 */
final class ParameterListReader {
    private ParameterListReader() {
    }

    static List<ParameterDef> parameters(SyntaxBlock syntax, List<ListItem> arguments, Location location,
            String subject, List<Problem> problems) {
        List<ListItem> unused = new ArrayList<>(arguments);
        List<ParameterDef> out = new ArrayList<>();
        if (syntax != null) {
            for (SyntaxBlock.Line line : syntax.parameters()) {
                ListItem item = take(unused, line.name());
                if (item == null) {
                    problems.add(new Problem(location, subject, "parameter " + line.name()
                            + " is in the Syntax block but not under Arguments"));
                    out.add(ParameterDef.of(line.name(), false, Doc.EMPTY, List.of(), null, false));
                } else {
                    out.add(parameter(item, location, subject, problems));
                }
            }
            for (ListItem item : unused) {
                problems.add(new Problem(location, subject, "argument " + item.name()
                        + " is listed under Arguments but not in the Syntax block"));
            }
        }
        if (syntax == null) {
            for (ListItem item : unused) {
                out.add(parameter(item, location, subject, problems));
            }
        }
        return out;
    }

    private static ListItem take(List<ListItem> items, String name) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return items.remove(i);
            }
        }
        return null;
    }

    private static ParameterDef parameter(ListItem item, Location location, String subject, List<Problem> problems) {
        if (item.name().isEmpty()) {
            problems.add(new Problem(location, subject, "an argument without a name: " + item.description().plainText()));
        }
        List<Block> description = new ArrayList<>(item.description().blocks());
        List<EnumValue> values = new ArrayList<>();
        for (ListItem nested : item.nestedItems()) {
            if (nested.isTechnologyInfo()) {
                // <info tech="PJSIP"> text belongs to the parameter's description, not to its values
                description.add(new Doc.Paragraph(List.of(new Doc.Inline(Doc.Inline.Style.EMPHASIS, nested.name()))));
                description.addAll(nested.fullDescription().blocks());
                continue;
            }
            values.add(new EnumValue(nested.name(), nested.fullDescription()));
        }
        // the site has no markup for a default or a repeatable header: its "(default)" and "multiple X:" prose
        // is the linker's to read
        return ParameterDef.of(item.name(), item.required(), new Doc(description), values, null, false);
    }
}
