package io.amisdk.runtime;

import java.util.Locale;

/**
 * One class of events Asterisk can send a manager session, as {@code main/manager.c}'s {@code perms[]} names them;
 * the parts of an {@link EventMask} (and of a manager user's {@code read}/{@code write} permissions).
 */
public enum EventClass {
    SYSTEM, CALL, LOG, VERBOSE, COMMAND, AGENT, USER, CONFIG, DTMF, REPORTING, CDR, DIALPLAN, ORIGINATE, AGI,
    CC, AOC, TEST, SECURITY, MESSAGE,
    /** Every class; Asterisk's own name for the union. */
    ALL;

    /** The name Asterisk reads and writes, e.g. {@code call}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The class named {@code name} (case ignored), or null when Asterisk defines none by that name. */
    public static EventClass fromWireName(String name) {
        for (EventClass c : values()) {
            if (c.name().equalsIgnoreCase(name.trim())) {
                return c;
            }
        }
        return null;
    }
}
