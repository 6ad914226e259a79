package io.amisdk.servertests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit extension of every real-server test class: the first class to run starts
 * {@link AsteriskServer} (lock, setup.sh, start.sh), kept in the root store, so it is started once
 * per test JVM and stopped (stop.sh) when the whole run ends. Test methods and constructors get it
 * as a parameter. A server that cannot be built or started fails every class with the same message.
 */
public final class RealAsterisk implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealAsterisk.class);
    /** The first failure, so that later classes fail with it at once instead of building again. */
    private static volatile RuntimeException failure;

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AsteriskServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static synchronized AsteriskServer server(ExtensionContext context) {
        if (failure != null) {
            throw new IllegalStateException("the test Asterisk could not be set up: " + failure.getMessage(), failure);
        }
        try {
            // AutoCloseable values in the root store are closed when the test run ends.
            return context.getRoot().getStore(NAMESPACE)
                    .computeIfAbsent(AsteriskServer.class, k -> AsteriskServer.start(), AsteriskServer.class);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }
}
