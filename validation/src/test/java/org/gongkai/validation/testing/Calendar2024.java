package org.gongkai.validation.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * The working days of September–November 2024 from the State Council's notice (国办发明电〔2023〕7号,
 * reference/holidays/2024.json): 中秋 9-15..9-17 off with Sat 9-14 worked; 国庆 10-1..10-7 off with Sun 9-29 and
 * Sat 10-12 worked. Day by day, for tests only, until the official calendar is in core.
 */
public final class Calendar2024 implements WorkingDayCalendar {
    private static final Set<LocalDate> OFF = Set.of(
            LocalDate.of(2024, 9, 15), LocalDate.of(2024, 9, 16), LocalDate.of(2024, 9, 17),
            LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2), LocalDate.of(2024, 10, 3),
            LocalDate.of(2024, 10, 4), LocalDate.of(2024, 10, 5), LocalDate.of(2024, 10, 6),
            LocalDate.of(2024, 10, 7));
    private static final Set<LocalDate> WORKED = Set.of(
            LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));

    @Override
    public boolean isWorkingDay(LocalDate d) {
        if (d.getYear() != 2024 || d.getMonthValue() < 9 || d.getMonthValue() > 11) {
            throw new org.gongkai.calendar.CalendarCoverageException(d, new org.gongkai.calendar.DateRange(
                    LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 30)));
        }
        if (WORKED.contains(d)) {
            return true;
        }
        return !OFF.contains(d) && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
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
