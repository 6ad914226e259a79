package io.amisdk.live;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The tables of the live state. The live layer keeps one (the state users see) and builds a scratch one per resync
 * or reconcile from the server's lists, which the live one then {@link #adopt adopts}.
 */
final class LiveStore {
    /** A caller waiting, with its order of arrival (which orders callers whose positions tie after lost events). */
    record Waiting(long seq, QueueCaller caller) {
    }

    /** A queue's parameters as QueueStatus lists them. */
    record QueueParams(String name, String strategy, int max, int completed, int abandoned) {
    }

    final StateTable<LiveChannel> channels;
    final StateTable<LiveBridge> bridges;
    final StateTable<QueueParams> queues;
    final StateTable<QueueMember> members;
    final StateTable<Waiting> callers;
    final StateTable<Conference> conferences;
    final StateTable<Participant> participants;
    final StateTable<ParkedCall> parked;
    final StateTable<DeviceState> devices;
    final StateTable<ExtensionState> extensions;
    final StateTable<PresenceState> presences;
    /** Hung-up channels kept for lookups and to ignore late events, oldest first. */
    volatile Map<String, LiveChannel> hungUp = new java.util.concurrent.ConcurrentHashMap<>();
    private ArrayDeque<String> hungUpOrder = new ArrayDeque<>();
    /** The most hung-up channels kept since the map was last made anew (a ConcurrentHashMap never shrinks). */
    private int hungUpPeak;
    /** Channel name to unique ID (written by the live thread only). */
    final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong seq;
    private final int maxChannels;

    LiveStore(LiveConfig config, AtomicLong seq) {
        this.seq = seq;
        this.maxChannels = config.maxChannels();
        channels = new StateTable<>(LiveChange.Kind.CHANNEL, config.maxChannels(), LiveChannel::comparable);
        bridges = new StateTable<>(LiveChange.Kind.BRIDGE, config.maxBridges(), LiveBridge::comparable);
        queues = new StateTable<>(LiveChange.Kind.QUEUE, config.maxQueueEntries(), QueueParams::name);
        members = new StateTable<>(LiveChange.Kind.QUEUE_MEMBER, config.maxQueueEntries(), QueueMember::comparable);
        callers = new StateTable<>(LiveChange.Kind.QUEUE_CALLER, config.maxQueueEntries(),
                w -> w.caller().uniqueId() + "@" + w.caller().position());
        conferences = new StateTable<>(LiveChange.Kind.CONFERENCE, config.maxConferences(), Conference::name);
        participants = new StateTable<>(LiveChange.Kind.PARTICIPANT, config.maxConferences(), Participant::comparable);
        parked = new StateTable<>(LiveChange.Kind.PARKED_CALL, config.maxParkedCalls(), ParkedCall::comparable);
        devices = new StateTable<>(LiveChange.Kind.DEVICE_STATE, config.maxStates(), v -> v, true);
        extensions = new StateTable<>(LiveChange.Kind.EXTENSION_STATE, config.maxStates(), v -> v);
        presences = new StateTable<>(LiveChange.Kind.PRESENCE_STATE, config.maxStates(), v -> v);
    }

    List<StateTable<?>> tables() {
        return List.of(channels, bridges, queues, members, callers, conferences, participants, parked, devices,
                extensions, presences);
    }

    void sink(StateTable.Sink sink) {
        tables().forEach(t -> t.sink(sink));
    }

    /**
     * The presence state of a hint's presence provider: by its exact name, else (Asterisk matches providers without
     * regard to case) the first by name that differs in case only; null when none is known or the provider is null.
     */
    PresenceState presenceOf(String provider) {
        if (provider == null) {
            return null;
        }
        PresenceState exact = presences.get(provider);
        if (exact != null) {
            return exact;
        }
        return presences.map().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(provider))
                .min(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
    }

    long nextSeq() {
        return seq.incrementAndGet();
    }

    /** A channel by unique ID, the hung-up ones (within the retention) included. */
    LiveChannel channelOrHungUp(String uniqueId) {
        LiveChannel c = channels.get(uniqueId);
        return c != null || uniqueId == null ? c : hungUp.get(uniqueId);
    }

    boolean isHungUp(String uniqueId) {
        return uniqueId != null && hungUp.containsKey(uniqueId);
    }

    void putChannel(LiveChannel c) {
        LiveChannel before = channels.get(c.uniqueId());
        if (channels.put(c.uniqueId(), c)) {
            if (before != null && !before.name().equals(c.name())) {
                names.remove(before.name(), c.uniqueId());
            }
            names.put(c.name(), c.uniqueId());
        }
    }

