package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Publication within N calendar days, weeks, months, quarters or years after a trigger, e.g.
 * 本级人民代表大会或其常务委员会批准后20日内 (the budget rule of the 预算法), or the bare 6个月.
 *
 * <p>Periods are counted by the general rule of Chinese law for periods, 《中华人民共和国民法典》:
 * Art. 201 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算 (the trigger day is not counted);
 * Art. 202 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日
 * (2024-01-31 + 1 month = 2024-02-29); Art. 203 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日
 * (applied to every day that is not a working day on the calendar: a last day falling on a weekend or public
 * holiday moves to the next working day, while an adjusted working Saturday stays the last day).
 *
 * <p><b>Before an event</b> ({@link Direction#BEFORE}: 会议召开3日前公告, 提前一周) the same articles are applied
 * counting backwards from the event: the event day is not counted (Art. 201), months and years end on the
 * corresponding day or the month's last day (Art. 202: 2024-03-31 − 1 month = 2024-02-29), and a last day that is
 * not a working day moves to the working day <em>before</em> it: Art. 203 moves the end of a period past the days
 * off in the direction the period runs, so that the full period is kept; moving it towards the event would
 * shorten the notice the law requires.
 *
 * @param amount the number of units (N in 批准后N日内, N个月), positive
 * @param unit {@link PeriodUnit#DAY}, {@link PeriodUnit#WEEK}, {@link PeriodUnit#MONTH}, {@link PeriodUnit#QUARTER}
 *     or {@link PeriodUnit#YEAR}
 * @param trigger the event the window runs from (or, before an event, the event)
 * @param direction {@link Direction#AFTER} the trigger, or {@link Direction#BEFORE} the event
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record CalendarWindow(int amount, PeriodUnit unit, Trigger trigger, Direction direction,
        boolean fallbackClause, String source) implements DeadlineRule {

    /** The shortest span, in calendar days, of 20 working days in ordinary Monday–Friday weeks (Sunday → Friday). */
    static final int ORDINARY_SPAN_OF_20_WORKING_DAYS = 26;

    /**
     * Checks the values.
     *
     * @param amount the number of units (N in 批准后N日内, N个月), positive
     * @param unit {@link PeriodUnit#DAY}, {@link PeriodUnit#WEEK}, {@link PeriodUnit#MONTH}, {@link PeriodUnit#QUARTER}
     *     or {@link PeriodUnit#YEAR}
     * @param trigger the event the window runs from (or, before an event, the event)
     * @param direction {@link Direction#AFTER} the trigger, or {@link Direction#BEFORE} the event
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when the amount is not positive or the unit is not a calendar unit
     */
    public CalendarWindow {
        Rules.requirePositive(amount, "calendar period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
        if (unit == PeriodUnit.WORKING_DAY || unit == PeriodUnit.HALF_YEAR) {
            throw new IllegalArgumentException("a calendar window counts DAY, WEEK, MONTH, QUARTER or YEAR, not "
                    + unit + (unit == PeriodUnit.WORKING_DAY ? " (use WorkingDayWindow)" : " (use 6 MONTH)"));
        }
    }

    /**
     * A window after its trigger ({@link Direction#AFTER}).
     *
     * @param amount the number of units, positive
     * @param unit {@link PeriodUnit#DAY}, {@link PeriodUnit#WEEK}, {@link PeriodUnit#MONTH},
     *     {@link PeriodUnit#QUARTER} or {@link PeriodUnit#YEAR}
     * @param trigger the event the window runs from
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when the amount is not positive or the unit is not a calendar unit
     */
    public CalendarWindow(int amount, PeriodUnit unit, Trigger trigger, boolean fallbackClause, String source) {
        this(amount, unit, trigger, Direction.AFTER, fallbackClause, source);
    }

    /**
     * @param amount the number of units
     * @param unit the unit
     * @param trigger the trigger
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule, with its canonical phrase as source
     */
    public static CalendarWindow of(int amount, PeriodUnit unit, Trigger trigger, boolean fallbackClause) {
        return of(amount, unit, trigger, Direction.AFTER, fallbackClause);
    }

    /**
     * @param amount the number of units
     * @param unit the unit
     * @param trigger the trigger (the event, for a window before it)
     * @param direction after the trigger or before the event
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule, with its canonical phrase as source
     */
    public static CalendarWindow of(int amount, PeriodUnit unit, Trigger trigger, Direction direction,
            boolean fallbackClause) {
        CalendarWindow r = new CalendarWindow(amount, unit, trigger, direction, fallbackClause, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#CALENDAR_DAYS_AFTER} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.CALENDAR_DAYS_AFTER;
    }

    /**
     * The last day of the period by 民法典 Art. 201–203 (see the type's documentation): the trigger day is not
     * counted, months and years end on the corresponding day (or the month's last day), and a last day that is
     * not a working day moves to the next working day; before an event, counted backwards, it moves to the
     * working day before it.
     *
     * @param trigger the trigger date (the day of the event, for a window before it)
     * @param calendar the working-day calendar
     * @return the due date
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        if (direction == Direction.BEFORE) {
            LocalDate first = switch (unit) {
                case DAY -> trigger.minusDays(amount);
                case WEEK -> trigger.minusWeeks(amount);
                case MONTH -> trigger.minusMonths(amount);
                case QUARTER -> trigger.minusMonths(3L * amount);
                case YEAR -> trigger.minusYears(amount);
                default -> throw new IllegalStateException("unit " + unit);
            };
            return Optional.of(calendar.isWorkingDay(first) ? first : calendar.previousWorkingDay(first));
        }
        LocalDate last = switch (unit) {
            case DAY -> trigger.plusDays(amount);
            case WEEK -> trigger.plusWeeks(amount);
            case MONTH -> trigger.plusMonths(amount);
            case QUARTER -> trigger.plusMonths(3L * amount);
            case YEAR -> trigger.plusYears(amount);
            default -> throw new IllegalStateException("unit " + unit);
        };
        return Optional.of(calendar.isWorkingDay(last) ? last : calendar.nextWorkingDay(last));
    }

    /**
     * @return true without the fallback clause when the window after its trigger is longer than 26 calendar days (see
     *     {@link DeadlineRule#exceedsStatutoryProactiveWindow()})
     */
    @Override
    public boolean exceedsStatutoryProactiveWindow() {
        if (fallbackClause || direction == Direction.BEFORE) {
            return false;
        }
        long days = switch (unit) {
            case DAY -> amount;
            case WEEK -> 7L * amount;
            default -> Long.MAX_VALUE; // a month or more: at least 28 days
        };
        return days > ORDINARY_SPAN_OF_20_WORKING_DAYS;
    }

    /** @return this window with another source text */
    @Override
    public CalendarWindow withSource(String source) {
        return new CalendarWindow(amount, unit, trigger, direction, fallbackClause, source);
    }
}
