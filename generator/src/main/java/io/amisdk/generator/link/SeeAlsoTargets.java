package io.amisdk.generator.link;

import io.amisdk.generator.model.ActionDef;
import io.amisdk.generator.model.AmiModel;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.SeeAlso;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves see-also references against the model: a reference whose docs do not say what it names
 * ({@link SeeAlso#UNKNOWN}, the AMI text's) gets its type, and every action or event reference the model entry it
 * names ({@link SeeAlso#entry()}), or none. Decided afresh on every call, so a model some entries were taken out
 * of is resolved again over what is left.
 */
final class SeeAlsoTargets {
    private final AmiModel model;
    private final Set<String> actions = new HashSet<>();
    private final Set<String> events = new HashSet<>();

    private SeeAlsoTargets(AmiModel model) {
        this.model = model;
        model.actions().forEach(a -> actions.add(a.name()));
        model.events().forEach(e -> events.add(e.name()));
    }

    /** The model with every see-also reference resolved. */
    static AmiModel resolve(AmiModel model) {
        SeeAlsoTargets targets = new SeeAlsoTargets(model);
        List<ActionDef> actions = new ArrayList<>(model.actions().size());
        boolean changed = false;
        for (ActionDef a : model.actions()) {
            List<SeeAlso> refs = targets.resolved(a.seeAlso(), a.name(), false);
            changed |= !refs.equals(a.seeAlso());
            actions.add(refs.equals(a.seeAlso()) ? a : a.toBuilder().seeAlso(refs).build());
        }
        List<EventDef> events = new ArrayList<>(model.events().size());
        for (EventDef e : model.events()) {
            List<SeeAlso> refs = targets.resolved(e.seeAlso(), e.name(), true);
            changed |= !refs.equals(e.seeAlso());
            events.add(refs.equals(e.seeAlso()) ? e : e.toBuilder().seeAlso(refs).build());
        }
        return changed ? model.with(actions, events) : model;
    }

    private List<SeeAlso> resolved(List<SeeAlso> refs, String ownName, boolean ownIsEvent) {
        List<SeeAlso> out = new ArrayList<>(refs.size());
        for (SeeAlso r : refs) {
            String type = r.type().equals(SeeAlso.UNKNOWN) ? typeOf(r.target(), ownName, ownIsEvent) : r.type();
            String entry = null;
            if (type.equals("manager") && actions.contains(r.target())) {
                entry = r.target();
            } else if (type.equals("managerEvent")) {
                EventDef event = model.event(r.target()); // its spelling first, then ignoring case
                entry = event == null ? null : event.name();
            }
            out.add(r.resolvedTo(type, entry));
        }
        return out;
    }

    /**
     * The type of a reference whose docs do not say, as the XML would name it: the entry's own name is the other
     * kind (an action's see-also {@code BlindTransfer} is the event, an event's {@code MWIGet} the action); another
     * name is first of the entry's own kind, then of the other (an event's {@code Hangup} is the event); else a
     * function (upper case, {@code CHANNEL}), an AGI command (lower case, {@code gosub}), or an action the server
     * has not loaded ({@code AtxFer}).
     */
    private String typeOf(String target, String ownName, boolean ownIsEvent) {
        boolean action = actions.contains(target);
        boolean event = events.contains(target);
        if (target.equals(ownName)) {
            return ownIsEvent ? "manager" : "managerEvent";
        } else if (ownIsEvent ? event : action) {
            return ownIsEvent ? "managerEvent" : "manager";
        } else if (action || event) {
            return action ? "manager" : "managerEvent";
        } else if (target.equals(target.toUpperCase(Locale.ROOT))) {
            return "function";
        } else if (target.equals(target.toLowerCase(Locale.ROOT))) {
            return "agi";
        }
        return "manager";
    }
}
