package io.amisdk.runtime;

import java.lang.reflect.Method;

/**
 * Threads for blocking work (readers, connects and logins, socket writes): virtual where the JVM has them
 * (Java 21+), platform daemon threads on 17 — one jar, {@code Thread.ofVirtual()} found by reflection once.
 * The paths they run hold no {@code synchronized} lock across blocking I/O, so they do not pin a carrier.
 */
final class VirtualThreads {
    private static final System.Logger LOG = System.getLogger(VirtualThreads.class.getName());
    private static final Method OF_VIRTUAL;
    private static final Method NAME;
    private static final Method UNSTARTED;

    static {
        Method ofVirtual = null;
        Method name = null;
        Method unstarted = null;
        try {
            ofVirtual = Thread.class.getMethod("ofVirtual");
            name = Class.forName("java.lang.Thread$Builder").getMethod("name", String.class);
            unstarted = Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            ofVirtual = null; // Java 17–20: platform threads
        }
        OF_VIRTUAL = ofVirtual;
        NAME = name;
        UNSTARTED = unstarted;
    }

    private VirtualThreads() {
    }

    /** Whether this JVM gives virtual threads. */
    static boolean available() {
        return OF_VIRTUAL != null;
    }

    /** A new, unstarted thread for blocking work: virtual when {@code virtual} and available, else a platform daemon. */
    static Thread newThread(Runnable task, String name, boolean virtual) {
        if (virtual && OF_VIRTUAL != null) {
            try {
                Object builder = NAME.invoke(OF_VIRTUAL.invoke(null), name);
                return (Thread) UNSTARTED.invoke(builder, task);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot make a virtual thread; using a platform thread", e);
            }
        }
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
