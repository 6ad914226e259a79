package io.amisdk.generator.source.ami;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.source.DocsException;
import io.amisdk.generator.source.Location;
import io.amisdk.generator.source.Problems;
import io.amisdk.generator.source.RawDocs;
import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiAuthenticationException;
import io.amisdk.runtime.AmiClient;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiException;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.GenericAction;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the docs of exactly what one running Asterisk has loaded, over AMI with amisdk's own runtime:
 * {@code CoreSettings} (its version, hence its line), {@code ListCommands} (the actions it offers), then
 * through the {@code Command} action {@code manager show command <name>} for each action and
 * {@code manager show events} / {@code manager show event <name>} for the events, all pipelined on one
 * connection. The text is read by {@link ManagerText}; a problem names the command that printed it.
 */
public final class AmiDocsReader {
    private static final Set<String> NOT_ACTIONS = Set.of("response", "actionid", "message", "eventlist");
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)?.*");

    private final PrintWriter progress;
    private final Duration timeout;

    /** A reader that shows a "read n/total" line on {@code progress} (null: none) and waits up to {@code timeout}. */
    public AmiDocsReader(PrintWriter progress, Duration timeout) {
        this.progress = progress;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Reads the server's docs.
     *
     * @param server where, and as whom
     * @param secret the user's secret (never logged)
     * @throws DocsException when the server cannot be reached, refuses the login, or lets the user not run
     *                       {@code Command} / {@code ListCommands}
     */
    public RawDocs read(AmiDocsUri server, String secret, Problems problems) throws DocsException {
        Location at = Location.of(server.toString());
        AmiClientConfig config = AmiClientConfig.builder().host(server.host()).port(server.port())
                .credentials(server.user(), secret).eventMask("off").reconnectPolicy(ReconnectPolicy.disabled())
                .timeouts(t -> t.connectTimeout(timeout).actionTimeout(timeout)).build();
        AmiClient client;
        try {
            client = AmiClient.connect(config);
        } catch (AmiAuthenticationException e) {
            throw new DocsException(at, "the server refused the login of " + server.user() + ": " + e.getMessage(), e);
        } catch (AmiException e) {
            throw new DocsException(at, "cannot read docs from the server: " + e.getMessage(), e);
        }
        try (client) {
            return read(client, server, at, problems);
        }
    }

    private RawDocs read(AmiClient client, AmiDocsUri server, Location at, Problems problems) throws DocsException {
        AmiResponse settings = await(client.send(GenericAction.of("CoreSettings")), at, "CoreSettings");
        String version = settings.isSuccess() ? settings.get("AsteriskVersion") : null;
        String line = null;
        if (version == null) {
            problems.at(at, "CoreSettings").add("no AsteriskVersion (%s); the line stays unknown", settings.message());
        } else {
            Matcher m = VERSION.matcher(version);
            line = m.matches() ? m.group(1) : null;
            if (line == null) {
                problems.at(at, "CoreSettings").add("AsteriskVersion %s names no line", version);
            }
        }
        AmiResponse list = await(client.send(GenericAction.of("ListCommands")), at, "ListCommands");
        if (!list.isSuccess()) {
            throw new DocsException(at, "ListCommands failed: " + list.message());
        }
        List<String> actionNames = new ArrayList<>();
        for (Map.Entry<String, String> h : list.headers().headers()) {
            if (!NOT_ACTIONS.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) {
                actionNames.add(h.getKey());
            }
        }
        // One Command first: a user without the "command" permission is told so once, before anything else.
        List<String> eventList = command(client, at, "manager show events");
        ManagerText text = new ManagerText(problems);
        List<String> eventNames = text.eventNames(eventList, where(server, "manager show events"));

        Progress shown = new Progress(progress, actionNames.size() + eventNames.size());
        List<CompletableFuture<AmiResponse>> actionOutputs = new ArrayList<>();
        for (String name : actionNames) {
            actionOutputs.add(shown.counting(send(client, "manager show command " + name)));
        }
        List<CompletableFuture<AmiResponse>> eventOutputs = new ArrayList<>();
        for (String name : eventNames) {
            eventOutputs.add(shown.counting(send(client, "manager show event " + name)));
        }
        List<RawDocs.Element<ActionDef>> actions = new ArrayList<>();
        // Events a command's list responses describe, which "manager show events" may not list (BridgeInfoChannel)
        java.util.Map<String, RawDocs.Element<EventDef>> embedded = new java.util.LinkedHashMap<>();
        for (int i = 0; i < actionNames.size(); i++) {
            String command = "manager show command " + actionNames.get(i);
            Location where = where(server, command);
            List<String> output = output(actionOutputs.get(i), at, command, problems);
            ManagerText.CommandDocs docs = output == null ? null : text.action(actionNames.get(i), output, where);
            if (docs != null) {
                actions.add(new RawDocs.Element<>(docs.action(), where));
                docs.embedded().forEach(e -> embedded.putIfAbsent(e.name(), new RawDocs.Element<>(e, where)));
            }
        }
        List<RawDocs.Element<EventDef>> events = new ArrayList<>();
        for (int i = 0; i < eventNames.size(); i++) {
            String command = "manager show event " + eventNames.get(i);
            Location where = where(server, command);
            List<String> output = output(eventOutputs.get(i), at, command, problems);
            if (output != null) {
                for (EventDef e : text.events(eventNames.get(i), output, where)) {
                    events.add(new RawDocs.Element<>(e, where));
                }
            }
        }
        java.util.Set<String> listed = new java.util.HashSet<>(eventNames);
        embedded.values().stream().filter(e -> !listed.contains(e.def().name())).forEach(events::add);
        shown.done();
        String source = "AMI of Asterisk " + (version == null ? "(unknown version)" : version);
        return new RawDocs(source, line, actions, events);
    }

    private static Location where(AmiDocsUri server, String command) {
        return Location.of(server + " '" + command + "'");
    }

    private static CompletableFuture<AmiResponse> send(AmiClient client, String command) {
        return client.send(GenericAction.of("Command").header("Command", command));
    }

    private List<String> command(AmiClient client, Location at, String command) throws DocsException {
        AmiResponse r = await(send(client, command), at, "Command " + command);
        if (!r.isSuccess()) {
            String why = r.message() == null ? "" : r.message();
            if (why.toLowerCase(java.util.Locale.ROOT).contains("permission")) {
                throw new DocsException(at, "the user may not run the Command action (" + why + "); give it the"
                        + " 'command' permission in manager.conf (write = command, or all)");
            }
            throw new DocsException(at, "Command '" + command + "' failed: " + why);
        }
        return r.output();
    }

    private List<String> output(CompletableFuture<AmiResponse> future, Location at, String command, Problems problems)
            throws DocsException {
        AmiResponse r = await(future, at, "Command " + command);
        if (!r.isSuccess()) {
            problems.at(Location.of(at + " '" + command + "'")).add("Command failed: %s", r.message());
            return null;
        }
        return r.output();
    }

    private <T> T await(CompletableFuture<T> future, Location at, String what) throws DocsException {
        try {
            return future.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocsException(at, what + ": interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AmiActionFailedException failed && failed.response() != null) {
                // an Error answer is an answer: the callers tell what it means
                @SuppressWarnings("unchecked")
                T response = (T) failed.response();
                return response;
            }
            throw new DocsException(at, what + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DocsException(at, what + ": no answer in " + timeout.multipliedBy(2).toSeconds() + " s", e);
        }
    }

    /** "read n/total" rewritten in place, when there is somewhere to show it. */
    private static final class Progress {
        private final PrintWriter out;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter out, int total) {
            this.out = out;
            this.total = total;
        }

        CompletableFuture<AmiResponse> counting(CompletableFuture<AmiResponse> f) {
            if (out != null) {
                f.whenComplete((r, e) -> {
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == total) {
                        synchronized (this) {
                            out.print("\rread " + n + "/" + total + " docs entries");
                            out.flush();
                        }
                    }
                });
            }
            return f;
        }

        void done() {
            if (out != null) {
                synchronized (this) {
                    out.println();
                    out.flush();
                }
            }
        }
    }
}
