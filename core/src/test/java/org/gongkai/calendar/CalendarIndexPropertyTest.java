package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The O(1) index (prefix counts and the reverse table) must agree with plain day-by-day counting over the bundled
 * notices, on random dates and offsets across every covered year, including negative offsets, reversed ranges, and
 * walks that run out of coverage (strict: the same first uncovered date; provisional: Monday-Friday beyond it).
 */
class CalendarIndexPropertyTest {
    private static final HolidayCalendar OFFICIAL = WorkingDayCalendar.official();
    private static final HolidayCalendar PROVISIONAL = OFFICIAL.withPolicy(CoveragePolicy.PROVISIONAL);
    private static final DayByDayCalendar STRICT_REF = new DayByDayCalendar(false);
    private static final DayByDayCalendar PROVISIONAL_REF = new DayByDayCalendar(true);
    private static final long FIRST = DayByDayCalendar.FIRST.toEpochDay();
    private static final long DAYS = DayByDayCalendar.LAST.toEpochDay() - FIRST + 1;

    static Stream<Arguments> cases() {
        SplittableRandom random = new SplittableRandom(20240927L);
        return IntStream.range(0, 600).mapToObj(i -> {
            // mostly inside coverage; one case in ten starts up to 60 days outside it
            long offset = i % 10 == 0 ? random.nextLong(-60, DAYS + 60) : random.nextLong(DAYS);
            LocalDate date = LocalDate.ofEpochDay(FIRST + offset);
            int n = switch (i % 4) {
                case 0 -> random.nextInt(-25, 26);
                case 1 -> random.nextInt(-300, 301);
                case 2 -> random.nextInt(-5000, 5001);
                default -> random.nextInt(-40, 41);
            };
            LocalDate other = date.plusDays(random.nextInt(-2000, 2001));
            return Arguments.of(date, n, other);
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void strictIndexAgreesWithDayByDay(LocalDate date, int n, LocalDate other) {
        check(() -> STRICT_REF.plusWorkingDays(date, n), () -> OFFICIAL.plusWorkingDays(date, n));
        check(() -> STRICT_REF.workingDaysBetween(date, other), () -> OFFICIAL.workingDaysBetween(date, other));
        check(() -> STRICT_REF.workingDaysBetween(other, date), () -> OFFICIAL.workingDaysBetween(other, date));
        check(() -> STRICT_REF.isWorkingDay(date), () -> OFFICIAL.isWorkingDay(date));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void provisionalIndexAgreesWithDayByDay(LocalDate date, int n, LocalDate other) {
        LocalDate expected = PROVISIONAL_REF.plusWorkingDays(date, n);
        CalendarResult<LocalDate> result = PROVISIONAL.addWorkingDays(date, n);
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.provisional()).isEqualTo(outside(date, expected));
        assertThat(PROVISIONAL.workingDaysBetween(date, other))
                .isEqualTo(PROVISIONAL_REF.workingDaysBetween(date, other));
        assertThat(PROVISIONAL.workingDaysBetween(other, date))
                .isEqualTo(PROVISIONAL_REF.workingDaysBetween(other, date));
        assertThat(PROVISIONAL.countWorkingDays(date, other).provisional()).isEqualTo(outside(date, other));
    }

    @Test
    void everyCoveredDayHasTheKindItsNoticeSays() {
        for (LocalDate d = DayByDayCalendar.FIRST; !d.isAfter(DayByDayCalendar.LAST); d = d.plusDays(1)) {
            assertThat(OFFICIAL.isWorkingDay(d)).as("%s", d).isEqualTo(STRICT_REF.isWorkingDay(d));
            CalendarDay day = OFFICIAL.day(d);
            assertThat(day.isWorkingDay()).as("%s", d).isEqualTo(STRICT_REF.isWorkingDay(d));
            assertThat(day.provisional()).isFalse();
            Boolean off = STRICT_REF.listed.get(d);
            boolean weekend = d.getDayOfWeek().getValue() >= 6;
            DayKind expected = off == null ? (weekend ? DayKind.WEEKEND : DayKind.NORMAL_WORKING_DAY)
                    : off ? DayKind.PUBLIC_HOLIDAY
                    : weekend ? DayKind.ADJUSTED_WORKING_DAY : DayKind.NORMAL_WORKING_DAY;
            assertThat(day.kind()).as("%s", d).isEqualTo(expected);
        }
    }

    private static boolean outside(LocalDate a, LocalDate b) {
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        return lo.isBefore(DayByDayCalendar.FIRST) || hi.isAfter(DayByDayCalendar.LAST);
    }

    private static void check(java.util.function.Supplier<Object> reference, java.util.function.Supplier<Object> indexed) {
        Object expected;
        try {
            expected = reference.get();
        } catch (DayByDayCalendar.Uncovered u) {
            assertThatThrownBy(indexed::get).isInstanceOfSatisfying(CalendarCoverageException.class,
                    e -> assertThat(e.uncoveredDate()).isEqualTo(u.date));
            return;
        }
        assertThat(indexed.get()).isEqualTo(expected);
    }
}
