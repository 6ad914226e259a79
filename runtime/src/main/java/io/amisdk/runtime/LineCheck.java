package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check of an action against the server, under {@link AmiClientConfig#linePolicy()}: the server's version is
 * learnt after login (CoreSettings' AsteriskVersion), then an action or header its line lacks
 * ({@link AmiAction#availableIn()}), an action that came in a later version of its line ({@link AmiAction#since()})
 * or one whose module it has not loaded ({@link AmiAction#providedBy()}, asked with ModuleCheck once per module
 * and login) is refused ({@link LinePolicy#FAIL}) or warned about once ({@link LinePolicy#WARN}). What it does
 * not know (no version yet, one it cannot read, a ModuleCheck that failed) refuses nothing; an action that waited
 * for the login ({@link DisconnectedBuffer}) was checked against what was known when it was given, not for its module.
 */
final class LineCheck {
    private static final System.Logger LOG = System.getLogger(LineCheck.class.getName());
    /** What Asterisk 22's manager_modulecheck answers (Response: Error) for a module it has not loaded. */
    static final String MODULE_NOT_LOADED = "Module not loaded";

    private final AmiClientConfig config;
    /** The server's version, learnt after login; null until then. */
    private volatile Server server;
    /** What WARN has warned about already: bounded by the SDK's actions, headers and modules. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    /** What ModuleCheck answered on one connection, so a new login (maybe a restarted server) asks again. */
    private volatile Modules modules = new Modules(null, Map.of());

    /** The server's AsteriskVersion as it spells it, its line ("22", "master") and its number (null: unreadable). */
    private record Server(String text, String line, AsteriskVersion version) {
    }

    /**
     * Per module name: whether the connection's server has it loaded (true, false, null when ModuleCheck could
     * not tell); bounded by the modules the SDK's actions name.
     */
    private record Modules(AmiConnection connection, Map<String, CompletableFuture<Boolean>> loaded) {
    }

    LineCheck(AmiClientConfig config) {
        this.config = config;
    }

    String serverLine() {
        Server s = server;
        return s == null ? null : s.line();
    }

    String serverVersion() {
        Server s = server;
        return s == null ? null : s.text();
    }

    /** Asks the server its version and keeps it, unless the policy ignores lines. */
    void learn(AmiConnection connection) {
        if (config.linePolicy() == LinePolicy.IGNORE) {
            return;
        }
        connection.send(GenericAction.of("CoreSettings"), PendingAction.Kind.RESPONSE, null,
                config.timeouts().actionTimeout(), Answers.SUCCESS_ONLY).whenComplete((response, failure) -> {
                    String text = response == null ? null : response.get("AsteriskVersion");
                    if (text != null && !text.isBlank()) {
                        server = new Server(text.strip(), AsteriskVersion.lineOf(text), AsteriskVersion.parse(text));
                    } else {
                        LOG.log(Level.WARNING, "cannot learn the server's Asterisk version: "
                                + (failure != null ? failure : "CoreSettings has no AsteriskVersion"));
                    }
                });
    }

    /** The failure to send this action with under FAIL, or null (WARN warns once and lets it go). */
    AmiUnavailableException refusal(AmiAction<?> action) {
        if (config.linePolicy() == LinePolicy.IGNORE) {
            return null;
        }
        return verdict(unavailable(action));
    }

    /**
     * The failure to send this action with on this connection because its server has not loaded the action's
     * module, or null (loaded, not known, or WARN); null itself when there is nothing to ask. The first send of a
     * module's action on a connection asks ModuleCheck; later ones share its answer. The future never fails.
     */
    CompletableFuture<AmiUnavailableException> moduleRefusal(AmiAction<?> action, AmiConnection connection) {
        String module = action.providedBy();
        if (module == null || module.isBlank() || config.linePolicy() == LinePolicy.IGNORE) {
            return null;
        }
        Map<String, CompletableFuture<Boolean>> loaded = modulesOn(connection);
        CompletableFuture<Boolean> answer = loaded.get(module);
        if (answer == null) {
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            answer = loaded.putIfAbsent(module, mine);
            if (answer == null) { // asked outside the map: a send may wait for room
                answer = mine;
                ask(connection, module, mine);
            }
        }
        return answer.thenApply(isLoaded -> Boolean.FALSE.equals(isLoaded) ? verdict(action.actionName()
                + " is provided by " + module + ", which this server has not loaded") : null);
    }

    private Map<String, CompletableFuture<Boolean>> modulesOn(AmiConnection connection) {
        Modules m = modules;
        if (m.connection() != connection) {
            synchronized (this) {
                m = modules;
                if (m.connection() != connection) {
                    m = new Modules(connection, new ConcurrentHashMap<>());
                    modules = m;
                }
            }
        }
        return m.loaded();
    }

    /** Completes {@code loaded} with ModuleCheck's answer: true, false ("Module not loaded"), or null (not known). */
    private void ask(AmiConnection connection, String module, CompletableFuture<Boolean> loaded) {
        CompletableFuture<AmiResponse> answer;
        try {
            answer = connection.send(GenericAction.of("ModuleCheck").header("Module", module),
                    PendingAction.Kind.RESPONSE, null, config.timeouts().actionTimeout(), raw -> (AmiResponse) raw);
        } catch (RuntimeException e) { // a module name unfit for a header: not known
            answer = CompletableFuture.failedFuture(e);
        }
        answer.whenComplete((response, failure) -> {
            if (response != null && response.isSuccess()) {
                loaded.complete(Boolean.TRUE);
            } else if (response != null && MODULE_NOT_LOADED.equalsIgnoreCase(strip(response.message()))) {
                loaded.complete(Boolean.FALSE);
            } else {
                LOG.log(Level.DEBUG, () -> "cannot tell whether the server has loaded " + module + ": "
                        + (response != null ? response.message() : failure));
                loaded.complete(null);
            }
        });
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** FAIL's failure for what is unavailable, or null (nothing is, or WARN warned once). */
    private AmiUnavailableException verdict(String unavailable) {
        if (unavailable == null) {
            return null;
        }
        if (config.linePolicy() == LinePolicy.FAIL) {
            return new AmiUnavailableException(unavailable);
        }
        if (warned.add(unavailable)) {
            LOG.log(Level.WARNING, unavailable + " (sent anyway: linePolicy WARN)");
        }
        return null;
    }

    /**
     * Why the server lacks this action or one of its headers, or null when it has them (or we don't know). The
     * since entry of the server's line decides for the action when there is one; else its lines do.
     */
    private String unavailable(AmiAction<?> action) {
        Server s = server;
        if (s == null) {
            return null;
        }
        String line = s.line();
        List<String> lines = action.availableIn();
        String came = s.version() == null ? null : sinceOnLine(action.since(), s.version());
        if (came != null) {
            if (s.version().compareTo(AsteriskVersion.parse(came)) < 0) {
                return action.actionName() + " came in Asterisk " + came + "; this server is " + s.text();
            }
        } else if (line != null && !lines.isEmpty() && !lines.contains(line)) {
            return action.actionName() + " is not in Asterisk " + line + "; it is in " + phrase(lines);
        }
        if (line == null || !lines.contains(line)) {
            return null;
        }
        for (Map.Entry<String, String> header : action.headers()) { // what writeHeaders writes, chained calls and all
            List<String> own = action.availableIn(header.getKey());
            if (!own.isEmpty() && !own.contains(line)) {
                return action.actionName() + "'s " + header.getKey() + " is not in Asterisk " + line + "; it is in "
                        + phrase(own);
            }
        }
        return null;
    }

    /** The entry of {@code since} on the server's line ("22.10.0" for a 22.x server), or null. */
    private static String sinceOnLine(List<String> since, AsteriskVersion server) {
        for (String entry : since) {
            AsteriskVersion v = AsteriskVersion.parse(entry);
            if (v != null && v.line() == server.line()) {
                return entry.strip();
            }
        }
        return null;
    }

    private static String phrase(List<String> lines) {
        return lines.size() == 1 ? lines.get(0)
                : String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
    }
}
