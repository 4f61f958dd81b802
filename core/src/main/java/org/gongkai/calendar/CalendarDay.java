package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One date of the calendar and what kind of day it is.
 *
 * @param date the date
 * @param kind its kind
 * @param holiday the holiday's name as the notice writes it (e.g. {@code 春节}, {@code 国庆节、中秋节}): the holiday for a
 *     {@link DayKind#PUBLIC_HOLIDAY} or {@link DayKind#LOCAL_REST_DAY}, the holiday it is worked for on an
 *     {@link DayKind#ADJUSTED_WORKING_DAY} (always present on the official calendar; empty only from a calendar that
 *     does not know names); always empty for the other kinds
 * @param provisional true when the date is outside the calendar's coverage and the kind is the Monday-Friday guess
 *     of {@link CoveragePolicy#PROVISIONAL}
 */
public record CalendarDay(LocalDate date, DayKind kind, Optional<String> holiday, boolean provisional) {

    /**
     * @param date the date
     * @param kind its kind
     * @param holiday the holiday's name, only for the kinds with {@link DayKind#hasHoliday()}
     * @param provisional true when guessed outside coverage
     * @throws IllegalArgumentException when a holiday is given for a normal working day or a weekend, or is blank
     */
    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holiday, "holiday");
        if (holiday.isPresent() && (!kind.hasHoliday() || holiday.get().isBlank())) {
            throw new IllegalArgumentException(date + ": a day of kind " + kind + " cannot have the holiday \""
                    + holiday.get() + "\"");
        }
    }

    /** @return true when government offices work on this day */
    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }
}
