package org.gongkai.benchmarks.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.HolidayNotice;

/**
 * The comparison for the indexed calendar: what a plain implementation does, a map of the notices' listed days and
 * a loop that steps one day at a time.
 */
final class NaiveCalendar {
    private final Map<LocalDate, Boolean> offDay = new HashMap<>();

    NaiveCalendar(HolidayCalendar source) {
        for (HolidayNotice n : source.notices()) {
            for (HolidayNotice.Day d : n.days()) {
                offDay.put(d.date(), d.offDay());
            }
        }
    }

    boolean isWorkingDay(LocalDate d) {
        Boolean off = offDay.get(d);
        if (off != null) {
            return !off;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
    }

    LocalDate plusWorkingDays(LocalDate d, int n) {
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate x = d;
        while (left > 0) {
            x = x.plusDays(step);
            if (isWorkingDay(x)) {
                left--;
            }
        }
        return x;
    }

    int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
            if (isWorkingDay(x)) {
                count++;
            }
        }
        return count;
    }
}
