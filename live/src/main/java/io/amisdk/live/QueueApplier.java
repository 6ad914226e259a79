package io.amisdk.live;

import java.time.Instant;

/**
 * Applies queue events and QueueStatus items: parameters, members (status is the member's {@code AST_DEVICE_*}
 * number) and callers (their positions kept in {@link LiveStore#joinQueue} and {@link LiveStore#leaveQueue}).
 */
final class QueueApplier {
    private QueueApplier() {
    }

    static boolean queueParams(LiveStore s, ServerEvent m) {
        String q = m.text("Queue");
        s.queues.put(q, new LiveStore.QueueParams(q, m.get("Strategy"), EventApplier.intOf(m, "Max", 0, ApplyCounters.quiet()),
                EventApplier.intOf(m, "Completed", 0, ApplyCounters.quiet()), EventApplier.intOf(m, "Abandoned", 0, ApplyCounters.quiet())));
        return true;
    }

    static void ensureQueue(LiveStore s, String q, ServerEvent m, ApplyCounters stats) {
        if (!s.queues.has(q)) {
            stats.unknown("unknown queue " + q, m);
            s.queues.put(q, new LiveStore.QueueParams(q, null, 0, 0, 0));
        }
    }

    static String iface(ServerEvent m) {
        String i = m.get("Interface");
        return i != null ? i : m.text("Location");
    }

    static boolean member(LiveStore s, ServerEvent m, ApplyCounters stats) {
        String q = m.text("Queue");
        ensureQueue(s, q, m, stats);
        String iface = iface(m);
        QueueMember before = s.members.get(q + "/" + iface);
        String name = m.get("MemberName") != null ? m.get("MemberName") : m.get("Name");
        QueueMember member = new QueueMember(q, iface, name != null ? name : iface,
                m.get("StateInterface") != null ? m.get("StateInterface") : before == null ? iface : before.stateInterface(),
                m.get("Membership") != null ? m.get("Membership") : before == null ? "" : before.membership(),
                EventApplier.intOf(m, "Penalty", before == null ? 0 : before.penalty(), stats),
                EventApplier.intOf(m, "CallsTaken", before == null ? 0 : before.callsTaken(), stats),
                EventApplier.longOf(m, "LastCall", before == null ? 0 : before.lastCall(), stats),
                m.get("InCall") != null ? "1".equals(m.get("InCall")) : before != null && before.inCall(),
                m.get("Status") != null ? DeviceStatus.of(EventApplier.intOf(m, "Status", -1, stats))
                        : before == null ? DeviceStatus.UNKNOWN : before.status(),
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

    /** AgentConnect (in a call) and AgentComplete (no longer): the member of that queue and interface, if known. */
    static boolean inCall(LiveStore s, ServerEvent m, boolean inCall) {
        String key = m.text("Queue") + "/" + iface(m);
        QueueMember b = s.members.get(key);
        if (b != null && b.inCall() != inCall) {
            s.members.put(key, new QueueMember(b.queue(), b.iface(), b.name(), b.stateInterface(), b.membership(),
                    b.penalty(), b.callsTaken(), b.lastCall(), inCall, b.status(), b.paused(), b.pausedReason()));
        }
        return true;
    }

    static boolean callerJoin(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
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
        long wait = EventApplier.longOf(m, "Wait", 0, ApplyCounters.quiet());
        QueueCaller c = new QueueCaller(q, uid, m.text("Channel"), EventApplier.intOf(m, "Position", Integer.MAX_VALUE, stats),
                m.known("CallerIDNum"), m.known("CallerIDName"), now.minusSeconds(wait));
        s.joinQueue(key, c);
        return true;
    }

}
