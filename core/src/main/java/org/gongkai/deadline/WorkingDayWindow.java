package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Publication within N working days (工作日) after a trigger, e.g. 信息形成或者变更之日起20个工作日内 (Regulation
 * Art. 26), 自收到申请之日起20个工作日内, or the bare 20个工作日 (trigger {@link Trigger#UNSPECIFIED}); or, with
 * {@link Direction#BEFORE}, N working days before an event: 在召开听证会5个工作日前公开.
 *
 * @param amount the number of working days (N in 信息形成或者变更之日起N个工作日内), positive
 * @param trigger the event the window runs from (or, before an event, the event)
 * @param direction {@link Direction#AFTER} the trigger, or {@link Direction#BEFORE} the event
 * @param fallbackClause whether the phrase defers to other laws (法律、法规另有规定的，从其规定)
 * @param source the text this rule was read from
 */
public record WorkingDayWindow(int amount, Trigger trigger, Direction direction, boolean fallbackClause,
        String source) implements DeadlineRule {

    /**
     * Checks the values.
     *
     * @param amount the number of working days (N in 信息形成或者变更之日起N个工作日内), positive
     * @param trigger the event the window runs from (or, before an event, the event)
     * @param direction {@link Direction#AFTER} the trigger, or {@link Direction#BEFORE} the event
     * @param fallbackClause whether the phrase defers to other laws (法律、法规另有规定的，从其规定)
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when the amount is not positive
     */
    public WorkingDayWindow {
        Rules.requirePositive(amount, "working days");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A window after its trigger ({@link Direction#AFTER}).
     *
     * @param amount the number of working days, positive
     * @param trigger the event the window runs from
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when the amount is not positive
     */
    public WorkingDayWindow(int amount, Trigger trigger, boolean fallbackClause, String source) {
        this(amount, trigger, Direction.AFTER, fallbackClause, source);
    }

    /**
     * @param amount the number of working days
     * @param trigger the trigger
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule, with its canonical phrase as source
     */
    public static WorkingDayWindow of(int amount, Trigger trigger, boolean fallbackClause) {
        return of(amount, trigger, Direction.AFTER, fallbackClause);
    }

    /**
     * @param amount the number of working days
     * @param trigger the trigger (the event, for a window before it)
     * @param direction after the trigger or before the event
     * @param fallbackClause whether the phrase defers to other laws
     * @return the rule, with its canonical phrase as source
     */
    public static WorkingDayWindow of(int amount, Trigger trigger, Direction direction, boolean fallbackClause) {
        WorkingDayWindow r = new WorkingDayWindow(amount, trigger, direction, fallbackClause, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#WORKING_DAYS_AFTER} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.WORKING_DAYS_AFTER;
    }

    /** @return {@link PeriodUnit#WORKING_DAY} */
    public PeriodUnit unit() {
        return PeriodUnit.WORKING_DAY;
    }

    /**
     * The trigger day is day zero; the due date is the {@code amount}-th working day after it
     * ({@code calendar.plusWorkingDays(trigger, amount)}), e.g. 20 working days from Fri 2024-09-27 is
     * Wed 2024-10-30 (9-29 Sun adjusted working day is day 1, 10-1..10-7 holiday, 10-12 Sat adjusted working day).
     * Before an event ({@link Direction#BEFORE}) the event day is day zero and the due date is the
     * {@code amount}-th working day before it ({@code calendar.minusWorkingDays(event, amount)}).
     *
     * @param trigger the trigger date (the day of the event, for a window before it)
     * @param calendar the working-day calendar
     * @return the due date
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        return Optional.of(direction == Direction.BEFORE ? calendar.minusWorkingDays(trigger, amount)
                : calendar.plusWorkingDays(trigger, amount));
    }

    /**
     * @return true for more than 20 working days after the trigger without the fallback clause (Regulation
     *     Art. 26); a window before an event never exceeds it
     */
    @Override
    public boolean exceedsStatutoryProactiveWindow() {
        return direction == Direction.AFTER && amount > STATUTORY_PROACTIVE_WORKING_DAYS && !fallbackClause;
    }

    /** @return this window with another source text */
    @Override
    public WorkingDayWindow withSource(String source) {
        return new WorkingDayWindow(amount, trigger, direction, fallbackClause, source);
    }
}