    /** Removes the channel and keeps it as hung up; returns it, or null when it was not there. */
    LiveChannel hangUp(String uniqueId, int cause, Instant at) {
        LiveChannel c = channels.get(uniqueId);
        if (c == null) {
            return null;
        }
        remember(c.hungUp(cause, at)); // first: the change listeners of the removal find the cause
        channels.remove(uniqueId);
        names.remove(c.name(), uniqueId);
        return c;
    }

    void remember(LiveChannel dead) {
        if (hungUp.put(dead.uniqueId(), dead) == null) {
            hungUpOrder.addLast(dead.uniqueId());
            hungUpPeak = Math.max(hungUpPeak, hungUp.size());
        }
        while (hungUp.size() > maxChannels) {
            String oldest = hungUpOrder.pollFirst();
            if (oldest == null) {
                break;
            }
            hungUp.remove(oldest);
        }
    }

    /** Forgets hung-up channels older than the cutoff. */
    void expire(Instant cutoff) {
        while (!hungUpOrder.isEmpty()) {
            LiveChannel oldest = hungUp.get(hungUpOrder.peekFirst());
            if (oldest != null && oldest.hungUp().isAfter(cutoff)) {
                return;
            }
            String key = hungUpOrder.pollFirst();
            if (oldest != null) {
                hungUp.remove(key);
            }
        }
        if (hungUpPeak > 1024) { // all gone after a burst: give the memory of the burst back
            hungUp = new java.util.concurrent.ConcurrentHashMap<>();
            hungUpOrder = new ArrayDeque<>();
            hungUpPeak = 0;
        }
    }

    int hungUpCount() {
        return hungUp.size();
    }

    /** A scratch store starting with this store's hung-up channels (so that late events stay ignored). */
    LiveStore scratch(LiveConfig config) {
        LiveStore s = new LiveStore(config, seq);
        for (String key : hungUpOrder) {
            LiveChannel c = hungUp.get(key);
            if (c != null) {
                s.remember(c);
            }
        }
        return s;
    }

    /** Where this store differs from the fresh one: the keys per table (only tables that differ). */
    Map<LiveChange.Kind, java.util.Set<String>> differences(LiveStore fresh) {
        Map<LiveChange.Kind, java.util.Set<String>> diff = new LinkedHashMap<>();
        List<StateTable<?>> mine = tables();
        List<StateTable<?>> theirs = fresh.tables();
        for (int i = 0; i < mine.size(); i++) {
            java.util.Set<String> keys = differencesOne(mine.get(i), theirs.get(i));
            if (!keys.isEmpty()) {
                diff.put(mine.get(i).kind(), keys);
            }
        }
        return diff;
    }

    /** Makes this store equal to the fresh one; returns the differences per table (only tables that differed). */
    Map<LiveChange.Kind, Integer> adopt(LiveStore fresh, LiveChange.Cause cause) {
        return adopt(fresh, differences(fresh), cause);
    }

    /** Makes these entries (keys per table) equal to the fresh store's; returns the differences per table. */
    Map<LiveChange.Kind, Integer> adopt(LiveStore fresh, Map<LiveChange.Kind, java.util.Set<String>> keys,
            LiveChange.Cause cause) {
        Map<LiveChange.Kind, Integer> diff = new LinkedHashMap<>();
        List<StateTable<?>> mine = tables();
        List<StateTable<?>> theirs = fresh.tables();
        for (int i = 0; i < mine.size(); i++) {
            int n = adoptOne(mine.get(i), theirs.get(i), keys.getOrDefault(mine.get(i).kind(), java.util.Set.of()), cause);
            if (n > 0) {
                diff.put(mine.get(i).kind(), n);
            }
        }
        names.clear();
        channels.map().values().forEach(c -> names.put(c.name(), c.uniqueId()));
        for (String key : fresh.hungUpOrder) {
            LiveChannel c = fresh.hungUp.get(key);
            if (c != null && !hungUp.containsKey(key) && !channels.has(key)) {
                remember(c);
            }
        }
        return diff;
    }

    @SuppressWarnings("unchecked")
    private static <V> java.util.Set<String> differencesOne(StateTable<V> mine, StateTable<?> theirs) {
        return mine.differences((StateTable<V>) theirs);
    }

    @SuppressWarnings("unchecked")
    private static <V> int adoptOne(StateTable<V> mine, StateTable<?> theirs, java.util.Set<String> keys,
            LiveChange.Cause cause) {
        return mine.adopt((StateTable<V>) theirs, keys, cause);
    }

    /**
     * A caller joins its queue at its Position: those at that place or behind move back one (app_queue.c join_queue
     * inserts a caller of higher priority ahead of those waiting, so a join is not always at the end).
     */
    void joinQueue(String key, QueueCaller caller) {
        List<Waiting> waiting = waitingIn(caller.queue());
        int index = Math.max(0, Math.min(caller.position() - 1, waiting.size()));
        Waiting joined = new Waiting(nextSeq(), caller);
        if (!callers.put(key, joined)) {
            return; // the table is full (counted)
        }
        waiting.add(index, joined);
        renumber(waiting);
    }

