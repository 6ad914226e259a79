package io.amisdk.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reuses header-name strings: AMI repeats a few dozen names (Event, Privilege, Channel, Uniqueid …)
 * millions of times, so the parser looks them up here instead of allocating each one again.
 */
final class HeaderNames {
    private static final int SLOTS = 512;

    private final String[] cache = new String[SLOTS];
    private final byte[][] bytes = new byte[SLOTS][];

    /** The name in {@code line[0, length)}, without surrounding spaces. */
    String name(byte[] line, int length) {
        int start = 0;
        int end = length;
        while (start < end && line[start] <= ' ' && line[start] >= 0) {
            start++;
        }
        while (end > start && line[end - 1] <= ' ' && line[end - 1] >= 0) {
            end--;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + line[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] cached = bytes[slot];
        if (cached != null && cached.length == end - start && matches(cached, line, start)) {
            return cache[slot];
        }
        String name = new String(line, start, end - start, StandardCharsets.UTF_8);
        bytes[slot] = Arrays.copyOfRange(line, start, end);
        cache[slot] = name;
        return name;
    }

    private static boolean matches(byte[] cached, byte[] line, int start) {
        for (int i = 0; i < cached.length; i++) {
            if (cached[i] != line[start + i]) {
                return false;
            }
        }
        return true;
    }
}
