package io.amisdk.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Applies one event (or list item) to a store. Every apply sets values from the event's headers rather than
 * counting (a caller's position is its order of arrival, a member's calls taken is the number Asterisk sends), so
 * applying an event the lists already reflect, or the same event twice, leaves the same state. Never throws on bad
 * input: unknown entities, late events and unreadable values are counted in {@link ApplyCounters}.
 */
final class EventApplier {
    private EventApplier() {
    }

    /** Applies the event; returns false when it is of a kind the state does not follow. */
    static boolean apply(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        boolean followed = switch (m.name().toLowerCase(Locale.ROOT)) {
            case "newchannel" -> channel(s, m, stats, now, true);
            case "newstate", "newcallerid", "newconnectedline", "newexten", "newaccountcode", "coreshowchannel",
                    "dialstate" -> channel(s, m, stats, now, false);
            case "rename" -> rename(s, m, stats);
            case "hangup" -> hangup(s, m, stats, now);
            case "hold" -> hold(s, m, stats, now, true);
            case "unhold" -> hold(s, m, stats, now, false);
            case "bridgecreate", "bridgelistitem" -> bridge(s, m) != null;
            case "bridgeenter" -> bridgeEnter(s, m, stats, now);
            case "bridgeleave" -> bridgeLeave(s, m, stats, now);
            case "bridgedestroy" -> bridgeDestroy(s, m);
            case "queueparams" -> queueParams(s, m);
            case "queuemember", "queuememberadded", "queuememberstatus", "queuememberpause", "queuememberpenalty",
                    "queuememberringinuse" -> member(s, m, stats);
            case "queuememberremoved" -> s.members.remove(m.text("Queue") + "/" + iface(m)) != null || true;
            case "queuecallerjoin", "queueentry" -> callerJoin(s, m, stats, now);
            case "queuecallerleave", "queuecallerabandon" -> s.leaveQueue(m.text("Queue") + "/" + m.text("Uniqueid")) != null || true;
            case "confbridgestart", "confbridgelistrooms" -> conference(s, m, stats, false);
            case "confbridgeend" -> conferenceEnd(s, m);
            case "confbridgejoin", "confbridgelist" -> participant(s, m, stats, now);
            case "confbridgeleave" -> s.participants.remove(m.text("Conference") + "/" + m.text("Uniqueid")) != null || true;
            case "confbridgemute" -> participantFlag(s, m, stats, "muted", true);
            case "confbridgeunmute" -> participantFlag(s, m, stats, "muted", false);
            case "confbridgetalking" -> participantFlag(s, m, stats, "talking", "on".equalsIgnoreCase(m.text("TalkingStatus")));
            case "confbridgelock" -> conference(s, m, stats, true);
            case "confbridgeunlock" -> conference(s, m, stats, true);
            case "parkedcall" -> parked(s, m, stats, now);
            case "parkedcallgiveup", "parkedcalltimeout", "unparkedcall" -> s.parked.remove(m.text("ParkeeUniqueid")) != null || true;
            case "parkedcallswap" -> parkedSwap(s, m, stats, now);
            case "devicestatechange" -> s.devices.put(m.text("Device"), new DeviceState(m.text("Device"), m.text("State"))) || true;
            case "extensionstatus" -> extension(s, m, stats);
            case "presencestatechange" -> s.presences.put(m.text("Presentity"), new PresenceState(m.text("Presentity"),
                    m.text("Status"), m.text("Subtype"), m.text("Message"))) || true;
            default -> false;
        };
        if (followed) {
            stats.applied++;
        } else {
            stats.ignored++;
        }
        return followed;
    }

    // ---- channels -------------------------------------------------------------------------------------------

