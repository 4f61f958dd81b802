package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled official calendar against the State Council notices (files of NateScarlet/holiday-cn, see
 * META-INF/NOTICE-holiday-cn.md), with each trap the data hides.
 */
class OfficialCalendarTest {
    private static final HolidayCalendar CAL = WorkingDayCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void coversEveryPublishedYearAndStopsAtTheEmpty2027Notice() {
        assertThat(CAL.coverage()).isEqualTo(new DateRange(d("2007-01-01"), d("2026-12-31")));
        assertThat(CAL.policy()).isEqualTo(CoveragePolicy.STRICT);
        assertThat(WorkingDayCalendar.official()).isSameAs(CAL); // loaded once
    }

    @Test
    void provenanceNamesTheDataVersionAndEveryNotice() {
        Provenance p = CAL.provenance();
        assertThat(p.dataVersion()).isEqualTo("NateScarlet/holiday-cn snapshot 2026-08-07");
        assertThat(p.notices()).hasSize(21);
        assertThat(p.notices().get(0).year()).isEqualTo(2007);
        Provenance.NoticeSource y2020 = p.notices().get(13);
        assertThat(y2020.year()).isEqualTo(2020);
        // 2020 had two papers: the notice, and the State Council's extension of the Spring Festival (2020-01-27)
        assertThat(y2020.papers()).containsExactly(
                "http://www.gov.cn/zhengce/zhengceku/2019-11/21/content_5454164.htm",
                "http://www.gov.cn/zhengce/zhengceku/2020-01/27/content_5472352.htm");
        Provenance.NoticeSource y2027 = p.notices().get(20);
        assertThat(y2027.year()).isEqualTo(2027);
        assertThat(y2027.known()).isFalse();
        assertThat(y2027.papers()).isEmpty();
        assertThat(p.notices().subList(0, 20)).allMatch(Provenance.NoticeSource::known);
        assertThat(p.localRestDays()).isEmpty();
    }

    /** Trap: the notice of year Y lists late-December dates of Y-1; they belong to Y-1's calendar. */
    @ParameterizedTest(name = "{0} is {1} ({2})")
    @CsvSource({
        "2018-12-29, ADJUSTED_WORKING_DAY, 元旦",  // Saturday worked, listed in 2019.json
        "2018-12-30, PUBLIC_HOLIDAY, 元旦",        // Sunday, a holiday
        "2018-12-31, PUBLIC_HOLIDAY, 元旦",        // Monday off
        "2011-12-31, ADJUSTED_WORKING_DAY, 元旦",  // Saturday worked, listed in 2012.json
        "2007-12-29, ADJUSTED_WORKING_DAY, 元旦",  // Saturday worked, listed in 2008.json
        "2007-12-31, PUBLIC_HOLIDAY, 元旦",        // Monday off, listed in 2008.json
        "2022-12-31, PUBLIC_HOLIDAY, 元旦",        // Saturday listed as a holiday in 2023.json
    })
    void lateDecemberDatesComeFromNextYearsNotice(String date, DayKind kind, String holiday) {
        CalendarDay day = CAL.day(d(date));
        assertThat(day.kind()).isEqualTo(kind);
        assertThat(day.holiday()).contains(holiday);
        assertThat(day.provisional()).isFalse();
    }

    @Test
    void lateDecemberArithmeticAcrossTheNewYearOf2019() {
        // Fri 2018-12-28 + 1: Sat 12-29 is an adjusted working day (2019 notice) -> 2018-12-29
        assertThat(CAL.plusWorkingDays(d("2018-12-28"), 1)).isEqualTo(d("2018-12-29"));
        // Sat 12-29 + 1: 12-30 Sun, 12-31 Mon, 01-01 Tue are off -> Wed 2019-01-02
        assertThat(CAL.plusWorkingDays(d("2018-12-29"), 1)).isEqualTo(d("2019-01-02"));
        // (12-27, 01-03]: 12-28, 12-29(adjusted), 01-02, 01-03 = 4
        assertThat(CAL.workingDaysBetween(d("2018-12-27"), d("2019-01-03"))).isEqualTo(4);
    }

