package io.amisdk.generator.source.ami;

import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import java.io.Console;

/**
 * Where the secret of an {@code ami://} docs source comes from: the environment variable
 * {@link AmiDocsUri#SECRET_VARIABLE}, else a prompt on the terminal (not echoed). Never the command line.
 */
public final class AmiSecret {
    private AmiSecret() {
    }

    /**
     * The secret for this server's user.
     *
     * @throws DocsException when the variable is unset and there is no terminal to ask on
     */
    public static String forServer(AmiDocsUri server) throws DocsException {
        String fromEnvironment = System.getenv(AmiDocsUri.SECRET_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console == null) {
            throw new DocsException(Location.of(server.toString()), "no secret for " + server.user() + ": set "
                    + AmiDocsUri.SECRET_VARIABLE + " (there is no terminal to ask on)");
        }
        char[] secret = console.readPassword("AMI secret for %s: ", server);
        if (secret == null || secret.length == 0) {
            throw new DocsException(Location.of(server.toString()), "no secret given for " + server.user());
        }
        return new String(secret);
    }
}
