package org.gongkai.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Test-only calendar: Monday–Friday, less the listed days off, plus the listed adjusted working days, copied by
 * hand from the shared reference data reference/holidays/2023.json, 2024.json and 2025.json (State Council notices) for the
 * periods the tests use. Day-by-day iteration: slow but obviously right.
 */
final class TestCalendar implements WorkingDayCalendar {

    /** Days off of 2024 used by the tests (2024.json): 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆. */
    private static final Set<LocalDate> OFF = Set.of(
            LocalDate.of(2023, 9, 29), LocalDate.of(2023, 9, 30), LocalDate.of(2023, 10, 1),
            LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 3), LocalDate.of(2023, 10, 4),
            LocalDate.of(2023, 10, 5), LocalDate.of(2023, 10, 6),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 11), LocalDate.of(2024, 2, 12), LocalDate.of(2024, 2, 13),
            LocalDate.of(2024, 2, 14), LocalDate.of(2024, 2, 15), LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 17),
            LocalDate.of(2024, 4, 4), LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 6),
            LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 4),
            LocalDate.of(2024, 5, 5),
            LocalDate.of(2024, 6, 10),
            LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 16), LocalDate.of(2024, 9, 17),
            LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 4),
            LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 6), LocalDate.of(2024, 10, 7),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4));

    /** Adjusted working days (weekends made working days) of the same notices. */
    private static final Set<LocalDate> WORKING = Set.of(
            LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8),
            LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7), LocalDate.of(2024, 4, 28),
            LocalDate.of(2024, 5, 11), LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 29),
            LocalDate.of(2024, 10, 12),
            LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (OFF.contains(date)) {
            return false;
        }
        if (WORKING.contains(date)) {
            return true;
        }
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
        LocalDate d = date;
        int step = workingDays >= 0 ? 1 : -1;
        for (int left = Math.abs(workingDays); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int n = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
