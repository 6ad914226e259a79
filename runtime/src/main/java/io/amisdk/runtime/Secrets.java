package io.amisdk.runtime;

import java.util.Locale;
import java.util.Set;

/** Decides which header values must never reach a log, an exception or a toString. */
public final class Secrets {
    /** What a secret value is shown as. */
    public static final String MASK = "****";

    private static final Set<String> SECRET_NAMES = Set.of("secret", "key", "password", "newpassword", "oldpassword");

    private Secrets() {
    }

    /** Whether a header or parameter of this name carries a secret. */
    public static boolean isSecret(String name) {
        return name != null && SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
