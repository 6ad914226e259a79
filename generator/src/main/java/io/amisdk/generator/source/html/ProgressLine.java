package io.amisdk.generator.source.html;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** One line on stderr that counts pages done out of the total, rewritten in place. Thread-safe. */
final class ProgressLine {
    private final PrintWriter out;
    private final String what;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private int shown;

    ProgressLine(PrintWriter out, String what, int total) {
        this.out = out;
        this.what = what;
        this.total = total;
    }

    void step() {
        done.incrementAndGet();
        if (out == null) {
            return;
        }
        synchronized (this) {
            // workers finish out of order; show each count once, rising
            int n = done.get();
            if (n <= shown) {
                return;
            }
            shown = n;
            out.print("\r" + what + ": " + n + "/" + total + " pages");
            if (n == total) {
                out.println();
            }
            out.flush();
        }
    }
}
