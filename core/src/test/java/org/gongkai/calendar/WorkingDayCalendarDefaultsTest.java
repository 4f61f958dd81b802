package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rule-based implementation that only knows isWorkingDay and the arithmetic (as test calendars of other modules
 * do) still compiles and gets sensible coverage, policy and day kinds from the interface's defaults.
 */
class WorkingDayCalendarDefaultsTest {

    /** Monday to Friday, with Tue 2024-10-01 off and Sun 2024-09-29 worked; day-by-day arithmetic. */
    private static final WorkingDayCalendar RULES = new WorkingDayCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            if (date.equals(LocalDate.of(2024, 10, 1))) {
                return false;
            }
            return date.equals(LocalDate.of(2024, 9, 29)) || date.getDayOfWeek().getValue() <= 5;
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
            LocalDate d = date;
            for (int left = Math.abs(workingDays); left > 0; ) {
                d = d.plusDays(workingDays > 0 ? 1 : -1);
                left -= isWorkingDay(d) ? 1 : 0;
            }
            return d;
        }

        @Override
        public int workingDaysBetween(LocalDate start, LocalDate end) {
            int n = 0;
            for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
                n += isWorkingDay(d) ? 1 : 0;
            }
            return end.isBefore(start) ? -workingDaysBetween(end, start) : n;
        }
    };

    @Test
    void defaultsDeriveTheKindFromTheDayOfTheWeek() {
        assertThat(RULES.coverage().contains(LocalDate.of(3000, 1, 1))).isTrue();
        assertThat(RULES.policy()).isEqualTo(CoveragePolicy.STRICT);
        assertThat(RULES.day(LocalDate.of(2024, 10, 1)))
                .isEqualTo(new CalendarDay(LocalDate.of(2024, 10, 1), DayKind.PUBLIC_HOLIDAY, Optional.empty(), false));
        assertThat(RULES.day(LocalDate.of(2024, 9, 29)).kind()).isEqualTo(DayKind.ADJUSTED_WORKING_DAY);
        assertThat(RULES.day(LocalDate.of(2024, 9, 28)).kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(RULES.day(LocalDate.of(2024, 9, 30)).kind()).isEqualTo(DayKind.NORMAL_WORKING_DAY);
        // Fri 09-27 + 2: Sun 09-29 (1), Mon 09-30 (2)
        CalendarResult<LocalDate> r = RULES.addWorkingDays(LocalDate.of(2024, 9, 27), 2);
        assertThat(r.value()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(r.provisional()).isFalse();
    }

    @Test
    void aHolidayNameBelongsOnlyToHolidayKinds() {
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2024, 10, 8), DayKind.NORMAL_WORKING_DAY,
                Optional.of("国庆节"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-10-08").hasMessageContaining("国庆节");
        assertThatThrownBy(() -> new CalendarDay(LocalDate.of(2024, 10, 1), DayKind.PUBLIC_HOLIDAY,
                Optional.of(" "), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-01-01");
    }
}
