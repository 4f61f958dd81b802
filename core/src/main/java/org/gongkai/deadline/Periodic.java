package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A frequency: 每季度, 每月, 半年至少更新1次.
 *
 * @param unit the period: DAY, WEEK, MONTH, QUARTER, HALF_YEAR or YEAR
 * @param times how many publications or updates per period, positive (1 for 每季度)
 * @param atLeast true for a minimum (至少)
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record Periodic(PeriodUnit unit, int times, boolean atLeast, boolean fallbackClause, String source)
        implements DeadlineRule {

    /**
     * Checks the values.
     *
     * @param unit the period: DAY, WEEK, MONTH, QUARTER, HALF_YEAR or YEAR
     * @param times how many publications or updates per period, positive (1 for 每季度)
     * @param atLeast true for a minimum (至少)
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when times is not positive or the unit is working days
     */
    public Periodic {
        Objects.requireNonNull(unit, "unit");
        Rules.requirePositive(times, "times per period");
        Objects.requireNonNull(source, "source");
        if (unit == PeriodUnit.WORKING_DAY) {
            throw new IllegalArgumentException("a frequency is per calendar period, not per WORKING_DAY");
        }
    }

    /**
     * @param unit the period
     * @param times how many per period
     * @param atLeast a minimum
     * @return the rule, without fallback clause, with its canonical phrase as source
     */
    public static Periodic of(PeriodUnit unit, int times, boolean atLeast) {
        Periodic r = new Periodic(unit, times, atLeast, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#PERIODIC} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.PERIODIC;
    }

    /** @return always empty: a frequency is checked over a period, not against one trigger date */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return this rule with another source text */
    @Override
    public Periodic withSource(String source) {
        return new Periodic(unit, times, atLeast, fallbackClause, source);
    }
}
