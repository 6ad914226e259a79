package io.amisdk.testkit;

import io.amisdk.runtime.AmiActionFailedException;
import io.amisdk.runtime.AmiClientConfig;
import io.amisdk.runtime.AmiResponse;
import io.amisdk.runtime.EventDecoders;
import io.amisdk.runtime.ReconnectPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Shared test set-up: a client config for a fake server, waiting, and counting threads and sockets. */
final class Clients {
    private Clients() {
    }

    static AmiClientConfig.Builder config(FakeAsterisk ami) {
        return AmiClientConfig.builder().host(ami.host()).port(ami.port()).credentials("admin", "amp111")
                .timeouts(t -> t.keepaliveInterval(Duration.ZERO).actionTimeout(Duration.ofSeconds(10)))
                .reconnectPolicy(ReconnectPolicy.disabled()).eventDecoders(EventDecoders.empty());
    }

    /** The error response an action's future failed with (the one rule: Response: Error fails the future). */
    static AmiResponse errorOf(CompletableFuture<?> future) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AmiActionFailedException failed) {
                return failed.response();
            }
            throw new AssertionError("failed with something else than an error answer", e.getCause());
        } catch (Exception e) {
            throw new AssertionError("no answer", e);
        }
        throw new AssertionError("completed normally, not with an error answer");
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Live threads whose name starts with the prefix. */
    static long threads(String prefix) {
        return liveThreads(prefix).size();
    }

    /** The live threads whose names start with the prefix. */
    static Set<Thread> liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).collect(Collectors.toSet());
    }

    /** Open socket descriptors of this process (Linux /proc), or -1 where /proc is missing. */
    static long openSockets() {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return -1;
        }
        try (var list = Files.list(fds)) {
            return list.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed while listing
                }
            }).count();
        } catch (IOException e) {
            throw new AssertionError("cannot list /proc/self/fd", e);
        }
    }
}
