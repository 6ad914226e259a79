package io.amisdk.live;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Applies channel and bridge events (and their list items, CoreShowChannel and BridgeListItem): Newchannel and its
 * snapshot updates, Rename, Hold/Unhold, Hangup, BridgeCreate/Enter/Leave/Destroy. BridgeMerge needs nothing: the
 * merge pulls each channel from one bridge and pushes it into the other, which Asterisk publishes as BridgeLeave and
 * BridgeEnter (bridge_do_merge, main/bridge.c).
 */
final class ChannelApplier {
    private ChannelApplier() {
    }

    static boolean channel(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now, boolean created) {
        LiveChannel c = upsertChannel(s, m, stats, now, created);
        return c != null || created || m.get("Uniqueid") != null;
    }

    /** Reads the channel snapshot headers into the store; null when skipped. */
    static LiveChannel upsertChannel(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now, boolean created) {
        String uid = m.get("Uniqueid");
        String name = m.get("Channel");
        if (uid == null || uid.isEmpty() || name == null) {
            if (!"VarSet".equalsIgnoreCase(m.name())) {
                stats.bad("no Uniqueid or Channel", m);
            }
            return null;
        }
        if (s.isHungUp(uid)) {
            stats.late(m);
            return null;
        }
        LiveChannel before = s.channels.get(uid);
        if (before == null && !created && !"CoreShowChannel".equalsIgnoreCase(m.name())) {
            stats.unknown("unknown channel " + uid, m);
        }
        ChannelState state = before == null ? ChannelState.UNKNOWN : before.state();
        String stateText = m.get("ChannelState");
        if (stateText != null) {
            try {
                state = ChannelState.of(Integer.parseInt(stateText.trim()));
                if (state == ChannelState.UNKNOWN) {
                    stats.bad("channel state " + stateText, m);
                }
            } catch (NumberFormatException e) {
                stats.bad("channel state " + stateText, m);
            }
        }
        Instant createdAt = before != null ? before.created() : createdFromDuration(m, now);
        Instant answered = before != null ? before.answered() : null;
        if (answered == null && state == ChannelState.UP) {
            answered = now;
        }
        String bridgeId = before != null ? before.bridgeId() : null;
        if ("CoreShowChannel".equalsIgnoreCase(m.name())) {
            bridgeId = m.known("BridgeId");
        }
        LiveChannel c = new LiveChannel(uid, name, state,
                pick(m, "CallerIDNum", before == null ? null : before.callerIdNum()),
                pick(m, "CallerIDName", before == null ? null : before.callerIdName()),
                pick(m, "ConnectedLineNum", before == null ? null : before.connectedLineNum()),
                pick(m, "ConnectedLineName", before == null ? null : before.connectedLineName()),
                pick(m, "Context", before == null ? null : before.context()),
                pick(m, "Exten", before == null ? null : before.exten()),
                priority(m, before, stats),
                pick(m, "Linkedid", before == null ? uid : before.linkedId()),
                m.get("AccountCode") != null ? m.get("AccountCode") : before == null ? "" : before.accountCode(),
                createdAt, answered, bridgeId, before != null && before.onHold(), 0, null);
        s.putChannel(c);
        return c;
    }

    static String pick(ServerEvent m, String header, String otherwise) {
        return m.get(header) == null ? otherwise : m.known(header);
    }

    static int priority(ServerEvent m, LiveChannel before, ApplyCounters stats) {
        String p = m.get("Priority");
        if (p == null || p.isEmpty()) {
            return before == null ? 0 : before.priority();
        }
        try {
            return Integer.parseInt(p.trim());
        } catch (NumberFormatException e) {
            stats.bad("priority " + p, m);
            return before == null ? 0 : before.priority();
        }
    }

    static Instant createdFromDuration(ServerEvent m, Instant now) {
        String d = m.get("Duration");
        if (d != null && d.matches("\\d+:\\d\\d:\\d\\d")) {
            String[] hms = d.split(":");
            return now.minusSeconds(Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60 + Long.parseLong(hms[2]));
        }
        return now;
    }

    static boolean rename(LiveStore s, ServerEvent m, ApplyCounters stats) {
        LiveChannel c = s.channels.get(m.get("Uniqueid"));
        String newName = m.get("Newname");
        if (c == null || newName == null) {
            stats.unknown("rename of an unknown channel", m);
            return true;
        }
        s.putChannel(new LiveChannel(c.uniqueId(), newName, c.state(), c.callerIdNum(), c.callerIdName(),
                c.connectedLineNum(), c.connectedLineName(), c.context(), c.exten(), c.priority(), c.linkedId(),
                c.accountCode(), c.created(), c.answered(), c.bridgeId(), c.onHold(), 0, null));
        return true;
    }

