package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed range of dates, both ends included: the years a calendar knows.
 *
 * @param first the first date of the range
 * @param last the last date of the range, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

    /**
     * @param first the first date of the range
     * @param last the last date of the range, not before {@code first}
     * @throws IllegalArgumentException when {@code last} is before {@code first}
     */
    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("date range ends on " + last + " before it starts on " + first);
        }
    }

    /**
     * @param date a date
     * @return true when {@code first <= date <= last}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /**
     * The first date outside this range met when walking day by day from {@code from} to {@code to}, both
     * included, in either direction.
     *
     * @param from where the walk starts
     * @param to where the walk ends (may be before {@code from})
     * @return the first uncovered date of the walk, or empty when every date of the walk is in this range
     */
    public Optional<LocalDate> firstOutside(LocalDate from, LocalDate to) {
        if (!contains(from)) {
            return Optional.of(from);
        }
        if (to.isAfter(last)) {
            return Optional.of(last.plusDays(1));
        }
        if (to.isBefore(first)) {
            return Optional.of(first.minusDays(1));
        }
        return Optional.empty();
    }

    /** @return the number of days in the range */
    public long days() {
        return last.toEpochDay() - first.toEpochDay() + 1;
    }

    /** @return {@code first..last} in ISO format */
    @Override
    public String toString() {
        return first + ".." + last;
    }
}