    /** Trap: an empty notice file means unknown, never "no holidays". */
    @Test
    void theEmpty2027NoticeLeaves2027Unknown() {
        assertThatThrownBy(() -> CAL.isWorkingDay(d("2027-03-01")))
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
                    assertThat(e.uncoveredDate()).isEqualTo(d("2027-03-01"));
                    assertThat(e.coverage()).isEqualTo(CAL.coverage());
                })
                .hasMessageContaining("2027-03-01").hasMessageContaining("2007-01-01..2026-12-31");
        assertThat(CAL.notices().get(20).isEmpty()).isTrue();
        assertThat(CAL.isWorkingDay(d("2026-12-31"))).isTrue(); // Thursday, last covered day
    }

    /** Trap: a holiday on a Saturday or Sunday is still a holiday (the kind says so), and not a working day. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2020-01-25, 春节",           // Saturday
        "2020-01-26, 春节",           // Sunday
        "2015-10-03, 国庆节",         // Saturday
        "2023-01-01, 元旦",           // Sunday
        "2024-09-15, 中秋节",         // Sunday
        "2025-10-04, 国庆节、中秋节", // Saturday
    })
    void holidaysOnAWeekendAreHolidays(String date, String holiday) {
        LocalDate x = d(date);
        assertThat(x.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        CalendarDay day = CAL.day(x);
        assertThat(day.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(day.holiday()).contains(holiday);
        assertThat(CAL.isWorkingDay(x)).isFalse();
    }

    /** Trap: the 2020 COVID extension (State Council, 2020-01-27) prolonged the Spring Festival to Sunday 02-02. */
    @Test
    void springFestival2020WasExtendedToFebruary2() {
        for (LocalDate x = d("2020-01-24"); !x.isAfter(d("2020-02-02")); x = x.plusDays(1)) {
            assertThat(CAL.day(x).kind()).as("%s", x).isEqualTo(DayKind.PUBLIC_HOLIDAY);
            assertThat(CAL.day(x).holiday()).contains("春节");
        }
        // Thu 01-23 + 1: 01-24..02-02 all off -> Mon 2020-02-03
        assertThat(CAL.plusWorkingDays(d("2020-01-23"), 1)).isEqualTo(d("2020-02-03"));
        // (01-23, 02-07]: 02-03..02-07 = 5
        assertThat(CAL.workingDaysBetween(d("2020-01-23"), d("2020-02-07"))).isEqualTo(5);
        // Sunday 01-19 was worked in exchange (adjusted working day of 春节)
        assertThat(CAL.day(d("2020-01-19")))
                .isEqualTo(new CalendarDay(d("2020-01-19"), DayKind.ADJUSTED_WORKING_DAY, Optional.of("春节"), false));
    }

    /** Trap: 2020-02-03 is listed with isOffDay false, but it is a Monday: a normal working day, not an adjusted one. */
    @Test
    void february3Of2020IsANormalWorkingDay() {
        assertThat(CAL.day(d("2020-02-03")))
                .isEqualTo(new CalendarDay(d("2020-02-03"), DayKind.NORMAL_WORKING_DAY, Optional.empty(), false));
        assertThat(CAL.notices().get(13).days()).anyMatch(x -> x.date().equals(d("2020-02-03")) && !x.offDay());
    }

    /**
     * NOTICE.md's invariant per notice year: weekdays off minus weekend working days = 10 (2007), 11 (2008-2024),
     * 12 (2015, 70th anniversary of the victory, Sep 3), 13 (2020, the COVID extension), 13 (2025 and 2026, after
     * the 2024 amendment added a Spring Festival and a Labour Day holiday); 0 for the empty 2027 notice.
     */
    @Test
    void everyNoticeKeepsTheHolidayBalanceOfItsYear() {
        Map<Integer, Integer> special = Map.of(2007, 10, 2015, 12, 2020, 13, 2025, 13, 2026, 13, 2027, 0);
        for (HolidayNotice n : CAL.notices()) {
            int balance = 0;
            for (HolidayNotice.Day x : n.days()) {
                boolean weekend = x.date().getDayOfWeek().getValue() >= 6;
                if (x.offDay() && !weekend) {
                    balance++;
                } else if (!x.offDay() && weekend) {
                    balance--;
                }
            }
            assertThat(balance).as("notice of %s", n.year()).isEqualTo(special.getOrDefault(n.year(), 11));
        }
    }

    /**
     * Working days per calendar year: Monday-Friday count less the notice's balance (no notice moves a day across
     * these years' boundaries except 2019's, whose 2018 days cancel: Sat 12-29 worked, Mon 12-31 off).
     */
    @ParameterizedTest(name = "{0}: {1} weekdays, {2} working days")
    @CsvSource({
        "2019, 261, 250", // starts Tuesday, 365 days: 52 weeks + Tue -> 261 weekdays; balance 11
        "2020, 262, 249", // starts Wednesday, leap: 52 weeks + Wed, Thu -> 262; balance 13
        "2024, 262, 251", // starts Monday, leap: 52 weeks + Mon, Tue -> 262; balance 11
        "2025, 261, 248", // starts Wednesday: 52 weeks + Wed -> 261; balance 13
    })
    void workingDaysPerYear(int year, int weekdays, int working) {
        LocalDate before = LocalDate.of(year - 1, 12, 31);
        LocalDate end = LocalDate.of(year, 12, 31);
        assertThat(CAL.workingDaysBetween(before, end)).isEqualTo(working);
        int mondayToFriday = 0;
        for (LocalDate x = before.plusDays(1); !x.isAfter(end); x = x.plusDays(1)) {
            mondayToFriday += x.getDayOfWeek().getValue() <= 5 ? 1 : 0;
        }
        assertThat(mondayToFriday).isEqualTo(weekdays);
    }

    @Test
    void nationalDay2024ByHand() {
        // Fri 2024-09-27 + 1: Sat 09-28 rest, Sun 09-29 adjusted working day (国庆节) -> 2024-09-29
        assertThat(CAL.nextWorkingDay(d("2024-09-27"))).isEqualTo(d("2024-09-29"));
        assertThat(CAL.day(d("2024-09-29")).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        assertThat(CAL.day(d("2024-09-29")).holiday()).contains("国庆节");
        // Mon 09-30 + 1: 10-01..10-07 off -> Tue 2024-10-08
        assertThat(CAL.plusWorkingDays(d("2024-09-30"), 1)).isEqualTo(d("2024-10-08"));
        // back: Tue 10-08 - 1 -> Mon 09-30; a holiday - 1 -> the last working day before it
        assertThat(CAL.plusWorkingDays(d("2024-10-08"), -1)).isEqualTo(d("2024-09-30"));
        assertThat(CAL.plusWorkingDays(d("2024-10-03"), -1)).isEqualTo(d("2024-09-30"));
        assertThat(CAL.plusWorkingDays(d("2024-10-03"), -3)).isEqualTo(d("2024-09-27")); // 09-30, 09-29, 09-27
        assertThat(CAL.plusWorkingDays(d("2024-10-03"), 0)).isEqualTo(d("2024-10-03"));
        // (09-27, 10-08]: 09-29, 09-30, 10-08 = 3; reversed = -3
        assertThat(CAL.workingDaysBetween(d("2024-09-27"), d("2024-10-08"))).isEqualTo(3);
        assertThat(CAL.workingDaysBetween(d("2024-10-08"), d("2024-09-27"))).isEqualTo(-3);
        assertThat(CAL.day(d("2024-10-08")))
                .isEqualTo(new CalendarDay(d("2024-10-08"), DayKind.NORMAL_WORKING_DAY, Optional.empty(), false));
        assertThat(CAL.day(d("2024-09-28")))
                .isEqualTo(new CalendarDay(d("2024-09-28"), DayKind.WEEKEND, Optional.empty(), false));
    }

    @Test
    void strictPolicyNamesTheFirstUncoveredDateOfTheWalk() {
        // forward from Mon 2026-12-21: 22, 23, 24, 25, 28, 29, 30, 31 = 8 working days left in coverage; the 9th
        // needs 2027 -> first uncovered date met is 2027-01-01
        assertThat(CAL.plusWorkingDays(d("2026-12-21"), 8)).isEqualTo(d("2026-12-31"));
        assertUncovered(() -> CAL.plusWorkingDays(d("2026-12-21"), 9), "2027-01-01");
        // backward from Thu 2007-01-04 (01-01..01-03 off): no working day left before it -> 2006-12-31
        assertUncovered(() -> CAL.plusWorkingDays(d("2007-01-04"), -1), "2006-12-31");
        // a start outside coverage is itself the first uncovered date, even for zero days
        assertUncovered(() -> CAL.plusWorkingDays(d("2027-01-04"), -20), "2027-01-04");
        assertUncovered(() -> CAL.plusWorkingDays(d("2006-06-01"), 0), "2006-06-01");
        assertUncovered(() -> CAL.workingDaysBetween(d("2026-12-01"), d("2027-02-01")), "2027-01-01");
        assertUncovered(() -> CAL.workingDaysBetween(d("2027-02-01"), d("2026-12-01")), "2027-01-01");
        assertUncovered(() -> CAL.workingDaysBetween(d("2006-06-01"), d("2007-03-01")), "2006-06-01");
        assertUncovered(() -> CAL.day(d("2006-12-31")), "2006-12-31");
        assertUncovered(() -> CAL.addWorkingDays(d("2026-12-21"), 9), "2027-01-01");
        assertUncovered(() -> CAL.countWorkingDays(d("2026-12-21"), d("2027-01-05")), "2027-01-01");
    }

    @Test
    void provisionalPolicyGuessesMondayToFridayAndSaysSo() {
        WorkingDayCalendar p = CAL.withPolicy(CoveragePolicy.PROVISIONAL);
        assertThat(p.policy()).isEqualTo(CoveragePolicy.PROVISIONAL);
        assertThat(CAL.policy()).isEqualTo(CoveragePolicy.STRICT); // the official calendar is unchanged
        // Mon 2026-12-28 + 5: 12-29 (1), 12-30 (2), 12-31 (3), then guessed: Fri 2027-01-01 (4), Mon 01-04 (5).
        // The guess is visibly wrong for New Year's Day, which is why the result is marked provisional.
        CalendarResult<LocalDate> r = p.addWorkingDays(d("2026-12-28"), 5);
        assertThat(r.value()).isEqualTo(d("2027-01-04"));
        assertThat(r.provisional()).isTrue();
        assertThat(r.firstUncoveredDate()).contains(d("2027-01-01"));
        CalendarResult<LocalDate> exact = p.addWorkingDays(d("2026-12-28"), 3);
        assertThat(exact.value()).isEqualTo(d("2026-12-31"));
        assertThat(exact.provisional()).isFalse();
        assertThat(p.day(d("2027-01-01")))
                .isEqualTo(new CalendarDay(d("2027-01-01"), DayKind.NORMAL_WORKING_DAY, Optional.empty(), true));
        assertThat(p.day(d("2027-01-02")).kind()).isEqualTo(DayKind.WEEKEND);
        // (2026-12-30, 2027-01-05]: 12-31, 01-01 (guessed), 01-04, 01-05 = 4, provisional
        CalendarResult<Integer> count = p.countWorkingDays(d("2026-12-30"), d("2027-01-05"));
        assertThat(count.value()).isEqualTo(4);
        assertThat(count.provisional()).isTrue();
        // before 2007: Thu 2007-01-04 - 1 -> guessed Fri 2006-12-29
        assertThat(p.plusWorkingDays(d("2007-01-04"), -1)).isEqualTo(d("2006-12-29"));
    }

    private static void assertUncovered(Runnable query, String date) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(CalendarCoverageException.class,
                e -> assertThat(e.uncoveredDate()).isEqualTo(d(date)));
    }
}
