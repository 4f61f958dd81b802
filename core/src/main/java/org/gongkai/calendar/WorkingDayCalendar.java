package org.gongkai.calendar;

import java.time.LocalDate;

/**
 * China's working-day calendar (工作日): Monday to Friday, less the public holidays (法定节假日) set by the State
 * Council's annual notice, plus the Saturdays and Sundays the notice turns into working days (调休/补班).
 *
 * <p>Counting convention used throughout Gongkai: the start date is day zero. {@code plusWorkingDays(d, 20)} is the
 * 20th working day strictly after {@code d}; {@code workingDaysBetween(a, b)} counts the working days {@code x}
 * with {@code a < x <= b}. Implementations are immutable and thread-safe.
 */
public interface WorkingDayCalendar {

    /**
     * @param date a date
     * @return true when government offices work on that date
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * @param date the start (day zero)
     * @param workingDays how many working days to move; negative moves back
     * @return the date that many working days after {@code date} (or before, when negative); {@code date} itself
     *     when zero
     */
    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    /**
     * @param start the start (not counted)
     * @param end the end (counted)
     * @return the number of working days {@code x} with {@code start < x <= end}; negative (the count with the
     *     roles swapped) when {@code end} is before {@code start}
     */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /**
     * @param date a date
     * @return the first working day strictly after {@code date}
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }
}
