package io.amisdk.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reuses header-name strings: AMI repeats a few dozen names (Event, Privilege, Channel, Uniqueid …)
 * millions of times, so the parser looks them up here instead of allocating each one again.
 */
final class HeaderNames {
    /**
     * Direct-mapped, so two names in one slot evict each other: 512 slots thrashed on a busy mix of
     * events (full_event_mix.txt: ~170 names, 8% of lookups allocated); 2048 cut that to a third.
     */
    private static final int SLOTS = 2048;

    /**
     * Names the runtime and the generated SDK look up by literal: seeded with the literals themselves,
     * so that {@link AmiMessage#get} finds them by identity (until a colliding name takes the slot).
     */
    private static final String[] SEEDS = {
        "Response", "ActionID", "Message", "Event", "Privilege", "EventList", "ListItems", "Ping", "Timestamp",
        "Output", "Value", "Variable", "Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName",
        "ConnectedLineNum", "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority",
        "Uniqueid", "Linkedid", "Cause", "Cause-txt", "Application", "AppData", "BridgeUniqueid",
    };

    private final String[] cache = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];

    HeaderNames() {
        for (String seed : SEEDS) {
            byte[] b = seed.getBytes(StandardCharsets.US_ASCII);
            int slot = slot(hash(b, 0, b.length));
            bytes[slot] = b;
            cache[slot] = seed;
        }
    }

    private static int hash(byte[] b, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + b[i];
        }
        return hash;
    }

    /** A plain loop: names are short, and Arrays.equals costs more to set up than to compare a dozen bytes. */
    private static boolean sameBytes(byte[] cached, byte[] line, int start, int end) {
        if (cached.length != end - start) {
            return false;
        }
        for (int i = 0; i < cached.length; i++) {
            if (cached[i] != line[start + i]) {
                return false;
            }
        }
        return true;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }

    /** The name in {@code line[from, to)}, without surrounding spaces. */
    String name(byte[] line, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && line[start] <= ' ' && line[start] >= 0) {
            start++;
        }
        while (end > start && line[end - 1] <= ' ' && line[end - 1] >= 0) {
            end--;
        }
        int slot = slot(hash(line, start, end));
        byte[] cached = bytes[slot];
        if (cached != null && sameBytes(cached, line, start, end)) {
            return cache[slot];
        }
        String name = new String(line, start, end - start, StandardCharsets.UTF_8);
        bytes[slot] = Arrays.copyOfRange(line, start, end);
        cache[slot] = name;
        return name;
    }
}
