package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * official.idx, the compact index the official calendar is loaded from, is derived from the bundled JSON notices:
 * it must be byte for byte what {@link OfficialIndexGenerator} makes of them, and give the very calendar the
 * notices give. After changing a JSON file or index.properties, regenerate it from the repository root with
 * {@value #REGENERATE}.
 */
class OfficialIndexTest {
    static final String REGENERATE = "mvn -B -ntp -pl core test -Dtest=OfficialIndexTest -Dgongkai.regenerateIndex=true";
    private static final Path COMMITTED = Path.of("src/main/resources/org/gongkai/calendar/holidays/official.idx");

    private static byte[] committed() throws IOException {
        try (InputStream in = OfficialIndexTest.class.getResourceAsStream(HolidayCalendar.INDEX)) {
            assertThat(in).as("the resource %s", HolidayCalendar.INDEX).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void committedIndexIsWhatTheJsonNoticesGive() throws IOException {
        byte[] generated = OfficialIndexGenerator.generate();
        if (Boolean.getBoolean("gongkai.regenerateIndex")) {
            Files.write(COMMITTED, generated);
        }
        assertThat(Arrays.equals(committed(), generated))
                .as("%s is not what the bundled JSON notices give: regenerate it with %s", HolidayCalendar.INDEX,
                        REGENERATE)
                .isTrue();
    }

    @Test
    void officialCalendarEqualsTheCalendarOfTheJsonNoticesDayByDay() {
        HolidayCalendar json = OfficialIndexGenerator.fromJson();
        HolidayCalendar official = HolidayCalendar.official();
        assertThat(official.coverage()).isEqualTo(json.coverage());
        // coverage: the 2007 notice to the 2026 notice, the last one that lists days (2027 is empty, unknown)
        assertThat(official.coverage()).isEqualTo(new DateRange(LocalDate.of(2007, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(official.provenance()).isEqualTo(json.provenance());
        int days = 0;
        for (LocalDate d = official.coverage().first(); !d.isAfter(official.coverage().last()); d = d.plusDays(1)) {
            assertThat(official.day(d)).as("%s", d).isEqualTo(json.day(d));
            assertThat(official.workingDaysBetween(official.coverage().first(), d)).as("%s", d)
                    .isEqualTo(json.workingDaysBetween(json.coverage().first(), d));
            days++;
        }
        assertThat(days).isEqualTo(7305); // 2007..2026: 20 years, 5 of them leap years (2008, 12, 16, 20, 24)
        assertThat(official.notices()).isEqualTo(json.notices());
    }

    @Test
    void indexCarriesTheHolidayNamesOfTheNotices() {
        // 国办发明电〔2023〕7号 (2024): 2024-09-29 (Sunday) worked for National Day, 10-01..10-07 off
        HolidayCalendar cal = HolidayCalendar.official();
        assertThat(cal.day(LocalDate.of(2024, 9, 29)).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        assertThat(cal.day(LocalDate.of(2024, 9, 29)).holiday()).contains("国庆节");
        assertThat(cal.day(LocalDate.of(2024, 10, 7)).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        // 2020: Monday 2020-02-03, listed as a working day, is an ordinary working day without a holiday's name
        assertThat(cal.day(LocalDate.of(2020, 2, 3)))
                .isEqualTo(new CalendarDay(LocalDate.of(2020, 2, 3), DayKind.NORMAL_WORKING_DAY,
                        java.util.Optional.empty(), false));
    }

    @Test
    void corruptIndexIsRefusedWithItsSource() throws IOException {
        byte[] good = committed();
        assertThat(HolidayCalendar.readIndex(good, "x").coverage()).isEqualTo(HolidayCalendar.official().coverage());

        assertThatThrownBy(() -> HolidayCalendar.readIndex(Arrays.copyOf(good, good.length - 1), "cut.idx"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("cut.idx").hasMessageContaining("truncated");
        byte[] magic = good.clone();
        magic[0] = '{';
        assertThatThrownBy(() -> HolidayCalendar.readIndex(magic, "json.idx"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("not a Gongkai calendar index");
        assertThatThrownBy(() -> HolidayCalendar.readIndex(Arrays.copyOf(good, good.length + 1), "long.idx"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("bytes after");
        // the last exception day's kind (u1 before its u2 name index) set to an ordinal DayKind does not have
        byte[] kind = good.clone();
        kind[good.length - 3] = (byte) DayKind.values().length;
        assertThatThrownBy(() -> HolidayCalendar.readIndex(kind, "kind.idx"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("kind.idx: exception ");
    }
}
