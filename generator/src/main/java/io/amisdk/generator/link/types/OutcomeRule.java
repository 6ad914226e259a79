package io.amisdk.generator.link.types;

import io.amisdk.generator.model.EnumValue;
import io.amisdk.generator.model.EventDef;
import io.amisdk.generator.model.HeaderType.Kind;
import io.amisdk.generator.model.ParameterDef;

/**
 * Which events report how an action ended ({@link EventDef#outcome()}), so their classes are the runtime's
 * {@code AmiOutcomeEvent} and {@code sendAndAwaitEvent} fails on a failed one. An event is an outcome when its
 * {@code Response} header is an enum with the value {@code Failure}: Asterisk's convention for an action answered
 * later by an event, and exactly what {@code AmiOutcomeEvent}'s defaults read. In Asterisk 22 that is
 * {@code OriginateResponse} alone (after an async Originate). An event a supplement marks an outcome stays one.
 */
final class OutcomeRule {
    private static final String RESPONSE = "Response";
    private static final String FAILURE = "Failure";

    private OutcomeRule() {
    }

    /** The event, marked an outcome when the rule says so; unmarked never. */
    static EventDef mark(EventDef event) {
        return event.outcome() || !reportsFailure(event) ? event : event.withOutcome(true);
    }

    private static boolean reportsFailure(EventDef event) {
        for (ParameterDef f : event.fields()) {
            if (f.name().equalsIgnoreCase(RESPONSE) && f.type().kind() == Kind.ENUM) {
                for (EnumValue v : f.values()) {
                    if (v.name().strip().equalsIgnoreCase(FAILURE)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
