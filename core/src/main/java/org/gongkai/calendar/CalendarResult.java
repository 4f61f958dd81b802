package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a calendar computation together with whether it is exact: a result is provisional when the
 * computation went through a date outside the calendar's coverage, which only {@link CoveragePolicy#PROVISIONAL}
 * allows (and then takes as Monday-Friday).
 *
 * @param <T> the type of the answer
 * @param value the answer
 * @param firstUncoveredDate the first uncovered date the computation touched; empty when the answer is exact
 */
public record CalendarResult<T>(T value, Optional<LocalDate> firstUncoveredDate) {

    /**
     * @param value the answer
     * @param firstUncoveredDate the first uncovered date touched, or empty
     */
    public CalendarResult {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(firstUncoveredDate, "firstUncoveredDate");
    }

    /** @return true when the answer rests on a Monday-Friday guess for a date outside coverage */
    public boolean provisional() {
        return firstUncoveredDate.isPresent();
    }
}
