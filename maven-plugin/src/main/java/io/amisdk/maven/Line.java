package io.amisdk.maven;

/**
 * One Asterisk line's docs in {@link GenerateMojo}'s {@code lines}, written in the pom as
 * {@code <line><asteriskLine>18</asteriskLine><docs>…</docs></line>}: the same two settings the single-docs
 * form has, once per line.
 */
public class Line {
    /** The line these docs describe: {@code 18}, {@code 22}, {@code 22.10}, {@code 20-cert} or {@code master}. */
    String asteriskLine;

    /** That line's docs, in any form {@code docs} takes: a {@code core-en_US.xml}, a folder of saved pages or a URL. */
    String docs;

    /** For Maven, which fills the fields from the pom. */
    public Line() {
    }

    Line(String asteriskLine, String docs) {
        this.asteriskLine = asteriskLine;
        this.docs = docs;
    }

    @Override
    public String toString() {
        return asteriskLine + "=" + docs;
    }
}
