package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Says when a computation comes close to the end of a calendar's data: within {@value #WINDOW_DAYS} calendar days of
 * its {@linkplain WorkingDayCalendar#lastCoveredDay() last covered day}, or past it (provisional policy). The State
 * Council publishes next year's notice in November or December; until it is added, a computation that reaches into
 * the next year fails under the strict policy, so the reply clock, the validator and the CLI warn ahead of it and say
 * how to add the notice. The warning changes no result: strict stays strict.
 */
public final class CoverageWarning {
    /** How many calendar days before the last covered day a computation is warned about. */
    public static final int WINDOW_DAYS = 30;

    /** How to add the next notice, as the warnings say it. */
    public static final String HOW_TO_ADD = "add the next year's holiday notice when the State Council publishes it "
            + "(HolidayCalendar.withNoticeText or withNotices; or a .txt/.json file in the directory named by "
            + "-D" + HolidayCalendar.NOTICES_PROPERTY + " or " + HolidayCalendar.NOTICES_ENV
            + "; CLI: --notices DIR)";

    private CoverageWarning() {
    }

    /**
     * @param calendar the calendar of the computation
     * @param lastDate the last date the computation touched (a due date, the end of a count)
     * @return the warning, when {@code lastDate} is within {@value #WINDOW_DAYS} days of the last covered day or
     *     after it; empty for a calendar without an end ({@link LocalDate#MAX}) or a date well inside its data
     */
    public static Optional<String> near(WorkingDayCalendar calendar, LocalDate lastDate) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(lastDate, "lastDate");
        LocalDate last = calendar.lastCoveredDay();
        if (last.equals(LocalDate.MAX) || lastDate.isBefore(last.minusDays(WINDOW_DAYS))) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(lastDate, last);
        String when = days > 0 ? days + " days after " + lastDate
                : days == 0 ? "on " + lastDate : -days + " days before " + lastDate;
        return Optional.of("the working-day calendar's data ends on " + last + ", " + when
                + ", the last date of this computation: " + HOW_TO_ADD);
    }
}
