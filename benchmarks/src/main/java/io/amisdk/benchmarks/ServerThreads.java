package io.amisdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPU time spent by the fake servers' threads in this JVM, found by name. A benchmark retires the
 * server's threads before its client logs off: JMH runs trial teardown before the last iteration's
 * profilers look, and a session thread ends with the Logoff, taking its CPU time with it.
 */
final class ServerThreads {
    /** LoopbackAmiServer's threads, and the testkit FakeAsterisk's session threads. */
    private static final String[] PREFIXES = {LoopbackAmiServer.THREAD_PREFIX, "fake-asterisk-session-"};
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final Set<Long> RETIRED = ConcurrentHashMap.newKeySet();
    private static final AtomicLong RETIRED_NANOS = new AtomicLong();

    private ServerThreads() {
    }

    /** CPU time of every server thread so far: the live ones now, the retired ones when retired. */
    static long cpuNanos() {
        long sum = RETIRED_NANOS.get();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (isServer(t) && !RETIRED.contains(t.getId())) {
                sum += Math.max(0, MX.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    /** Books the CPU time of the live server threads now; call it before closing the servers. */
    static void retireAll() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (isServer(t) && RETIRED.add(t.getId())) {
                RETIRED_NANOS.addAndGet(Math.max(0, MX.getThreadCpuTime(t.getId())));
            }
        }
    }

    private static boolean isServer(Thread t) {
        for (String prefix : PREFIXES) {
            if (t.getName().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