    private static boolean channel(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now, boolean created) {
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

    private static String pick(ServerEvent m, String header, String otherwise) {
        return m.get(header) == null ? otherwise : m.known(header);
    }

    private static int priority(ServerEvent m, LiveChannel before, ApplyCounters stats) {
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

    private static Instant createdFromDuration(ServerEvent m, Instant now) {
        String d = m.get("Duration");
        if (d != null && d.matches("\\d+:\\d\\d:\\d\\d")) {
            String[] hms = d.split(":");
            return now.minusSeconds(Long.parseLong(hms[0]) * 3600 + Long.parseLong(hms[1]) * 60 + Long.parseLong(hms[2]));
        }
        return now;
    }

    private static boolean rename(LiveStore s, ServerEvent m, ApplyCounters stats) {
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

    private static boolean hangup(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String uid = m.get("Uniqueid");
        int cause = intOf(m, "Cause", 0, stats);
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
    private static void forget(LiveStore s, String uid, String bridgeId) {
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

    private static boolean hold(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now, boolean onHold) {
        LiveChannel c = upsertChannel(s, m, stats, now, false);
        if (c != null) {
            s.putChannel(c.withHold(onHold));
        }
        return true;
    }

    // ---- bridges --------------------------------------------------------------------------------------------

    private static LiveBridge bridge(LiveStore s, ServerEvent m) {
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

    private static boolean bridgeEnter(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
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

    private static boolean bridgeLeave(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
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

    private static void leave(LiveStore s, String bridgeId, String uid) {
        LiveBridge b = s.bridges.get(bridgeId);
        if (b != null && b.members().contains(uid)) {
            Set<String> rest = new HashSet<>(b.members());
            rest.remove(uid);
            s.bridges.put(bridgeId, b.withMembers(rest));
        }
    }

    private static boolean bridgeDestroy(LiveStore s, ServerEvent m) {
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

    // ---- queues ---------------------------------------------------------------------------------------------

    private static boolean queueParams(LiveStore s, ServerEvent m) {
        String q = m.text("Queue");
        s.queues.put(q, new LiveStore.QueueParams(q, m.get("Strategy"), intOf(m, "Max", 0, ApplyCounters.quiet()),
                intOf(m, "Completed", 0, ApplyCounters.quiet()), intOf(m, "Abandoned", 0, ApplyCounters.quiet())));
        return true;
    }

    private static void ensureQueue(LiveStore s, String q, ServerEvent m, ApplyCounters stats) {
        if (!s.queues.has(q)) {
            stats.unknown("unknown queue " + q, m);
            s.queues.put(q, new LiveStore.QueueParams(q, null, 0, 0, 0));
        }
    }

    private static String iface(ServerEvent m) {
        String i = m.get("Interface");
        return i != null ? i : m.text("Location");
    }

    private static boolean member(LiveStore s, ServerEvent m, ApplyCounters stats) {
        String q = m.text("Queue");
        ensureQueue(s, q, m, stats);
        String iface = iface(m);
        QueueMember before = s.members.get(q + "/" + iface);
        String name = m.get("MemberName") != null ? m.get("MemberName") : m.get("Name");
        QueueMember member = new QueueMember(q, iface, name != null ? name : iface,
                m.get("StateInterface") != null ? m.get("StateInterface") : before == null ? iface : before.stateInterface(),
                m.get("Membership") != null ? m.get("Membership") : before == null ? "" : before.membership(),
                intOf(m, "Penalty", before == null ? 0 : before.penalty(), stats),
                intOf(m, "CallsTaken", before == null ? 0 : before.callsTaken(), stats),
                longOf(m, "LastCall", before == null ? 0 : before.lastCall(), stats),
                m.get("InCall") != null ? "1".equals(m.get("InCall")) : before != null && before.inCall(),
                intOf(m, "Status", before == null ? 0 : before.status(), stats),
                m.get("Paused") != null ? "1".equals(m.get("Paused")) : before != null && before.paused(),
                m.get("PausedReason") != null ? m.get("PausedReason") : before == null ? "" : before.pausedReason());
        if (!member.paused() && !member.pausedReason().isEmpty()) {
            // an unpause event repeats the old reason; QueueStatus shows none once unpaused
            member = new QueueMember(member.queue(), member.iface(), member.name(), member.stateInterface(),
                    member.membership(), member.penalty(), member.callsTaken(), member.lastCall(), member.inCall(),
                    member.status(), false, "");
        }
        s.members.put(q + "/" + iface, member);
        return true;
    }

    private static boolean callerJoin(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String q = m.text("Queue");
        ensureQueue(s, q, m, stats);
        String uid = m.get("Uniqueid");
        if (uid == null || s.isHungUp(uid)) {
            stats.late(m);
            return true;
        }
        String key = q + "/" + uid;
        if (s.callers.has(key)) {
            // a replay across the snapshot boundary (or the list showed it): its place now is the one kept, since
            // the Position of an old join no longer says where it waits
            return true;
        }
        long wait = longOf(m, "Wait", 0, ApplyCounters.quiet());
        QueueCaller c = new QueueCaller(q, uid, m.text("Channel"), intOf(m, "Position", Integer.MAX_VALUE, stats),
                m.known("CallerIDNum"), m.known("CallerIDName"), now.minusSeconds(wait));
        s.joinQueue(key, c);
        return true;
    }

    // ---- conferences ----------------------------------------------------------------------------------------

    private static boolean conference(LiveStore s, ServerEvent m, ApplyCounters stats, boolean lockEvent) {
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

    private static boolean conferenceEnd(LiveStore s, ServerEvent m) {
        String name = m.text("Conference");
        s.conferences.remove(name);
        s.participants.map().keySet().stream().filter(k -> k.startsWith(name + "/")).toList().forEach(s.participants::remove);
        return true;
    }

    private static boolean participant(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
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
        s.participants.put(conf + "/" + uid, new Participant(conf, uid, m.text("Channel"), yes(m, "Admin"),
                yes(m, "Muted"), m.get("Talking") != null ? yes(m, "Talking") : before != null && before.talking()));
        return true;
    }

    private static boolean participantFlag(LiveStore s, ServerEvent m, ApplyCounters stats, String flag, boolean value) {
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

    // ---- parking, states ------------------------------------------------------------------------------------

    private static boolean parked(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String uid = m.get("ParkeeUniqueid");
        if (uid == null || s.isHungUp(uid)) {
            stats.late(m);
            return true;
        }
        ParkedCall before = s.parked.get(uid);
        long duration = longOf(m, "ParkingDuration", 0, ApplyCounters.quiet());
        s.parked.put(uid, new ParkedCall(uid, m.text("ParkeeChannel"), m.text("Parkinglot"), m.text("ParkingSpace"),
                intOf(m, "ParkingTimeout", 0, stats), before != null ? before.parkedAt() : now.minus(Duration.ofSeconds(duration))));
        return true;
    }

    private static boolean parkedSwap(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        s.parked.remove(m.get("ParkerUniqueid"));
        return parked(s, m, stats, now);
    }

    private static boolean extension(LiveStore s, ServerEvent m, ApplyCounters stats) {
        ExtensionState e = new ExtensionState(m.text("Exten"), m.text("Context"), m.text("Hint"),
                intOf(m, "Status", -1, stats), m.text("StatusText"));
        if (e.status() < 0) { // AST_EXTENSION_REMOVED (-2) or DEACTIVATED (-1): the hint is gone
            s.extensions.remove(e.key());
        } else {
            s.extensions.put(e.key(), e);
        }
        return true;
    }

    // ---- values ---------------------------------------------------------------------------------------------

    private static boolean yes(ServerEvent m, String header) {
        String v = m.get(header);
        return v != null && (v.equalsIgnoreCase("Yes") || v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    static int intOf(ServerEvent m, String header, int otherwise, ApplyCounters stats) {
        String v = m.get(header);
        if (v == null || v.isEmpty()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            stats.bad(header + " " + v, m);
            return otherwise;
        }
    }

    static long longOf(ServerEvent m, String header, long otherwise, ApplyCounters stats) {
        String v = m.get(header);
        if (v == null || v.isEmpty()) {
            return otherwise;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            stats.bad(header + " " + v, m);
            return otherwise;
        }
    }
}
