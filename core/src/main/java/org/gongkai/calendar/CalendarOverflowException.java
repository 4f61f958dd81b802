package org.gongkai.calendar;

import java.time.DateTimeException;

/**
 * A computation of a calendar under {@link CoveragePolicy#PROVISIONAL} ran beyond what Java can hold: a date
 * before {@link java.time.LocalDate#MIN} or after {@link java.time.LocalDate#MAX}, or a count of working days beyond
 * {@link Integer#MAX_VALUE}. The message names the arguments of the computation.
 */
public final class CalendarOverflowException extends DateTimeException {
    /** Serialization version. */
    private static final long serialVersionUID = 1L;

    /** @param message what was computed, with its arguments, and which limit it crossed */
    public CalendarOverflowException(String message) {
        super(message);
    }
}
