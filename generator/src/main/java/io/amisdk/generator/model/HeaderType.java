package io.amisdk.generator.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * The value type of one header (an action parameter, an event or response field), from a small closed
 * set, and why it has that type. Emitters render it (typed accessors and setters); they never decide it.
 *
 * @param kind     what the value is
 * @param unit     for {@link Kind#DURATION}: the unit the number counts; null otherwise
 * @param spelling for {@link Kind#BOOLEAN}: how a value is spelled when sent (any of Asterisk's spellings
 *                 is accepted when read); null otherwise
 * @param sharedEnum for {@link Kind#ENUM}: the name of the model's shared enum ({@link AmiModel#enums()})
 *                 this header's values are, or null when the header has its own values
 * @param rule     which rule gave the type
 * @param reason   what that rule saw, for people: {@code "enum list yes/no"}, {@code "prose: in seconds"},
 *                 {@code "overlay asterisk-22-types.json (queue_status.txt)"}
 */
public record HeaderType(Kind kind, DurationUnit unit, BooleanSpelling spelling, String sharedEnum, Rule rule,
        String reason) {
    /** A header no rule typed: its value is text. */
    public static final HeaderType TEXT = new HeaderType(Kind.TEXT, null, null, null, Rule.NONE, null);

    public HeaderType {
        Objects.requireNonNull(kind, "kind");
        rule = rule == null ? Rule.NONE : rule;
        if (kind == Kind.DURATION) {
            Objects.requireNonNull(unit, "a duration needs its unit");
        } else if (unit != null) {
            throw new IllegalArgumentException("only a duration has a unit: " + kind);
        }
        if (kind == Kind.BOOLEAN) {
            spelling = spelling == null ? BooleanSpelling.TRUE_FALSE : spelling;
        } else if (spelling != null) {
            throw new IllegalArgumentException("only a boolean has a spelling: " + kind);
        }
        if (kind != Kind.ENUM && sharedEnum != null) {
            throw new IllegalArgumentException("only an enum names a shared enum: " + kind);
        }
    }

    /** A type of this kind (not a duration or a boolean), with its rule and reason. */
    public static HeaderType of(Kind kind, Rule rule, String reason) {
        return new HeaderType(kind, null, null, null, rule, reason);
    }

    /** A duration counted in this unit. */
    public static HeaderType duration(DurationUnit unit, Rule rule, String reason) {
        return new HeaderType(Kind.DURATION, unit, null, null, rule, reason);
    }

    /** A boolean sent in this spelling. */
    public static HeaderType bool(BooleanSpelling spelling, Rule rule, String reason) {
        return new HeaderType(Kind.BOOLEAN, null, spelling, null, rule, reason);
    }

    /** This enum type, its values those of the named shared enum (with null: its own). */
    public HeaderType withSharedEnum(String name) {
        return new HeaderType(kind, unit, spelling, name, rule, reason);
    }

    /** This type, found by another rule for another reason. */
    public HeaderType because(Rule newRule, String newReason) {
        return new HeaderType(kind, unit, spelling, sharedEnum, newRule, newReason);
    }

    /** Whether the value is anything but text. */
    @JsonIgnore
    public boolean isTyped() {
        return kind != Kind.TEXT;
    }

    /** The closed set of value kinds. */
    public enum Kind {
        /** Free text: kept as the string received. */
        TEXT,
        /** A whole number that fits 32 bits (priorities, states, counts). */
        INTEGER,
        /** A whole number that may not fit 32 bits (byte and packet counters, sizes). */
        LONG,
        /** A number with a fraction (jitter, MOS, load averages). */
        DECIMAL,
        /** Yes or no, in one of Asterisk's spellings. */
        BOOLEAN,
        /** A length of time, counted in {@link HeaderType#unit()}. */
        DURATION,
        /** One of the documented values ({@link ParameterDef#values()}). */
        ENUM,
        /** A point in time, as seconds since the epoch (with an optional fraction); 0 is never. */
        TIMESTAMP,
        /** Asterisk's event mask: on, off or a set of event classes (the runtime's {@code EventMask}). */
        EVENT_MASK,
        /** How a manager user logs in, {@code plain} or {@code MD5}: the runtime's {@code AuthType}, one for the SDK. */
        AUTH_TYPE
    }

    /** The units Asterisk counts durations in. */
    public enum DurationUnit {
        SECONDS, MILLISECONDS, MICROSECONDS
    }

    /** How a boolean is spelled on the wire. */
    public enum BooleanSpelling {
        TRUE_FALSE, YES_NO, ONE_ZERO, ON_OFF
    }

    /** Which rule typed a header, in the order the rules run: later rules win. */
    public enum Rule {
        /** No rule applied: text. */
        NONE,
        /** The docs' structure: an enum list (a yes/no, true/false or 0/1 list is a boolean). */
        STRUCTURE,
        /** The docs' snapshot a field came from (its shape types the field). */
        SNAPSHOT,
        /** The docs' prose: "in seconds", "number of", "Set to true…". */
        PROSE,
        /** The shipped type overlay, each entry backed by recorded sessions. */
        OVERLAY,
        /** A user's own overlay, given to the CLI or the plugin. */
        USER_OVERLAY,
        /**
         * The header's family: the same header on the other events of its family (all {@code QueueMember*}, all
         * {@code Parked*}, ...) is typed, so this one has that type too; the reason says which and why.
         */
        FAMILY
    }
}
