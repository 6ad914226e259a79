package io.amisdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AsteriskVersionTest {

    @ParameterizedTest
    @CsvSource({
        "22.10.1, 22, 10, 1",
        "22.10.0-rc1, 22, 10, 0",
        "' 20.20.0 ', 20, 20, 0",
        "certified/20.7-cert1, 20, 7, 0",
        "certified-18.9-cert4, 18, 9, 0",
        "23.4.0~devel, 23, 4, 0",
        "1.8.32.3, 1, 8, 32",
        "22.10, 22, 10, 0",
    })
    @DisplayName("line, minor and patch are read from a release's, a release candidate's and a certified release's version")
    void parses(String text, int line, int minor, int patch) {
        assertThat(AsteriskVersion.parse(text)).isEqualTo(new AsteriskVersion(line, minor, patch));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"GIT-master-abc1234", "master", "22", "22.", "22-abc", "SVN-trunk-r1", "v22.10.1",
            "99999999999.1.0", "certified/", "rc1-22.10.0"})
    @DisplayName("what has no line and minor number is not a version: the line check does not know it")
    void unparsable(String text) {
        assertThat(AsteriskVersion.parse(text)).isNull();
    }

    @Test
    @DisplayName("compared by number, line then minor then patch: 22.9.0 < 22.10.0 < 22.10.1 < 23.0.0; a suffix does not count")
    void numericOrder() {
        List<AsteriskVersion> versions = new ArrayList<>(List.of(v("23.0.0"), v("22.10.1"), v("22.9.0"),
                v("22.10.0"), v("20.20.0"), v("20.7.0")));
        Collections.shuffle(versions, new java.util.Random(7));
        Collections.sort(versions);
        assertThat(versions).containsExactly(v("20.7.0"), v("20.20.0"), v("22.9.0"), v("22.10.0"), v("22.10.1"),
                v("23.0.0"));
        assertThat(v("22.9.0")).isLessThan(v("22.10.0"));
        assertThat(v("22.10.0-rc1")).isEqualByComparingTo(v("22.10.0"));
        assertThat(v("certified/20.7-cert1")).isLessThan(v("20.20.0"));
        assertThat(v("22.10.1").toString()).isEqualTo("22.10.1");
    }

    @ParameterizedTest
    @CsvSource({
        "22.10.1, 22",
        "22.10.0-rc1, 22",
        "GIT-master-abc1234, master",
        "certified/20.7-cert1, 20",
        "22, 22",
    })
    @DisplayName("the line of a version: its major number, or master for a development build")
    void line(String text, String line) {
        assertThat(AsteriskVersion.lineOf(text)).isEqualTo(line);
    }

    @Test
    @DisplayName("no line in an empty or numberless version")
    void noLine() {
        assertThat(AsteriskVersion.lineOf(null)).isNull();
        assertThat(AsteriskVersion.lineOf(" ")).isNull();
        assertThat(AsteriskVersion.lineOf("SVN-trunk-r1")).isNull();
    }

    private static AsteriskVersion v(String text) {
        AsteriskVersion version = AsteriskVersion.parse(text);
        assertThat(version).as(text).isNotNull();
        return version;
    }
}
