package io.amisdk.generator.link;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Asterisk line labels, as sources are tagged with them ({@code --docs 22=…}): a major version
 * ({@code 18}, {@code 22}), optionally with a minor ({@code 22.10}) or a certified suffix ({@code 20-cert}),
 * or {@code master} for the development branch. Lines order by number, {@code master} last.
 */
public final class AsteriskLine {
    private static final Pattern LABEL = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){0,2}(-cert\\d*)?|master");

    /** Oldest first: by the numbers, {@code master} after every numbered line. */
    public static final Comparator<String> ORDER = AsteriskLine::compare;

    private AsteriskLine() {
    }

    /** Whether {@code label} names a line. */
    public static boolean isLabel(String label) {
        return label != null && LABEL.matcher(label).matches();
    }

    /**
     * The label, checked.
     *
     * @throws IllegalArgumentException naming the label and what a label looks like
     */
    public static String check(String label) {
        if (!isLabel(label)) {
            throw new IllegalArgumentException("'" + label + "' is not an Asterisk line (a version such as 18, 22 or"
                    + " 22.10, or master)");
        }
        return label;
    }

    /** Lines as a sentence says them: {@code 22}, {@code 18 and 20}, {@code 18, 20 and 21}. */
    public static String phrase(java.util.List<String> lines) {
        if (lines.size() <= 1) {
            return String.join("", lines);
        }
        return String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
    }

    private static int compare(String a, String b) {
        boolean masterA = "master".equals(a);
        boolean masterB = "master".equals(b);
        if (masterA || masterB) {
            return Boolean.compare(masterA, masterB);
        }
        String[] pa = a.split("[.-]");
        String[] pb = b.split("[.-]");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = compareParts(pa[i], pb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static int compareParts(String a, String b) {
        boolean numberA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean numberB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (numberA && numberB) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return numberA != numberB ? Boolean.compare(!numberA, !numberB) : a.compareTo(b);
    }
}
