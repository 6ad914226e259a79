package io.amisdk.generator.source.ami;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running Asterisk as a docs source: {@code ami://user@host[:port]} (port 5038 when not given). The
 * secret is never part of it: it comes from {@link #SECRET_VARIABLE} or a prompt.
 *
 * @param user the AMI user (manager.conf), who needs read permission {@code command} (or {@code all})
 * @param host the host name or address
 * @param port the AMI port
 */
public record AmiDocsUri(String user, String host, int port) {
    /** The environment variable the secret is read from. */
    public static final String SECRET_VARIABLE = "AMISDK_AMI_SECRET";

    private static final Pattern URI = Pattern.compile("ami://([^@:/\\s]+)@(\\[[^]]+]|[^:/\\s@]+)(?::(\\d{1,5}))?/?");
    private static final Pattern WITH_SECRET = Pattern.compile("ami://[^@/]*:[^@/]*@.*");

    /** Whether {@code docs} names a server ({@code ami://…}). */
    public static boolean isAmiUri(String docs) {
        return docs != null && docs.regionMatches(true, 0, "ami://", 0, 6);
    }

    /**
     * The server {@code docs} names.
     *
     * @throws IllegalArgumentException when it is not {@code ami://user@host[:port]}, or holds a secret
     */
    public static AmiDocsUri parse(String docs) {
        if (WITH_SECRET.matcher(docs).matches()) {
            // never echo it back: the message names the form, not the text given
            throw new IllegalArgumentException("an ami:// docs source must not carry the secret (it would show in"
                    + " process lists and shell history); give ami://user@host:port and set " + SECRET_VARIABLE
                    + " or answer the prompt");
        }
        Matcher m = URI.matcher(docs);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + docs + "' is not an AMI docs source: ami://user@host[:port]");
        }
        int port = m.group(3) == null ? 5038 : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("'" + docs + "': port " + port + " is out of range");
        }
        String host = m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        return new AmiDocsUri(m.group(1), host, port);
    }

    @Override
    public String toString() {
        return "ami://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
