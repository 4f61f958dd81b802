package org.gongkai.calendar;

/** What a calendar does with a date outside the years its notices cover ({@link WorkingDayCalendar#coverage()}). */
public enum CoveragePolicy {
    /**
     * The default: any query that touches an uncovered date throws {@link CalendarCoverageException} naming the first
     * uncovered date. Unknown dates are never guessed.
     */
    STRICT,
    /**
     * Opt-in: uncovered dates are taken as Monday-Friday working days, Saturday and Sunday rest days, and every result
     * computed that way is marked provisional ({@link CalendarResult#provisional()}, {@link CalendarDay#provisional()}).
     */
    PROVISIONAL
}
