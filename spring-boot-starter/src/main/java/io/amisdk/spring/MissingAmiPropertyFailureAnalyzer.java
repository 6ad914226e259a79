package io.amisdk.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a missing {@code amisdk.*} property as one description naming it and one action, not a stack trace. */
public class MissingAmiPropertyFailureAnalyzer extends AbstractFailureAnalyzer<MissingAmiPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAmiPropertyException cause) {
        String names = String.join(", ", cause.properties());
        return new FailureAnalysis(cause.getMessage() + '.',
                "Set " + names + " (application.properties, an environment variable such as "
                        + cause.properties().get(0).toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_')
                        + ", or a command-line --" + cause.properties().get(0) + "=...), or turn the starter off with"
                        + " amisdk.enabled=false.",
                cause);
    }
}
