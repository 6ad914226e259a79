package io.amisdk.generator.source.html;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/** One line on stderr that counts pages done out of the total, rewritten in place. Thread-safe. */
final class ProgressLine {
    private final PrintStream out;
    private final String what;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    ProgressLine(PrintStream out, String what, int total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    void step() {
        int n = done.incrementAndGet();
        if (out != null) {
            synchronized (out) {
                out.print("\r" + what + ": " + n + "/" + total + " pages");
                if (n == total) {
                    out.println();
                }
                out.flush();
            }
        }
    }
}
