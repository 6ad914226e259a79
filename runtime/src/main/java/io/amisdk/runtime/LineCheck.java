package io.amisdk.runtime;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check of an action against the server's Asterisk line, under {@link AmiClientConfig#linePolicy()}: the
 * line is learnt after login (CoreSettings' AsteriskVersion), then an action or header the line lacks is
 * refused ({@link LinePolicy#FAIL}) or warned about once ({@link LinePolicy#WARN}).
 */
final class LineCheck {
    private static final System.Logger LOG = System.getLogger(LineCheck.class.getName());

    private final AmiClientConfig config;
    /** The server's line ("22"), learnt after login; null until then. */
    private volatile String serverLine;
    /** What WARN has warned about already: bounded by the SDK's actions and headers. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    LineCheck(AmiClientConfig config) {
        this.config = config;
    }

    String serverLine() {
        return serverLine;
    }

    /** Asks the server its version and keeps its line, unless the policy ignores lines. */
    void learn(AmiConnection connection) {
        if (config.linePolicy() == LinePolicy.IGNORE) {
            return;
        }
        connection.send(GenericAction.of("CoreSettings"), PendingAction.Kind.RESPONSE, null,
                config.timeouts().actionTimeout(), Answers.SUCCESS_ONLY).whenComplete((response, failure) -> {
                    if (response != null) {
                        serverLine = lineOf(response.get("AsteriskVersion"));
                    } else {
                        LOG.log(Level.WARNING, "cannot learn the server's Asterisk line: " + failure);
                    }
                });
    }

    /** The failure to send this action with under FAIL, or null (WARN warns once and lets it go). */
    AmiUnavailableException refusal(AmiAction<?> action) {
        if (config.linePolicy() == LinePolicy.IGNORE) {
            return null;
        }
        String unavailable = unavailable(action);
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

    /** The line of an AsteriskVersion: its major number ("22.10.1" → "22"), or "master" for a development build. */
    static String lineOf(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        String v = version.strip();
        if (v.toLowerCase(Locale.ROOT).contains("master")) {
            return "master";
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? null : v.substring(0, end);
    }

    /** Why the server's line lacks this action or one of its headers, or null when it has them (or we don't know). */
    private String unavailable(AmiAction<?> action) {
        String line = serverLine;
        List<String> lines = action.availableIn();
        if (line == null || lines.isEmpty()) {
            return null;
        }
        if (!lines.contains(line)) {
            return action.actionName() + " is not in Asterisk " + line + "; it is in " + phrase(lines);
        }
        String[] missing = new String[1];
        action.writeHeaders((name, value) -> {
            List<String> own = action.availableIn(name);
            if (missing[0] == null && !own.isEmpty() && !own.contains(line)) {
                missing[0] = action.actionName() + "'s " + name + " is not in Asterisk " + line + "; it is in "
                        + phrase(own);
            }
            return null;
        });
        return missing[0];
    }

    private static String phrase(List<String> lines) {
        return lines.size() == 1 ? lines.get(0)
                : String.join(", ", lines.subList(0, lines.size() - 1)) + " and " + lines.get(lines.size() - 1);
    }
}
