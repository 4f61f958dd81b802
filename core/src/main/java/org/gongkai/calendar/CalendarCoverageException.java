package org.gongkai.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A query under {@link CoveragePolicy#STRICT} touched a date that the calendar's notices do not cover. The message
 * names the first uncovered date met by the computation and the range that is covered.
 */
public final class CalendarCoverageException extends DateTimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;
    private final LocalDate uncoveredDate;
    private final transient DateRange coverage;

    /**
     * @param uncoveredDate the first date outside the coverage that the query touched
     * @param coverage the range the calendar covers
     */
    public CalendarCoverageException(LocalDate uncoveredDate, DateRange coverage) {
        super("the working-day calendar does not cover " + uncoveredDate + " (it covers " + coverage
                + "; add the year's holiday notice, or opt in to CoveragePolicy.PROVISIONAL)");
        this.uncoveredDate = uncoveredDate;
        this.coverage = coverage;
    }

    /** @return the first uncovered date the query touched */
    public LocalDate uncoveredDate() {
        return uncoveredDate;
    }

    /** @return the range the calendar covers */
    public DateRange coverage() {
        return coverage;
    }
}
