package io.amisdk.runtime;

/**
 * The body of a legacy {@code Response: Follows} answer, Asterisk &lt; 14's Command output: up to
 * {@code --END COMMAND--}, its lines as {@code Output} headers. A body without the marker ends at the blank
 * line before the next {@code Response:} or {@code Event:} line; {@code Output:} lines in it (a server mixing
 * both forms) are read as Output headers. Part of {@link AmiMessageParser}; not thread-safe.
 */
final class FollowsBody {
    /** What a line did to the message. */
    enum Step {
        /** The message goes on. */
        MORE,
        /** The message is complete. */
        END,
        /** The message was complete before this line, which starts the next block: read it again. */
        END_BEFORE
    }

    private static final String END_COMMAND = "--END COMMAND--";

    private boolean active;
    private boolean outputStarted;
    private boolean ended;
    /** A blank line inside the output whose meaning the next line decides (output, or the end). */
    private boolean blankPending;

    /** Whether a Follows body is being read. */
    boolean active() {
        return active;
    }

    /** The {@code Response: Follows} line was read: its body follows. */
    void start() {
        active = true;
        outputStarted = false;
        ended = false;
        blankPending = false;
    }

    /** Reads one line of the body (without its line ending) into the message's headers. */
    Step line(String text, HeaderBlock headers) {
        boolean blank = text.isEmpty();
        if (ended) {
            return blank ? end(Step.END) : Step.MORE;
        }
        if (!outputStarted) {
            if (blank) {
                return end(Step.END); // "Response: Follows" without a body: an ordinary message (newer servers)
            }
            int colon = text.indexOf(':');
            String name = colon > 0 ? text.substring(0, colon) : "";
            if (name.equalsIgnoreCase("ActionID") || name.equalsIgnoreCase("Privilege")
                    || name.equalsIgnoreCase("Message")) {
                headers.add(name, text.substring(Math.min(text.length(), colon + 2)));
                return Step.MORE;
            }
            outputStarted = true;
        }
        if (blankPending) {
            blankPending = false;
            if (startsNewBlock(text)) {
                // No end marker: the blank line before the next Response:/Event: block ended the output.
                return end(Step.END_BEFORE);
            }
            headers.add("Output", "");
        }
        if (blank) {
            blankPending = true;
            return Step.MORE;
        }
        int marker = text.indexOf(END_COMMAND);
        if (marker >= 0) {
            if (marker > 0) {
                headers.add("Output", text.substring(0, marker));
            }
            ended = true;
            return Step.MORE;
        }
        if (text.regionMatches(true, 0, "Output: ", 0, 8)) {
            headers.add("Output", text.substring(8)); // a server mixing both forms
            return Step.MORE;
        }
        headers.add("Output", text);
        return Step.MORE;
    }

    private Step end(Step step) {
        active = false;
        return step;
    }

    private static boolean startsNewBlock(String text) {
        return text.regionMatches(true, 0, "Response:", 0, 9) || text.regionMatches(true, 0, "Event:", 0, 6);
    }
}
