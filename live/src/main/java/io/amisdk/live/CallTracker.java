package io.amisdk.live;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The calls {@link LivePbx#originate} follows: each Originate is sent Async with a ChannelId (the channel's unique
 * ID, known before its first event) and an ActionID (its OriginateResponse's); channel changes and that response
 * move the handle. Bounded by {@link LiveConfig#maxPendingCalls()}; a call is forgotten once it ended or failed.
 */
final class CallTracker {
    private final AmiLink link;
    private final LiveConfig config;
    private final LiveStore store;
    private final Clock clock;
    private final ScheduledExecutorService live;
    private final Consumer<Runnable> submit;
    private final AtomicLong listenerFailures;
    private final String instance;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, CallHandle> callsByUid = new ConcurrentHashMap<>();
    private final Map<String, CallHandle> callsByActionId = new ConcurrentHashMap<>();

    CallTracker(AmiLink link, LiveConfig config, LiveStore store, Clock clock, ScheduledExecutorService live,
            Consumer<Runnable> submit, AtomicLong listenerFailures, String instance) {
        this.link = link;
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.live = live;
        this.submit = submit;
        this.listenerFailures = listenerFailures;
        this.instance = instance;
    }

    int size() {
        return callsByUid.size() + callsByActionId.size();
    }

    CallHandle originate(Originate request, Consumer<CallHandle.Phase> phases) {
        String uid = "live" + instance + "-" + System.currentTimeMillis() + "." + counter.incrementAndGet();
        String actionId = "live-originate-" + uid;
        CallHandle call = new CallHandle(uid, actionId, listenerFailures::incrementAndGet);
        if (phases != null) {
            call.onPhase(phases);
        }
        if (callsByUid.size() >= config.maxPendingCalls()) {
                        call.fail(new CallFailure(CallFailure.Reason.REFUSED, -1, "too many calls followed at once ("
                    + config.maxPendingCalls() + ")"));
            return call;
        }
        callsByUid.put(uid, call);
        callsByActionId.put(actionId, call);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Channel", request.channel());
        headers.putAll(request.headers());
        headers.put("Async", "true");
        headers.put("ChannelId", uid);
        headers.put("OtherChannelId", uid + "-2");
        headers.put("Timeout", Long.toString(config.originateTimeout().minusSeconds(5).toMillis()));
        if (!request.variables().isEmpty()) {
            StringBuilder v = new StringBuilder();
            request.variables().forEach((k, val) -> v.append(v.length() == 0 ? "" : ",").append(k).append('=').append(val));
            headers.put("Variable", v.toString());
        }
        link.send("Originate", actionId, headers).whenComplete((response, failure) -> {
            if (failure != null) {
                submit.accept(() -> callOver(call, new CallFailure(CallFailure.Reason.REFUSED, -1,
                        "Originate refused: " + rootMessage(failure))));
            }
        });
        live.schedule(() -> {
            if (!call.isAnswered()) {
                callOver(call, new CallFailure(CallFailure.Reason.TIMEOUT, -1,
                        "neither answered nor failed within " + config.originateTimeout()));
            }
        }, config.originateTimeout().toMillis(), TimeUnit.MILLISECONDS);
        return call;
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c != c.getCause()) {
            c = c.getCause();
        }
        return c.getMessage();
    }

    private void callOver(CallHandle call, CallFailure failure) {
        call.fail(failure);
        if (!call.isAnswered() || call.isDone()) {
            forgetCall(call);
        }
    }

    private void forgetCall(CallHandle call) {
        callsByUid.remove(call.uniqueId(), call);
        callsByActionId.remove(call.actionId(), call);
    }

    /** An event on the live thread: an OriginateResponse of a followed call decides it. */
    void observe(ServerEvent m) {
        if (!"OriginateResponse".equalsIgnoreCase(m.name())) {
            return;
        }
        CallHandle call = callsByActionId.get(m.text("ActionID"));
        if (call == null) {
            return;
        }
        int reason = EventApplier.intOf(m, "Reason", -1, ApplyCounters.quiet());
        if ("Success".equalsIgnoreCase(m.get("Response")) || reason == 4) {
            call.answer(store.channelOrHungUp(call.uniqueId()));
        } else {
            callOver(call, new CallFailure(CallFailure.Reason.ofCode(reason), reason,
                    "Originate failed: " + CallFailure.Reason.ofCode(reason) + " (Reason " + reason + ")"));
        }
        if (call.isDone()) {
            forgetCall(call);
        }
    }

    /** A channel change on the live thread: moves the call whose channel it is. */
    void channelChanged(LiveChange<?> change) {
        CallHandle call = callsByUid.get(change.key());
        if (call == null) {
            return;
        }
        if (change.type() == LiveChange.Type.REMOVED) {
            LiveChannel dead = store.hungUp.get(change.key());
            call.hungUp(dead != null ? dead : ((LiveChannel) change.before()).hungUp(0, clock.instant()));
            if (!call.isAnswered() && change.cause() != LiveChange.Cause.EVENT) {
                // gone at a resync or reconcile: its Hangup and OriginateResponse went with the link (or the stream
                // dropped them), so nothing will decide it; unknown is not "no answer" (asterisk-java #537)
                callOver(call, new CallFailure(CallFailure.Reason.LOST, -1,
                        "the call's channel was gone at the " + change.cause().name().toLowerCase(java.util.Locale.ROOT)
                                + "; its outcome was lost"));
            }
            if (call.isDone()) {
                forgetCall(call);
            }
        } else {
            call.seen((LiveChannel) change.after());
        }
    }

    /** On close: every call still followed fails with LOST. */
    void closeAll() {
        List.copyOf(callsByUid.values()).forEach(c -> c.fail(new CallFailure(CallFailure.Reason.LOST, -1,
                "the live layer was closed")));
        callsByUid.clear();
        callsByActionId.clear();
    }
}
