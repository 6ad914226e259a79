package io.amisdk.generator.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems with their locations so that one run reports every one of them, once, at the end.
 * Not thread-safe: one collector per reading.
 */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    /** Starts a problem at a location: {@code problems.at(loc, "manager Login").add("…%s", x)}. */
    public At at(Location location, String subject) {
        return new At(location, subject);
    }

    /** Starts a problem at a location with no subject. */
    public At at(Location location) {
        return new At(location, null);
    }

    /** Adds a finished problem. */
    public void add(Problem problem) {
        problems.add(problem);
    }

    /** Every problem, in the order found. */
    public List<Problem> all() {
        return List.copyOf(problems);
    }

    /** Whether nothing went wrong. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were found. */
    public int size() {
        return problems.size();
    }

    /** A problem being added at a known location. */
    public final class At {
        private final Location location;
        private final String subject;

        private At(Location location, String subject) {
            this.location = location;
            this.subject = subject;
        }

        /** Adds the problem, formatted like {@link String#format}. */
        public void add(String format, Object... args) {
            problems.add(new Problem(location, subject, args.length == 0 ? format : String.format(format, args)));
        }
    }
}
