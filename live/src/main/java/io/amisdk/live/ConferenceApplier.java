package io.amisdk.live;

import java.time.Instant;

/**
 * Applies ConfBridge events and list items: conferences (ConfbridgeStart/End/Lock/Unlock, ConfbridgeListRooms)
 * and participants (ConfbridgeJoin/Leave/Mute/Unmute/Talking, ConfbridgeList).
 */
final class ConferenceApplier {
    private ConferenceApplier() {
    }

    static boolean conference(LiveStore s, ServerEvent m, ApplyCounters stats, boolean lockEvent) {
        String name = m.text("Conference");
        Conference before = s.conferences.get(name);
        boolean locked = before != null && before.locked();
        if (lockEvent) {
            locked = m.name().equalsIgnoreCase("ConfbridgeLock");
        } else if (m.get("Locked") != null) {
            locked = "Yes".equalsIgnoreCase(m.get("Locked"));
        }
        s.conferences.put(name, new Conference(name, locked, java.util.Map.of()));
        return true;
    }

    static boolean conferenceEnd(LiveStore s, ServerEvent m) {
        String name = m.text("Conference");
        s.conferences.remove(name);
        s.participants.map().keySet().stream().filter(k -> k.startsWith(name + "/")).toList().forEach(s.participants::remove);
        return true;
    }

    static boolean participant(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String conf = m.text("Conference");
        if (!s.conferences.has(conf)) {
            if (!"ConfbridgeList".equalsIgnoreCase(m.name())) {
                stats.unknown("unknown conference " + conf, m);
            }
            s.conferences.put(conf, new Conference(conf, false, java.util.Map.of()));
        }
        String uid = m.get("Uniqueid");
        if (uid == null || s.isHungUp(uid)) {
            stats.late(m);
            return true;
        }
        Participant before = s.participants.get(conf + "/" + uid);
        s.participants.put(conf + "/" + uid, new Participant(conf, uid, m.text("Channel"), EventApplier.yes(m, "Admin"),
                EventApplier.yes(m, "Muted"), m.get("Talking") != null ? EventApplier.yes(m, "Talking") : before != null && before.talking()));
        return true;
    }

    static boolean participantFlag(LiveStore s, ServerEvent m, ApplyCounters stats, String flag, boolean value) {
        String key = m.text("Conference") + "/" + m.text("Uniqueid");
        Participant p = s.participants.get(key);
        if (p == null) {
            stats.unknown("unknown participant " + key, m);
            return true;
        }
        s.participants.put(key, flag.equals("muted")
                ? new Participant(p.conference(), p.uniqueId(), p.channel(), p.admin(), value, p.talking())
                : new Participant(p.conference(), p.uniqueId(), p.channel(), p.admin(), p.muted(), value));
        return true;
    }

}
