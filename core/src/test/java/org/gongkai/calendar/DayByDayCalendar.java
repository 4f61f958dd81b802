package org.gongkai.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.internal.MiniJson;

/**
 * The plain reference for the indexed calendar: reads the bundled notice files on its own (MiniJson, not
 * HolidayNotice) and counts day by day. It shares no code with HolidayCalendar's index.
 */
final class DayByDayCalendar {
    static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    /** date -> isOffDay, for every date listed by a bundled notice. */
    final Map<LocalDate, Boolean> listed = new HashMap<>();
    final boolean provisional;

    /** Thrown by the reference when a walk meets an uncovered date under the strict policy. */
    static final class Uncovered extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final LocalDate date;

        Uncovered(LocalDate date) {
            super(date.toString());
            this.date = date;
        }
    }

    DayByDayCalendar(boolean provisional) {
        this.provisional = provisional;
        for (int year = 2007; year <= 2027; year++) {
            String name = "/org/gongkai/calendar/holidays/" + year + ".json";
            InputStream in = DayByDayCalendar.class.getResourceAsStream(name);
            Map<?, ?> root = (Map<?, ?>) MiniJson.parse(in, name);
            for (Object o : (List<?>) root.get("days")) {
                Map<?, ?> day = (Map<?, ?>) o;
                listed.put(LocalDate.parse((String) day.get("date")), (Boolean) day.get("isOffDay"));
            }
        }
    }

    private static boolean covered(LocalDate d) {
        return !d.isBefore(FIRST) && !d.isAfter(LAST);
    }

    private static boolean weekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    boolean isWorkingDay(LocalDate d) {
        if (!covered(d)) {
            if (!provisional) {
                throw new Uncovered(d);
            }
            return weekday(d);
        }
        Boolean off = listed.get(d);
        return off == null ? weekday(d) : !off;
    }

    LocalDate plusWorkingDays(LocalDate d, int n) {
        if (!covered(d) && !provisional) {
            throw new Uncovered(d);
        }
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
        if (!covered(a) && !provisional) {
            throw new Uncovered(a);
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
