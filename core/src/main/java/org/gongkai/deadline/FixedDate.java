package org.gongkai.deadline;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A date of the calendar year: 每年1月31日前 (the annual report, Regulation Art. 49), 1月31日前, 6月底前.
 * "前" is read as "no later than" (the date itself is allowed), as in Art. 49.
 *
 * @param month the month, 1–12
 * @param day the day of the month (1 to the month's length; 29 allowed for February); 0 when {@code monthEnd}
 * @param monthEnd true for 月底 (the month's last day)
 * @param everyYear true when the phrase says 每年
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record FixedDate(int month, int day, boolean monthEnd, boolean everyYear, boolean fallbackClause,
        String source) implements DeadlineRule {

    /**
     * Checks the date exists.
     *
     * @param month the month, 1–12
     * @param day the day of the month (1 to the month's length; 29 allowed for February); 0 when {@code monthEnd}
     * @param monthEnd true for 月底 (the month's last day)
     * @param everyYear true when the phrase says 每年
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException for a month outside 1–12 or a day the month does not have
     */
    public FixedDate {
        Objects.requireNonNull(source, "source");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, was " + month);
        }
        if (monthEnd ? day != 0 : day < 1 || day > Month.of(month).maxLength()) {
            throw new IllegalArgumentException("day " + day + " of month " + month
                    + (monthEnd ? ": must be 0 for 月底" : " does not exist"));
        }
    }

    /**
     * @param month the month
     * @param day the day of the month
     * @param everyYear 每年
     * @return the rule, without fallback clause, with its canonical phrase as source
     */
    public static FixedDate of(int month, int day, boolean everyYear) {
        FixedDate r = new FixedDate(month, day, false, everyYear, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /**
     * @param month the month
     * @param everyYear 每年
     * @return the rule "month end" (M月底前), without fallback clause, with its canonical phrase as source
     */
    public static FixedDate endOf(int month, boolean everyYear) {
        FixedDate r = new FixedDate(month, 0, true, everyYear, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#FIXED_DATE} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.FIXED_DATE;
    }

    /**
     * The first occurrence of the date on or after the trigger (a trigger after this year's date gives next
     * year's). A fixed date is not a period, so 民法典 Art. 203 does not move it off a rest day.
     *
     * @param trigger the trigger date
     * @param calendar unused: the date is the date
     * @return the due date
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        LocalDate candidate = inYear(trigger.getYear());
        return Optional.of(candidate.isBefore(trigger) ? inYear(trigger.getYear() + 1) : candidate);
    }

    private LocalDate inYear(int year) {
        YearMonth ym = YearMonth.of(year, month);
        return monthEnd ? ym.atEndOfMonth() : ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /** @return this rule with another source text */
    @Override
    public FixedDate withSource(String source) {
        return new FixedDate(month, day, monthEnd, everyYear, fallbackClause, source);
    }
}
