package io.amisdk.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The parsers generated accessors call and the formatters generated builder setters call. The
 * parsers never throw on a header value: null, blank or malformed gives empty (the raw value stays
 * readable in the event's message). Surrounding whitespace is ignored.
 */
public final class HeaderValues {
    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
    /** Longer than any long or a Duration's range in nanos: no need to parse it to know it does not fit. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private HeaderValues() {
    }

    /** A decimal integer ({@code 42}, {@code -1}, {@code +7}); empty when absent, blank, not a number or out of int range. */
    public static OptionalInt toInt(String raw) {
        String s = trimmed(raw);
        if (s == null || !isInteger(s)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return OptionalInt.empty(); // overflow
        }
    }

    /** A decimal integer as a long; empty when absent, blank, not a number or out of long range. */
    public static OptionalLong toLong(String raw) {
        String s = trimmed(raw);
        if (s == null || !isInteger(s)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * A decimal number ({@code 0.000122}, {@code 12}, {@code -3.5}, {@code 1.5e3}); empty when absent,
     * malformed, {@code NaN}, infinite, or spelled as Java alone reads it ({@code 1f}, {@code 0x1p3}).
     */
    public static OptionalDouble toDecimal(String raw) {
        String s = trimmed(raw);
        if (s == null || !isDecimal(s, true)) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /**
     * A boolean in any spelling Asterisk's {@code ast_true}/{@code ast_false} accept, ignoring case:
     * {@code yes true y t 1 on} and {@code no false n f 0 off}; anything else is empty.
     */
    public static Optional<Boolean> toBoolean(String raw) {
        String s = trimmed(raw);
        if (s == null) {
            return Optional.empty();
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on":
                return Optional.of(Boolean.TRUE);
            case "no", "false", "n", "f", "0", "off":
                return Optional.of(Boolean.FALSE);
            default:
                return Optional.empty();
        }
    }

    /**
     * A count of {@code unit}s, whole or decimal ({@code 30}, {@code 0.5}, {@code -1}), as a Duration
     * exact to the nanosecond (finer digits are dropped); also a clock form {@code [-]H:MM:SS} (as
     * CoreShowChannel's {@code Duration} is sent), read as hours, minutes and seconds whatever the unit.
     * Negative values are kept (Asterisk sends {@code -1} for "none"); empty when malformed or out of range.
     *
     * @throws IllegalArgumentException when {@code unit} has no exact length (months, years, …)
     */
    public static Optional<Duration> toDuration(String raw, ChronoUnit unit) {
        long unitNanos = unitNanos(unit);
        String s = trimmed(raw);
        if (s == null || s.length() > MAX_NUMBER_LENGTH) {
            return Optional.empty();
        }
        if (s.indexOf(':') >= 0) {
            return clock(s);
        }
        if (!isDecimal(s, false)) {
            return Optional.empty();
        }
        try {
            BigInteger nanos = new BigDecimal(s).multiply(BigDecimal.valueOf(unitNanos)).toBigInteger();
            BigInteger[] parts = nanos.divideAndRemainder(NANOS_PER_SECOND);
            return Optional.of(Duration.ofSeconds(parts[0].longValueExact(), parts[1].longValue()));
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Epoch seconds, optionally with a fraction ({@code 1733053812}, {@code 1733053812.123456}); digits
     * past nanoseconds are dropped. Empty when absent, malformed, negative or out of Instant's range.
     */
    public static Optional<Instant> toTimestamp(String raw) {
        String s = trimmed(raw);
        if (s == null || s.length() > MAX_NUMBER_LENGTH || s.charAt(0) == '-' || s.charAt(0) == '+'
                || !isDecimal(s, false)) {
            return Optional.empty();
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String fraction = dot < 0 ? "" : s.substring(dot + 1);
        try {
            long seconds = whole.isEmpty() ? 0 : Long.parseLong(whole);
            long nanos = 0;
            for (int i = 0; i < 9; i++) {
                nanos = nanos * 10 + (i < fraction.length() ? fraction.charAt(i) - '0' : 0);
            }
            return Optional.of(Instant.ofEpochSecond(seconds, nanos));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the value if it can be sent as this header, else throws naming the header (never showing the
     * value, which may be a secret): generated builder setters and {@link GenericAction#header} call it, so a
     * bad value is refused where it is set, not when it is sent.
     *
     * @throws IllegalArgumentException when the value is null or holds CR, LF or NUL, the name is empty or holds
     *     CR, LF, NUL or ':', or the line would exceed 1024 bytes (Asterisk's limit)
     */
    public static String requireValid(String name, String value) {
        ActionSerializer.check(name, value);
        return value;
    }

    /**
     * The {@link AuthType} an {@code AuthType} header names: {@link AuthType#MD5} for {@code MD5}, {@link AuthType#PLAIN}
     * for {@code plain}, in any case (as Asterisk compares them); empty when absent, blank or another value.
     */
    public static Optional<AuthType> toAuthType(String raw) {
        String s = trimmed(raw);
        if (s == null) {
            return Optional.empty();
        }
        for (AuthType t : AuthType.values()) {
            if (s.equalsIgnoreCase(t.wireValue())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code AuthType} header's value for {@code value} ({@code MD5}, {@code plain}).
     *
     * @throws IllegalArgumentException for {@link AuthType#NONE}, which is no value of the header
     */
    public static String ofAuthType(AuthType value) {
        String wire = Objects.requireNonNull(value, "value").wireValue();
        if (wire == null) {
            throw new IllegalArgumentException("AuthType." + value.name() + " is no value of the AuthType header:"
                    + " it means the client does not log in");
        }
        return wire;
    }

    /** The boolean in the given spelling, e.g. {@code ofBoolean(true, BooleanSpelling.YES_NO)} is {@code "yes"}. */
    public static String ofBoolean(boolean value, BooleanSpelling spelling) {
        return Objects.requireNonNull(spelling, "spelling").of(value);
    }

    /**
     * The duration as a whole count of {@code unit}s, as Asterisk parses them (no fraction): a part of
     * a unit is dropped, toward zero ({@code ofDuration(Duration.ofMillis(1500), SECONDS)} is {@code "1"}).
     *
     * @throws IllegalArgumentException when {@code unit} has no exact length
     */
    public static String ofDuration(Duration value, ChronoUnit unit) {
        Objects.requireNonNull(value, "value");
        long unitNanos = unitNanos(unit);
        BigInteger nanos = BigInteger.valueOf(value.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(value.getNano()));
        return nanos.divide(BigInteger.valueOf(unitNanos)).toString();
    }

    private static long unitNanos(ChronoUnit unit) {
        Objects.requireNonNull(unit, "unit");
        if (unit.isDurationEstimated()) {
            throw new IllegalArgumentException("not an exact unit of time: " + unit);
        }
        return unit.getDuration().toNanos();
    }

    private static Optional<Duration> clock(String s) {
        boolean negative = s.startsWith("-");
        String[] parts = (negative ? s.substring(1) : s).split(":", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].length() != 2 || parts[2].length() != 2
                || !digits(parts[0]) || !digits(parts[1]) || !digits(parts[2])) {
            return Optional.empty();
        }
        try {
            long hours = Long.parseLong(parts[0]);
            int minutes = Integer.parseInt(parts[1]);
            int seconds = Integer.parseInt(parts[2]);
            if (minutes > 59 || seconds > 59) {
                return Optional.empty();
            }
            Duration d = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
            return Optional.of(negative ? d.negated() : d);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static String trimmed(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        return s.isEmpty() ? null : s;
    }

    /** [+-]digits. */
    private static boolean isInteger(String s) {
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        return i < s.length() && digits(s.substring(i));
    }

    /** [+-](digits[.digits*] | .digits)([eE][+-]digits)? — exponent only when allowed. */
    private static boolean isDecimal(String s, boolean exponent) {
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && exponent && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
