package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A rest day that a local government adds to the national calendar, e.g. an autonomous region's own holiday.
 *
 * @param date the date
 * @param name the holiday's name as the local notice writes it
 * @param source the local notice or document it comes from, for provenance
 */
public record LocalRestDay(LocalDate date, String name, String source) {
    /**
     * @param date the date
     * @param name the holiday's name, not blank
     * @param source where it comes from, not blank
     */
    public LocalRestDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (name.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException(date + ": a local rest day needs its holiday's name and its source");
        }
    }
}
