package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0|0", "45|45", "' 3 '|3", "-1|-1", "+7|7", "2147483647|2147483647",
            "-2147483648|-2147483648"})
    @DisplayName("integers as Asterisk sends them (Penalty: 3, Timeout: 45, Count: 0), trimmed")
    void ints(String raw, int expected) {
        assertThat(HeaderValues.toInt(raw)).isEqualTo(OptionalInt.of(expected));
        assertThat(HeaderValues.toLong(raw)).isEqualTo(OptionalLong.of(expected));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "2147483648", "-2147483649", "1.5", "1e3", "0x10", "12abc", "-", "+", "١٢",
            "(null)", "1 2", "--1"})
    @DisplayName("what is not an int is empty, never an exception: overflow, fractions, Unicode digits, text")
    void notInts(String raw) {
        assertThat(HeaderValues.toInt(raw)).isEmpty();
    }

    @Test
    @DisplayName("longs take what ints cannot (LastCall epoch seconds) and overflow to empty")
    void longs() {
        assertThat(HeaderValues.toLong("1795690672")).hasValue(1795690672L);
        assertThat(HeaderValues.toLong("9223372036854775807")).hasValue(Long.MAX_VALUE);
        assertThat(HeaderValues.toLong("9223372036854775808")).isEmpty();
        assertThat(HeaderValues.toLong("99999999999999999999999999999999999999999")).isEmpty();
        assertThat(HeaderValues.toLong(null)).isEmpty();
        assertThat(HeaderValues.toLong("x")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.000122|0.000122", "12|12", "-3.5|-3.5", "0.000000|0", "100.0|100",
            "0.00|0", "' 2.5 '|2.5", ".5|0.5", "5.|5", "1.5e3|1500", "1E-3|0.001"})
    @DisplayName("decimals (CoreMaxLoadAvg: 0.000000, ServicelevelPerf: 100.0, VolumeGain: 0.00)")
    void decimals(String raw, double expected) {
        assertThat(HeaderValues.toDecimal(raw)).isEqualTo(OptionalDouble.of(expected));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "NaN", "Infinity", "-Infinity", "1e400", "1f", "2d", "0x1p3", "1e", ".", "1,5", "abc",
            "1.2.3", "e5"})
    @DisplayName("NaN, infinities, Java-only spellings and text are empty")
    void notDecimals(String raw) {
        assertThat(HeaderValues.toDecimal(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "Yes", "YES", "true", "True", "y", "Y", "t", "1", "on", "On", " yes "})
    @DisplayName("ast_true spellings, any case (Muted: Yes, Paused: true, Events: On)")
    void truths(String raw) {
        assertThat(HeaderValues.toBoolean(raw)).hasValue(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "NO", "false", "False", "n", "N", "f", "0", "off", "Off", "OFF"})
    @DisplayName("ast_false spellings, any case (Admin: No, Paused: 0, Events: Off)")
    void falsehoods(String raw) {
        assertThat(HeaderValues.toBoolean(raw)).hasValue(false);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "2", "-1", "yess", "nope", "enabled", "ja", "10", "o"})
    @DisplayName("anything else is not a boolean")
    void notBooleans(String raw) {
        assertThat(HeaderValues.toBoolean(raw)).isEmpty();
    }

    @Test
    @DisplayName("durations: whole and decimal counts of seconds, millis and micros, exact to the nanosecond")
    void durations() {
        assertThat(HeaderValues.toDuration("45", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(45));
        assertThat(HeaderValues.toDuration("200", ChronoUnit.MILLIS)).hasValue(Duration.ofMillis(200));
        assertThat(HeaderValues.toDuration("0", ChronoUnit.MILLIS)).hasValue(Duration.ZERO);
        assertThat(HeaderValues.toDuration("0.5", ChronoUnit.SECONDS)).hasValue(Duration.ofMillis(500));
        assertThat(HeaderValues.toDuration("0.000122", ChronoUnit.SECONDS)).hasValue(Duration.ofNanos(122_000));
        assertThat(HeaderValues.toDuration("1.5", ChronoUnit.MILLIS)).hasValue(Duration.ofNanos(1_500_000));
        assertThat(HeaderValues.toDuration("250", ChronoUnit.MICROS)).hasValue(Duration.ofNanos(250_000));
        assertThat(HeaderValues.toDuration("0.0000000019", ChronoUnit.SECONDS)).hasValue(Duration.ofNanos(1));
        assertThat(HeaderValues.toDuration(" 3 ", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(3));
        assertThat(HeaderValues.toDuration("-1", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(-1));
        assertThat(HeaderValues.toDuration("-3.5", ChronoUnit.SECONDS)).hasValue(Duration.ofMillis(-3500));
        assertThat(HeaderValues.toDuration("1795690672", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(1795690672L));
    }

    @Test
    @DisplayName("the clock form H:MM:SS (CoreShowChannel's Duration: 00:00:01) reads as hours, minutes, seconds")
    void clockDurations() {
        assertThat(HeaderValues.toDuration("00:00:01", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(1));
        assertThat(HeaderValues.toDuration("01:02:03", ChronoUnit.SECONDS)).hasValue(Duration.ofSeconds(3723));
        assertThat(HeaderValues.toDuration("123:00:00", ChronoUnit.SECONDS)).hasValue(Duration.ofHours(123));
        assertThat(HeaderValues.toDuration("00:60:00", ChronoUnit.SECONDS)).isEmpty();
        assertThat(HeaderValues.toDuration("1:2:3", ChronoUnit.SECONDS)).isEmpty();
        assertThat(HeaderValues.toDuration("10:45", ChronoUnit.SECONDS)).isEmpty();
        assertThat(HeaderValues.toDuration("::", ChronoUnit.SECONDS)).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "abc", "1e3", "NaN", "1.2.3", "12s", "99999999999999999999999999999", "-",
            "99999999999999999999999999999999999999999"})
    @DisplayName("what is not a count is empty; so is one past Duration's range")
    void notDurations(String raw) {
        assertThat(HeaderValues.toDuration(raw, ChronoUnit.SECONDS)).isEmpty();
    }

    @Test
    @DisplayName("a unit without an exact length is a programming error, said at once")
    void estimatedUnit() {
        assertThatThrownBy(() -> HeaderValues.toDuration("1", ChronoUnit.MONTHS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeaderValues.ofDuration(Duration.ZERO, ChronoUnit.FOREVER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("timestamps: epoch seconds with an optional fraction (Timestamp: 1795689993.147640)")
    void timestamps() {
        assertThat(HeaderValues.toTimestamp("1795689993.147640")).hasValue(Instant.ofEpochSecond(1795689993L, 147_640_000));
        assertThat(HeaderValues.toTimestamp("1733053812.123456")).hasValue(Instant.ofEpochSecond(1733053812L, 123_456_000));
        assertThat(HeaderValues.toTimestamp("1795690672")).hasValue(Instant.ofEpochSecond(1795690672L));
        assertThat(HeaderValues.toTimestamp("0")).hasValue(Instant.EPOCH);
        assertThat(HeaderValues.toTimestamp("1.1234567899")).hasValue(Instant.ofEpochSecond(1, 123_456_789));
        assertThat(HeaderValues.toTimestamp(" 5.5 ")).hasValue(Instant.ofEpochSecond(5, 500_000_000));
        assertThat(HeaderValues.toTimestamp("1795690672.")).hasValue(Instant.ofEpochSecond(1795690672L));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "-1", "+1", "abc", "2026-11-26", "10:45:59", "1e9", "1.2.3", ".", "9223372036854775808",
            "9223372036854775807"})
    @DisplayName("dates, clock times, negatives and out-of-range seconds are not timestamps")
    void notTimestamps(String raw) {
        assertThat(HeaderValues.toTimestamp(raw)).isEmpty();
    }

    @Test
    @DisplayName("booleans are written in the spelling the parameter is documented with")
    void booleanSpellings() {
        assertThat(HeaderValues.ofBoolean(true, BooleanSpelling.TRUE_FALSE)).isEqualTo("true");
        assertThat(HeaderValues.ofBoolean(false, BooleanSpelling.TRUE_FALSE)).isEqualTo("false");
        assertThat(HeaderValues.ofBoolean(true, BooleanSpelling.YES_NO)).isEqualTo("yes");
        assertThat(HeaderValues.ofBoolean(false, BooleanSpelling.YES_NO)).isEqualTo("no");
        assertThat(BooleanSpelling.ONE_ZERO.of(true)).isEqualTo("1");
        assertThat(BooleanSpelling.ONE_ZERO.of(false)).isEqualTo("0");
        assertThat(BooleanSpelling.ON_OFF.of(true)).isEqualTo("on");
        assertThat(BooleanSpelling.ON_OFF.of(false)).isEqualTo("off");
        for (BooleanSpelling s : BooleanSpelling.values()) {
            assertThat(HeaderValues.toBoolean(s.of(true))).as("%s round trip", s).hasValue(true);
            assertThat(HeaderValues.toBoolean(s.of(false))).as("%s round trip", s).hasValue(false);
        }
    }

    @Test
    @DisplayName("durations are written as whole units, a part of a unit dropped toward zero")
    void durationsWritten() {
        assertThat(HeaderValues.ofDuration(Duration.ofSeconds(30), ChronoUnit.MILLIS)).isEqualTo("30000");
        assertThat(HeaderValues.ofDuration(Duration.ofSeconds(30), ChronoUnit.SECONDS)).isEqualTo("30");
        assertThat(HeaderValues.ofDuration(Duration.ofMillis(1500), ChronoUnit.SECONDS)).isEqualTo("1");
        assertThat(HeaderValues.ofDuration(Duration.ofMillis(999), ChronoUnit.SECONDS)).isEqualTo("0");
        assertThat(HeaderValues.ofDuration(Duration.ofMillis(-1500), ChronoUnit.SECONDS)).isEqualTo("-1");
        assertThat(HeaderValues.ofDuration(Duration.ofNanos(1_500), ChronoUnit.MICROS)).isEqualTo("1");
        assertThat(HeaderValues.ofDuration(Duration.ofSeconds(Long.MAX_VALUE), ChronoUnit.MILLIS))
                .isEqualTo("9223372036854775807000");
        assertThat(HeaderValues.toDuration(HeaderValues.ofDuration(Duration.ofMinutes(5), ChronoUnit.MILLIS),
                ChronoUnit.MILLIS)).isEqualTo(Optional.of(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("AuthType: MD5 and plain in any case read as the runtime's AuthType, are written as Asterisk spells them")
    void authTypes() {
        assertThat(HeaderValues.toAuthType("MD5")).contains(AuthType.MD5);
        assertThat(HeaderValues.toAuthType(" md5 ")).contains(AuthType.MD5);
        assertThat(HeaderValues.toAuthType("plain")).contains(AuthType.PLAIN);
        assertThat(HeaderValues.toAuthType("PLAIN")).contains(AuthType.PLAIN);
        assertThat(HeaderValues.toAuthType("none")).isEmpty();
        assertThat(HeaderValues.toAuthType("")).isEmpty();
        assertThat(HeaderValues.toAuthType(null)).isEmpty();
        assertThat(HeaderValues.ofAuthType(AuthType.MD5)).isEqualTo("MD5");
        assertThat(HeaderValues.ofAuthType(AuthType.PLAIN)).isEqualTo("plain");
        assertThatThrownBy(() -> HeaderValues.ofAuthType(AuthType.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AuthType.NONE");
    }
}
