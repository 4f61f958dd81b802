package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A publication deadline (公开时限) as a structured rule: one record per class of phrase seen in real catalogs.
 * Read one from Chinese text with {@link DeadlinePhrases#parse(CharSequence)}; write one back with
 * {@link DeadlinePhrases#format(DeadlineRule)}.
 *
 * <p><b>Source text.</b> Every rule keeps in {@link #source()} the exact text it was parsed from (for rules built
 * in code: the canonical phrase). The records' {@code equals} is the ordinary record equality and therefore
 * includes the source; {@link #equivalent(DeadlineRule)} compares the structure alone (ignoring source texts, at
 * every level of a {@link Compound}). {@code parse(format(r))} is always equivalent to {@code r}.
 *
 * <p><b>Fallback clause.</b> {@link #fallbackClause()} is true when the phrase carries the statutory fallback
 * clause of Regulation Art. 26 (法律、法规对政府信息公开的期限另有规定的，从其规定) or one of its variants
 * (法律法规另有规定的除外; 法律、法规、规章对更新期限另有规定的，从其规定 …). In a compound phrase the clause
 * belongs to the whole phrase, not to its parts.
 */
public sealed interface DeadlineRule
        permits WorkingDayWindow, CalendarWindow, Immediate, Standing, PublicityPeriod, FixedDate, Periodic,
        Compound, SameAsAbove, Unrecognized, OnRequest {

    /** Regulation Art. 26: proactive information is published within 20 working days of its formation or change. */
    int STATUTORY_PROACTIVE_WORKING_DAYS = 20;

    /**
     * @return the class of this rule
     */
    DeadlineKind kind();

    /**
     * @return the exact text this rule was parsed from, or the canonical phrase for a rule built in code
     */
    String source();

    /**
     * @return true when the phrase defers to other laws (法律、法规另有规定的，从其规定 and its variants)
     */
    boolean fallbackClause();

    /**
     * The last day of publication for information whose trigger happened on {@code trigger}. The rules for each
     * class are documented on the records; rules with no day (及时, 实时, 长期, a frequency, 同上, unrecognised
     * text) return empty.
     *
     * @param trigger the date of the trigger event (e.g. the date the information was formed or changed)
     * @param calendar the working-day calendar
     * @return the due date, or empty when this rule sets none
     */
    Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar);

    /**
     * Regulation Art. 26 check without a calendar: true when this rule, on its own words, may allow publishing
     * proactive information later than 20 working days after it is formed or changed and does not carry the
     * fallback clause. Exactly: a {@link WorkingDayWindow} of more than 20 working days; a {@link CalendarWindow}
     * longer than 26 calendar days (26 days is the shortest span of 20 working days in ordinary Monday–Friday
     * weeks, from a Sunday to the fourth Friday after it, so a shorter calendar window never ends after the 20th
     * working day in ordinary weeks; months and years always exceed it); a {@link Compound} when one of its parts
     * does. Every other class is false: it sets no number of days. Whether the item is proactive, and whether a
     * law it cites allows the longer window, is the validator's concern. For an exact answer on given dates use
     * {@link #exceedsStatutoryProactiveWindow(LocalDate, WorkingDayCalendar)}.
     *
     * @return true when the window may exceed Art. 26's 20 working days and the phrase has no fallback clause
     */
    default boolean exceedsStatutoryProactiveWindow() {
        return false;
    }

    /**
     * Regulation Art. 26 check on the calendar: true when, for information formed or changed on {@code trigger},
     * this rule's due date falls after the 20th working day after the trigger and the phrase has no fallback
     * clause. For a {@link Compound}, true when any part's due date does.
     *
     * @param trigger the date the information was formed or changed
     * @param calendar the working-day calendar
     * @return true when the rule's due date is later than Art. 26 allows
     */
    default boolean exceedsStatutoryProactiveWindow(LocalDate trigger, WorkingDayCalendar calendar) {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(calendar, "calendar");
        if (fallbackClause()) {
            return false;
        }
        LocalDate statutory = calendar.plusWorkingDays(trigger, STATUTORY_PROACTIVE_WORKING_DAYS);
        return dueDate(trigger, calendar).map(d -> d.isAfter(statutory)).orElse(false);
    }

    /**
     * @param source the new source text
     * @return this rule with another source text (parts of a compound keep theirs)
     */
    DeadlineRule withSource(String source);

    /**
     * Structural equality: true when both rules say the same thing, whatever text they were read from. Source
     * texts are ignored at every level; trigger texts, scopes and every number are compared. An
     * {@link Unrecognized} rule has no structure: two are equivalent when their source texts are equal.
     *
     * @param other another rule
     * @return true when the two rules are structurally equal
     */
    default boolean equivalent(DeadlineRule other) {
        Objects.requireNonNull(other, "other");
        return Rules.structure(this).equals(Rules.structure(other));
    }
}
