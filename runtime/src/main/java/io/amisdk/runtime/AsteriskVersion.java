package io.amisdk.runtime;

import java.util.Locale;

/**
 * An Asterisk version as CoreSettings' {@code AsteriskVersion} or the docs' {@code <since>} spell it, compared
 * numerically by line, then minor, then patch ("22.9.0" &lt; "22.10.0"). A suffix is not compared: "22.10.0-rc1"
 * is 22.10.0, "certified/20.7-cert1" is 20.7.0. A development build ("GIT-master-abc") has no number: {@link #parse}
 * gives null, which the line check reads as "don't know".
 */
record AsteriskVersion(int line, int minor, int patch) implements Comparable<AsteriskVersion> {
    private static final int MAX_DIGITS = 9; // an int, whatever the text

    /** The version in {@code text}, or null when it has no line and minor number to compare. */
    static AsteriskVersion parse(String text) {
        if (text == null) {
            return null;
        }
        String v = withoutCertified(text.strip());
        int[] numbers = new int[3];
        int count = 0;
        int i = 0;
        while (count < numbers.length) {
            int start = i;
            while (i < v.length() && Character.isDigit(v.charAt(i)) && i - start < MAX_DIGITS) {
                i++;
            }
            if (i == start || (i < v.length() && Character.isDigit(v.charAt(i)))) {
                break; // no number here, or one too long to be a version's
            }
            numbers[count++] = Integer.parseInt(v, start, i, 10);
            if (i >= v.length() || v.charAt(i) != '.') {
                break;
            }
            i++;
        }
        return count < 2 ? null : new AsteriskVersion(numbers[0], numbers[1], numbers[2]);
    }

    /**
     * The line of an AsteriskVersion: its major number ("22.10.1" → "22", "certified/20.7-cert1" → "20"), or
     * "master" for a development build; null when it names none.
     */
    static String lineOf(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String v = withoutCertified(version.strip());
        if (v.toLowerCase(Locale.ROOT).contains("master")) {
            return "master";
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? null : v.substring(0, end);
    }

    /** "20.7-cert1" of "certified/20.7-cert1" (a certified release's version), else the text itself. */
    private static String withoutCertified(String v) {
        String prefix = "certified";
        if (v.regionMatches(true, 0, prefix, 0, prefix.length()) && v.length() > prefix.length()
                && (v.charAt(prefix.length()) == '/' || v.charAt(prefix.length()) == '-')) {
            return v.substring(prefix.length() + 1);
        }
        return v;
    }

    @Override
    public int compareTo(AsteriskVersion other) {
        int c = Integer.compare(line, other.line);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return line + "." + minor + "." + patch;
    }
}