    static boolean hangup(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String uid = m.get("Uniqueid");
        int cause = EventApplier.intOf(m, "Cause", 0, stats);
        LiveChannel gone = s.hangUp(uid, cause, now);
        if (gone == null && s.isHungUp(uid)) {
            stats.late(m);
            return true;
        }
        if (gone == null) {
            if (uid != null && m.get("Channel") != null) {
                // never seen: remember it as hung up anyway, so that a late event does not bring it back
                s.remember(new LiveChannel(uid, m.get("Channel"), ChannelState.DOWN, m.known("CallerIDNum"),
                        m.known("CallerIDName"), m.known("ConnectedLineNum"), m.known("ConnectedLineName"),
                        m.known("Context"), m.known("Exten"), 0, m.text("Linkedid"), m.text("AccountCode"), now, null,
                        null, false, cause, now));
            }
            stats.unknown("hangup of an unknown channel", m);
            return true;
        }
        forget(s, uid, gone.bridgeId());
        return true;
    }

    /** A hung-up channel leaves its bridge, queues, conferences and parking too (their own events may be lost). */
    static void forget(LiveStore s, String uid, String bridgeId) {
        if (bridgeId != null) {
            LiveBridge b = s.bridges.get(bridgeId);
            if (b != null && b.members().contains(uid)) {
                Set<String> rest = new HashSet<>(b.members());
                rest.remove(uid);
                s.bridges.put(bridgeId, b.withMembers(rest));
            }
        }
        s.callers.map().keySet().stream().filter(k -> k.endsWith("/" + uid)).toList().forEach(s::leaveQueue);
        s.participants.map().keySet().stream().filter(k -> k.endsWith("/" + uid)).toList().forEach(s.participants::remove);
        s.parked.remove(uid);
    }

    static boolean hold(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now, boolean onHold) {
        LiveChannel c = upsertChannel(s, m, stats, now, false);
        if (c != null) {
            s.putChannel(c.withHold(onHold));
        }
        return true;
    }

    // ---- bridges --------------------------------------------------------------------------------------------

    static LiveBridge bridge(LiveStore s, ServerEvent m) {
        String id = m.get("BridgeUniqueid");
        if (id == null || id.isEmpty()) {
            return null;
        }
        LiveBridge before = s.bridges.get(id);
        LiveBridge b = new LiveBridge(id, m.text("BridgeType"), m.text("BridgeTechnology"), m.known("BridgeCreator"),
                m.known("BridgeName"), before == null ? Set.of() : before.members());
        s.bridges.put(id, b);
        return s.bridges.get(id);
    }

    static boolean bridgeEnter(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String id = m.get("BridgeUniqueid");
        if (id != null && !s.bridges.has(id)) {
            stats.unknown("unknown bridge " + id, m);
        }
        LiveBridge b = bridge(s, m);
        LiveChannel c = upsertChannel(s, m, stats, now, false);
        if (b == null || c == null) {
            return true;
        }
        if (c.bridgeId() != null && !c.bridgeId().equals(b.id())) {
            leave(s, c.bridgeId(), c.uniqueId());
        }
        Set<String> members = new HashSet<>(b.members());
        members.add(c.uniqueId());
        s.bridges.put(b.id(), b.withMembers(members));
        s.putChannel(c.withBridge(b.id()));
        return true;
    }

    static boolean bridgeLeave(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String id = m.get("BridgeUniqueid");
        LiveChannel c = upsertChannel(s, m, stats, now, false);
        if (id == null) {
            return true;
        }
        if (!s.bridges.has(id)) {
            stats.unknown("unknown bridge " + id, m);
        }
        leave(s, id, m.get("Uniqueid"));
        if (c != null && id.equals(c.bridgeId())) {
            s.putChannel(c.withBridge(null));
        }
        return true;
    }

    static void leave(LiveStore s, String bridgeId, String uid) {
        LiveBridge b = s.bridges.get(bridgeId);
        if (b != null && b.members().contains(uid)) {
            Set<String> rest = new HashSet<>(b.members());
            rest.remove(uid);
            s.bridges.put(bridgeId, b.withMembers(rest));
        }
    }

    static boolean bridgeDestroy(LiveStore s, ServerEvent m) {
        LiveBridge b = s.bridges.remove(m.get("BridgeUniqueid"));
        if (b != null) {
            for (String uid : b.members()) {
                LiveChannel c = s.channels.get(uid);
                if (c != null && b.id().equals(c.bridgeId())) {
                    s.putChannel(c.withBridge(null));
                }
            }
        }
        return true;
    }

}
