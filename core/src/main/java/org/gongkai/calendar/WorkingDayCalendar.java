package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * China's working-day calendar (工作日): Monday to Friday, less the public holidays (法定节假日) set by the State
 * Council's annual notice, plus the Saturdays and Sundays the notice turns into working days (调休/补班).
 *
 * <p>Counting convention used throughout Gongkai: the start date is day zero. {@code plusWorkingDays(d, 20)} is the
 * 20th working day strictly after {@code d}; {@code workingDaysBetween(a, b)} counts the working days {@code x}
 * with {@code a < x <= b}. Implementations are immutable and thread-safe.
 *
 * <p>A calendar knows the dates of its {@link #coverage()}. What it does with other dates is its
 * {@link CoveragePolicy}: by default every method throws {@link CalendarCoverageException} naming the first uncovered
 * date a query touches (the start date, every date counted, and the result); under the opt-in provisional policy
 * it takes uncovered dates as Monday-Friday, and {@link #addWorkingDays}, {@link #countWorkingDays} and {@link #day}
 * say when an answer was computed that way.
 */
public interface WorkingDayCalendar {

    /**
     * The official calendar: the State Council's holiday notices bundled with Gongkai (every year from 2007 to the
     * last published notice), plus the notices in the directory or file named by the system property
     * {@code gongkai.notices} or the environment variable {@code GONGKAI_NOTICES} (see
     * {@link HolidayCalendar#official()}), strict coverage policy. Loaded once, lazily, on first use; thread-safe.
     *
     * @return the official calendar
     * @throws org.gongkai.data.DataFormatException when a notice at the configured place cannot be read or
     *     contradicts the bundled data
     * @throws java.io.UncheckedIOException when the configured place cannot be read
     */
    static HolidayCalendar official() {
        return HolidayCalendar.official();
    }

    /**
     * @param date a date
     * @return true when government offices work on that date
     * @throws CalendarCoverageException when the date is outside coverage under the strict policy
     */
    boolean isWorkingDay(LocalDate date);

    /**
     * @param date the start (day zero)
     * @param workingDays how many working days to move; negative moves back
     * @return the date that many working days after {@code date} (or before, when negative); {@code date} itself
     *     when zero
     * @throws CalendarCoverageException when the count runs outside coverage under the strict policy
     * @throws CalendarOverflowException when, under the provisional policy, the result lies before
     *     {@link LocalDate#MIN} or after {@link LocalDate#MAX}
     */
    LocalDate plusWorkingDays(LocalDate date, int workingDays);

    /**
     * @param start the start (not counted)
     * @param end the end (counted)
     * @return the number of working days {@code x} with {@code start < x <= end}; negative (the count with the
     *     roles swapped) when {@code end} is before {@code start}
     * @throws CalendarCoverageException when a date from {@code start} to {@code end} is outside coverage under the
     *     strict policy
     * @throws CalendarOverflowException when, under the provisional policy, the count exceeds
     *     {@link Integer#MAX_VALUE}
     */
    int workingDaysBetween(LocalDate start, LocalDate end);

    /**
     * @return the last day of {@link #coverage()}: after it the calendar knows no holiday notice (for a rule-based
     *     calendar, {@link LocalDate#MAX})
     */
    default LocalDate lastCoveredDay() {
        return coverage().last();
    }

    /**
     * Moves back by working days, in O(1) on the official calendar like {@link #plusWorkingDays}: the due date of a
     * window that runs before an event (在召开听证会5个工作日前公开 → the 5th working day before the hearing).
     *
     * @param date the start (day zero), e.g. the day of the event
     * @param workingDays how many working days to move back; negative moves forward
     * @return the date that many working days before {@code date}; {@code date} itself when zero
     * @throws CalendarCoverageException when the count runs outside coverage under the strict policy
     * @throws ArithmeticException when {@code workingDays} is {@link Integer#MIN_VALUE}, which has no negation
     */
    default LocalDate minusWorkingDays(LocalDate date, int workingDays) {
        return plusWorkingDays(date, Math.negateExact(workingDays));
    }

    /**
     * @param date a date
     * @return the last working day strictly before {@code date}
     * @throws CalendarCoverageException when the count runs outside coverage under the strict policy
     */
    default LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * @param date a date
     * @return the first working day strictly after {@code date}
     * @throws CalendarCoverageException when the count runs outside coverage under the strict policy
     * @throws CalendarOverflowException when, under the provisional policy, the result lies before
     *     {@link LocalDate#MIN} or after {@link LocalDate#MAX}
     */
    default LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * The range of dates this calendar knows from its data; dates outside it are never guessed silently.
     * Implementations backed by data override this (the official calendar covers 2007 to the last published
     * notice); the default, for rule-based implementations such as a test calendar, answers for every date.
     *
     * @return the covered range
     */
    default DateRange coverage() {
        return new DateRange(LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * @return what this calendar does with dates outside {@link #coverage()}; by default
     *     {@link CoveragePolicy#STRICT}
     */
    default CoveragePolicy policy() {
        return CoveragePolicy.STRICT;
    }

    /**
     * What kind of day a date is. The official calendar names the holiday of every public holiday and adjusted
     * working day; the default, for implementations that only know {@link #isWorkingDay}, derives the kind from
     * that and the day of the week, without holiday names.
     *
     * @param date a date
     * @return the kind of day it is (normal working day, weekend, public holiday with its name, adjusted working day
     *     with the holiday it belongs to, local rest day), marked provisional when outside coverage
     * @throws CalendarCoverageException when the date is outside coverage under the strict policy
     */
    default CalendarDay day(LocalDate date) {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        DayKind kind = isWorkingDay(date)
                ? (weekend ? DayKind.ADJUSTED_WORKING_DAY : DayKind.NORMAL_WORKING_DAY)
                : (weekend ? DayKind.WEEKEND : DayKind.PUBLIC_HOLIDAY);
        return new CalendarDay(date, kind, Optional.empty(), !coverage().contains(date));
    }

    /**
     * {@link #plusWorkingDays} that also says whether the answer is exact.
     *
     * @param date the start (day zero)
     * @param workingDays how many working days to move; negative moves back
     * @return the date, provisional when a date from {@code date} to the result is outside coverage
     * @throws CalendarCoverageException when the count runs outside coverage under the strict policy
     * @throws CalendarOverflowException when, under the provisional policy, the result lies before
     *     {@link LocalDate#MIN} or after {@link LocalDate#MAX}
     */
    default CalendarResult<LocalDate> addWorkingDays(LocalDate date, int workingDays) {
        LocalDate result = plusWorkingDays(date, workingDays);
        return new CalendarResult<>(result, coverage().firstOutside(date, result));
    }

    /**
     * {@link #workingDaysBetween} that also says whether the answer is exact.
     *
     * @param start the start (not counted)
     * @param end the end (counted)
     * @return the count, provisional when a date from {@code start} to {@code end} is outside coverage
     * @throws CalendarCoverageException when a date of the count is outside coverage under the strict policy
     * @throws CalendarOverflowException when, under the provisional policy, the count exceeds
     *     {@link Integer#MAX_VALUE}
     */
    default CalendarResult<Integer> countWorkingDays(LocalDate start, LocalDate end) {
        int count = workingDaysBetween(start, end);
        LocalDate from = start.isAfter(end) ? end : start;
        LocalDate to = start.isAfter(end) ? start : end;
        return new CalendarResult<>(count, coverage().firstOutside(from, to));
    }
}
