package io.amisdk.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
            case "newchannel" -> ChannelApplier.channel(s, m, stats, now, true);
            case "newstate", "newcallerid", "newconnectedline", "newexten", "newaccountcode", "coreshowchannel",
                    "dialstate" -> ChannelApplier.channel(s, m, stats, now, false);
            case "rename" -> ChannelApplier.rename(s, m, stats);
            case "hangup" -> ChannelApplier.hangup(s, m, stats, now);
            case "hold" -> ChannelApplier.hold(s, m, stats, now, true);
            case "unhold" -> ChannelApplier.hold(s, m, stats, now, false);
            case "bridgecreate", "bridgelistitem" -> ChannelApplier.bridge(s, m) != null;
            case "bridgeenter" -> ChannelApplier.bridgeEnter(s, m, stats, now);
            case "bridgeleave" -> ChannelApplier.bridgeLeave(s, m, stats, now);
            case "bridgedestroy" -> ChannelApplier.bridgeDestroy(s, m);
            case "queueparams" -> QueueApplier.queueParams(s, m);
            case "queuemember", "queuememberadded", "queuememberstatus", "queuememberpause", "queuememberpenalty",
                    "queuememberringinuse" -> QueueApplier.member(s, m, stats);
            // Asterisk marks a member in a call when it answers and clears it when the call ends without a
            // QueueMemberStatus of its own (app_queue sets starttime silently); these two events follow each.
            case "agentconnect" -> QueueApplier.inCall(s, m, true);
            case "agentcomplete" -> QueueApplier.inCall(s, m, false);
            case "queuememberremoved" -> s.members.remove(m.text("Queue") + "/" + QueueApplier.iface(m)) != null || true;
            case "queuecallerjoin", "queueentry" -> QueueApplier.callerJoin(s, m, stats, now);
            case "queuecallerleave", "queuecallerabandon" -> s.leaveQueue(m.text("Queue") + "/" + m.text("Uniqueid")) != null || true;
            case "confbridgestart", "confbridgelistrooms" -> ConferenceApplier.conference(s, m, stats, false);
            case "confbridgeend" -> ConferenceApplier.conferenceEnd(s, m);
            case "confbridgejoin", "confbridgelist" -> ConferenceApplier.participant(s, m, stats, now);
            case "confbridgeleave" -> s.participants.remove(m.text("Conference") + "/" + m.text("Uniqueid")) != null || true;
            case "confbridgemute" -> ConferenceApplier.participantFlag(s, m, stats, "muted", true);
            case "confbridgeunmute" -> ConferenceApplier.participantFlag(s, m, stats, "muted", false);
            case "confbridgetalking" -> ConferenceApplier.participantFlag(s, m, stats, "talking", "on".equalsIgnoreCase(m.text("TalkingStatus")));
            case "confbridgelock" -> ConferenceApplier.conference(s, m, stats, true);
            case "confbridgeunlock" -> ConferenceApplier.conference(s, m, stats, true);
            case "parkedcall" -> parked(s, m, stats, now);
            case "parkedcallgiveup", "parkedcalltimeout", "unparkedcall" -> s.parked.remove(m.text("ParkeeUniqueid")) != null || true;
            case "parkedcallswap" -> parkedSwap(s, m, stats, now);
            case "devicestatechange" -> keyed(m, "Device", stats)
                    && (s.devices.put(m.text("Device"), new DeviceState(m.text("Device"), DeviceStatus.ofText(m.text("State")))) || true);
            case "extensionstatus" -> keyed(m, "Exten", stats) && extension(s, m, stats);
            case "presencestatechange" -> keyed(m, "Presentity", stats) && presence(s, m) || true;
            case "presencestatus" -> keyed(m, "Exten", stats) && hintPresence(s, m, stats);
            default -> false;
        };
        if (followed) {
            stats.applied++;
        } else {
            stats.ignored++;
        }
        return followed;
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

    /**
     * Another channel took a parked call's place (res/parking/parking_manager.c PARKED_CALL_SWAP: a parked Local
     * channel optimised away): the event names the new parkee only, so the call parked in the same lot and space goes.
     */
    private static boolean parkedSwap(LiveStore s, ServerEvent m, ApplyCounters stats, Instant now) {
        String lot = m.text("Parkinglot");
        String space = m.text("ParkingSpace");
        for (ParkedCall p : List.copyOf(s.parked.map().values())) {
            if (p.lot().equals(lot) && p.space().equals(space) && !p.uniqueId().equals(m.get("ParkeeUniqueid"))) {
                s.parked.remove(p.uniqueId());
            }
        }
        return parked(s, m, stats, now);
    }

    /**
     * ExtensionStatus (a device change of the hint, or an ExtensionStateList item): the state Asterisk sends, with the
     * presence the hint had (its provider unchanged) or else the one its provider is known to have.
     */
    private static boolean extension(LiveStore s, ServerEvent m, ApplyCounters stats) {
        ExtensionState e = new ExtensionState(m.text("Exten"), m.text("Context"), m.text("Hint"),
                intOf(m, "Status", -1, stats), m.text("StatusText"), null);
        if (e.status() < 0) { // AST_EXTENSION_REMOVED (-2) or DEACTIVATED (-1): the hint is gone
            s.extensions.remove(e.key());
            return true;
        }
        String provider = e.presenceProvider();
        ExtensionState before = s.extensions.get(e.key());
        PresenceState known = before != null && before.presence() != null && provider != null
                && provider.equalsIgnoreCase(before.presenceProvider()) ? before.presence() : s.presenceOf(provider);
        s.extensions.put(e.key(), e.withPresence(known == null ? null : presenceAs(provider, known)));
        return true;
    }

    /**
     * PresenceStateChange: the provider's state, and the presence of every hint whose presence provider it is (pbx.c
     * presence_state_cb matches the hint's devices without regard to case).
     */
    private static boolean presence(LiveStore s, ServerEvent m) {
        PresenceState p = new PresenceState(m.text("Presentity"), m.text("Status"), m.text("Subtype"), m.text("Message"));
        s.presences.put(p.presentity(), p);
        for (ExtensionState e : List.copyOf(s.extensions.map().values())) {
            if (p.presentity().equalsIgnoreCase(e.presenceProvider())) {
                s.extensions.put(e.key(), e.withPresence(presenceAs(e.presenceProvider(), p)));
            }
        }
        return true;
    }

    /**
     * PresenceStatus (manager.c manager_state_cb, AST_HINT_UPDATE_PRESENCE): one hint's presence changed. Sets the
     * extension's presence (and its hint, which the event carries too); an extension not known is counted.
     */
    private static boolean hintPresence(LiveStore s, ServerEvent m, ApplyCounters stats) {
        String key = m.text("Exten") + "@" + m.text("Context");
        ExtensionState e = s.extensions.get(key);
        if (e == null) {
            stats.unknown("presence of an unknown extension " + key, m);
            return true;
        }
        String hint = m.text("Hint").isEmpty() ? e.hint() : m.text("Hint");
        String provider = ExtensionState.providerOf(hint);
        PresenceState p = provider == null ? null
                : new PresenceState(provider, m.text("Status"), m.text("Subtype"), m.text("Message"));
        s.extensions.put(key, new ExtensionState(e.exten(), e.context(), hint, e.status(), e.statusText(), p));
        return true;
    }

    /** The presence as the hint's provider spells it (a provider's case may differ between hint and presentity). */
    private static PresenceState presenceAs(String provider, PresenceState p) {
        return provider.equals(p.presentity()) ? p : new PresenceState(provider, p.status(), p.subtype(), p.message());
    }

    /** Whether the event has its table's key header; when not, counted as bad input and left out. */
    private static boolean keyed(ServerEvent m, String header, ApplyCounters stats) {
        String v = m.get(header);
        if (v == null || v.isEmpty()) {
            stats.bad("no " + header, m);
            return false;
        }
        return true;
    }

    // ---- values ---------------------------------------------------------------------------------------------

    static boolean yes(ServerEvent m, String header) {
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