    /** A caller leaves its queue: those behind it move up one (Asterisk renumbers them without an event). */
    Waiting leaveQueue(String key) {
        Waiting gone = callers.remove(key);
        if (gone != null) {
            renumber(waitingIn(gone.caller().queue()));
        }
        return gone;
    }

    /** The callers of a queue in position order (order of arrival among equals, after lost events). */
    private List<Waiting> waitingIn(String queue) {
        List<Waiting> waiting = new ArrayList<>();
        for (Waiting w : callers.map().values()) {
            if (w.caller().queue().equals(queue)) {
                waiting.add(w);
            }
        }
        waiting.sort(Comparator.comparingInt((Waiting w) -> w.caller().position()).thenComparingLong(Waiting::seq));
        return waiting;
    }

    /** Gives the callers positions 1..n in list order; only those that moved are changes. */
    private void renumber(List<Waiting> inOrder) {
        for (int i = 0; i < inOrder.size(); i++) {
            Waiting w = inOrder.get(i);
            QueueCaller c = w.caller();
            if (c.position() != i + 1) {
                callers.put(c.queue() + "/" + c.uniqueId(), new Waiting(w.seq(), withPosition(c, i + 1)));
            }
        }
    }

    private static QueueCaller withPosition(QueueCaller c, int position) {
        return new QueueCaller(c.queue(), c.uniqueId(), c.channel(), position, c.callerIdNum(), c.callerIdName(),
                c.joined());
    }

    /** The callers of a queue in position order, positions 1..n. */
    List<QueueCaller> callersOf(String queue) {
        List<QueueCaller> out = new ArrayList<>();
        for (Waiting w : waitingIn(queue)) {
            out.add(withPosition(w.caller(), out.size() + 1));
        }
        return out;
    }

    /** The change as users see it: a caller as its {@link QueueCaller}, a queue as its {@link LiveQueue}. */
    LiveChange<?> forUsers(LiveChange<?> c) {
        return switch (c.kind()) {
            case QUEUE_CALLER -> new LiveChange<>(c.kind(), c.type(), c.key(), caller(c.before()), caller(c.after()),
                    c.cause());
            case QUEUE -> new LiveChange<>(c.kind(), c.type(), c.key(), queueView((QueueParams) c.before()),
                    queueView((QueueParams) c.after()), c.cause());
            default -> c;
        };
    }

    private static QueueCaller caller(Object waiting) {
        return waiting == null ? null : ((Waiting) waiting).caller();
    }

    /** A queue with its members and callers as they are now. */
    private LiveQueue queueView(QueueParams p) {
        if (p == null) {
            return null;
        }
        Map<String, QueueMember> in = new HashMap<>();
        for (QueueMember m : members.map().values()) {
            if (m.queue().equals(p.name())) {
                in.put(m.iface(), m);
            }
        }
        return new LiveQueue(p.name(), p.strategy(), p.max(), p.completed(), p.abandoned(), in, callersOf(p.name()));
    }

    /** An immutable copy of everything, consistent when taken on the live thread. */
    LiveSnapshot snapshot() {
        Map<String, LiveQueue> queueViews = new HashMap<>();
        Map<String, Map<String, QueueMember>> membersByQueue = new HashMap<>();
        for (QueueMember m : members.map().values()) {
            membersByQueue.computeIfAbsent(m.queue(), q -> new HashMap<>()).put(m.iface(), m);
        }
        for (QueueParams p : queues.map().values()) {
            queueViews.put(p.name(), new LiveQueue(p.name(), p.strategy(), p.max(), p.completed(), p.abandoned(),
                    membersByQueue.getOrDefault(p.name(), Map.of()), callersOf(p.name())));
        }
        Map<String, Map<String, Participant>> byConference = new HashMap<>();
        for (Participant p : participants.map().values()) {
            byConference.computeIfAbsent(p.conference(), c -> new HashMap<>()).put(p.uniqueId(), p);
        }
        Map<String, Conference> conferenceViews = new HashMap<>();
        for (Conference c : conferences.map().values()) {
            conferenceViews.put(c.name(), new Conference(c.name(), c.locked(), byConference.getOrDefault(c.name(), Map.of())));
        }
        Map<String, ExtensionState> ext = new HashMap<>(extensions.map());
        return new LiveSnapshot(channels.copy(), bridges.copy(), Map.copyOf(queueViews), Map.copyOf(conferenceViews),
                parked.copy(), devices.copy(), Map.copyOf(ext), presences.copy());
    }
}
