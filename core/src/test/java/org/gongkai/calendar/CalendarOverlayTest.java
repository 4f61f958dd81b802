package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.data.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * Overlays: next year's notice in the bundled JSON format, and local rest days. Each overlay is a new calendar;
 * the official one never changes. The 2027 notice below is a made-up test fixture (the real one is not published
 * in the bundled snapshot); it proves the mechanism, not 2027's holidays.
 */
class CalendarOverlayTest {
    private static final HolidayCalendar OFFICIAL = WorkingDayCalendar.official();

    private static final String TEST_2027 = """
            {"year": 2027, "papers": ["https://example.invalid/test-notice-2027"],
             "days": [
               {"name": "元旦", "date": "2026-12-31", "isOffDay": true},
               {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
               {"name": "元旦", "date": "2027-01-02", "isOffDay": true},
               {"name": "元旦", "date": "2027-01-03", "isOffDay": true},
               {"name": "元旦", "date": "2027-01-09", "isOffDay": false}
             ]}
            """;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static HolidayCalendar with2027() {
        return OFFICIAL.withNotice(new ByteArrayInputStream(TEST_2027.getBytes(StandardCharsets.UTF_8)),
                "test-2027.json");
    }

    @Test
    void nextYearsNoticeExtendsCoverageAndAppliesItsLateDecemberDays() {
        HolidayCalendar cal = with2027();
        assertThat(cal.coverage()).isEqualTo(new DateRange(d("2007-01-01"), d("2027-12-31")));
        // the test notice makes Thu 2026-12-31 a day off: late December of 2026 comes from the 2027 notice
        assertThat(cal.day(d("2026-12-31")))
                .isEqualTo(new CalendarDay(d("2026-12-31"), DayKind.PUBLIC_HOLIDAY, Optional.of("元旦"), false));
        assertThat(cal.day(d("2027-01-09")).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        // Wed 2026-12-30 + 1: 12-31, 01-01, 01-02, 01-03 off -> Mon 2027-01-04
        assertThat(cal.plusWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2027-01-04"));
        // (2027-01-04, 2027-01-11]: 05, 06, 07, 08, 09 (adjusted Saturday), 11 = 6
        assertThat(cal.workingDaysBetween(d("2027-01-04"), d("2027-01-11"))).isEqualTo(6);
        // the official calendar is unchanged
        assertThat(OFFICIAL.coverage().last()).isEqualTo(d("2026-12-31"));
        assertThat(OFFICIAL.isWorkingDay(d("2026-12-31"))).isTrue();
        // provenance tells the overlay apart
        Provenance.NoticeSource last = cal.provenance().notices().get(20);
        assertThat(last.year()).isEqualTo(2027);
        assertThat(last.known()).isTrue();
        assertThat(last.source()).isEqualTo("test-2027.json");
        assertThat(last.papers()).containsExactly("https://example.invalid/test-notice-2027");
        assertThat(cal.provenance().dataVersion()).isEqualTo(OFFICIAL.provenance().dataVersion());
    }

    @Test
    void localRestDaysAreANewCalendarWithTheirSource() {
        // a made-up local holiday on Wed 2024-03-13, for the test
        LocalRestDay local = new LocalRestDay(d("2024-03-13"), "地方节日（测试）", "某自治区通知（测试）");
        HolidayCalendar cal = OFFICIAL.withLocalRestDays(List.of(local));
        assertThat(cal.day(d("2024-03-13")))
                .isEqualTo(new CalendarDay(d("2024-03-13"), DayKind.LOCAL_REST_DAY, Optional.of("地方节日（测试）"),
                        false));
        // Tue 03-12 + 1 -> Thu 03-14 (Wed is the local rest day); officially Wed 03-13
        assertThat(cal.plusWorkingDays(d("2024-03-12"), 1)).isEqualTo(d("2024-03-14"));
        assertThat(OFFICIAL.plusWorkingDays(d("2024-03-12"), 1)).isEqualTo(d("2024-03-13"));
        // (03-11, 03-15]: 12, 14, 15 = 3 locally; 4 officially
        assertThat(cal.workingDaysBetween(d("2024-03-11"), d("2024-03-15"))).isEqualTo(3);
        assertThat(OFFICIAL.workingDaysBetween(d("2024-03-11"), d("2024-03-15"))).isEqualTo(4);
        assertThat(cal.provenance().localRestDays()).containsExactly(local);
        // a local rest day on a national holiday stays the national holiday
        HolidayCalendar onHoliday = OFFICIAL.withLocalRestDays(
                List.of(new LocalRestDay(d("2024-10-01"), "地方节日（测试）", "测试")));
        assertThat(onHoliday.day(d("2024-10-01")).kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        // overlays keep the policy
        assertThat(OFFICIAL.withPolicy(CoveragePolicy.PROVISIONAL).withLocalRestDays(List.of(local)).policy())
                .isEqualTo(CoveragePolicy.PROVISIONAL);
    }

    @Test
    void overlaysThatWouldLeaveAGapOrBreakTheDataAreRefused() {
        String y2029 = TEST_2027.replace("2027", "2029").replace("2026-12-31", "2028-12-31");
        assertThatThrownBy(() -> OFFICIAL.withNotice(HolidayNotice.parse(y2029, "test-2029.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no notice for 2028").hasMessageContaining("test-2029.json");
        HolidayNotice empty2020 = new HolidayNotice(2020, List.of(), List.of(), "empty-2020.json");
        assertThatThrownBy(() -> OFFICIAL.withNotice(empty2020))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
        assertThatThrownBy(() -> OFFICIAL.withLocalRestDays(
                List.of(new LocalRestDay(d("2027-02-01"), "地方节日（测试）", "测试"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-02-01")
                .hasMessageContaining("outside");
        LocalRestDay twice = new LocalRestDay(d("2024-03-13"), "地方节日（测试）", "测试");
        assertThatThrownBy(() -> OFFICIAL.withLocalRestDays(List.of(twice, twice)))
                .hasMessageContaining("2024-03-13").hasMessageContaining("twice");
        // a date listed by two notices: the bundled 2023 notice lists Sat 2022-12-31; a replacement 2022 notice that
        // lists it too is refused, naming both
        HolidayNotice clash = new HolidayNotice(2022, List.of(), List.of(
                new HolidayNotice.Day(d("2022-12-31"), "元旦", true)), "clash-2022.json");
        assertThatThrownBy(() -> OFFICIAL.withNotice(clash))
                .hasMessageContaining("2022-12-31").hasMessageContaining("clash-2022.json")
                .hasMessageContaining("2023.json");
    }

    @Test
    void badNoticeFilesAreReportedWithTheirSourceAndField() {
        assertThatThrownBy(() -> HolidayNotice.parse("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", "
                + "\"date\": \"2027-13-01\", \"isOffDay\": true}]}", "bad.json"))
                .isInstanceOfSatisfying(DataFormatException.class, e -> assertThat(e.source()).isEqualTo("bad.json"))
                .hasMessageContaining("days[0].date").hasMessageContaining("2027-13-01");
        assertThatThrownBy(() -> HolidayNotice.parse("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", "
                + "\"date\": \"2027-01-01\", \"isOffDay\": \"yes\"}]}", "bad.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("days[0].isOffDay");
        assertThatThrownBy(() -> HolidayNotice.parse("{\"days\": []}", "bad.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("year");
        assertThatThrownBy(() -> HolidayNotice.parse("{\"year\": 2027, \"days\": [", "bad.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("bad.json");
        assertThatThrownBy(() -> HolidayNotice.parse("{\"year\": 2027, \"days\": [{\"name\": \"元旦\", "
                + "\"date\": \"2025-01-01\", \"isOffDay\": true}]}", "bad.json"))
                .isInstanceOf(DataFormatException.class).hasMessageContaining("2025-01-01")
                .hasMessageContaining("outside");
    }
}
