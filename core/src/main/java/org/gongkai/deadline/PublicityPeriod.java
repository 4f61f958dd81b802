package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * A period during which the information stays posted: 公示7个工作日, or a consultation period such as
 * 征求意见期限不得少于30日 (国有土地上房屋征收与补偿条例 Art. 10). It runs from the day of posting, so it sets no
 * publication deadline of its own.
 *
 * @param purpose publicity (公示) or consultation (征求意见)
 * @param amount the length, positive
 * @param unit {@link PeriodUnit#WORKING_DAY} or {@link PeriodUnit#DAY}
 * @param atLeast true for a minimum (不少于, 不得少于, 至少)
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record PublicityPeriod(PublicityPurpose purpose, int amount, PeriodUnit unit, boolean atLeast,
        boolean fallbackClause, String source) implements DeadlineRule {

    /**
     * Checks the values.
     *
     * @param purpose publicity (公示) or consultation (征求意见)
     * @param amount the length, positive
     * @param unit {@link PeriodUnit#WORKING_DAY} or {@link PeriodUnit#DAY}
     * @param atLeast true for a minimum (不少于, 不得少于, 至少)
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when the amount is not positive or the unit is not days
     */
    public PublicityPeriod {
        Objects.requireNonNull(purpose, "purpose");
        Rules.requirePositive(amount, "publicity period");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (unit != PeriodUnit.WORKING_DAY && unit != PeriodUnit.DAY) {
            throw new IllegalArgumentException("a publicity period is counted in WORKING_DAY or DAY, not " + unit);
        }
    }

    /**
     * @param purpose publicity or consultation
     * @param amount the length
     * @param unit working days or days
     * @param atLeast a minimum
     * @return the rule, without fallback clause, with its canonical phrase as source
     */
    public static PublicityPeriod of(PublicityPurpose purpose, int amount, PeriodUnit unit, boolean atLeast) {
        PublicityPeriod r = new PublicityPeriod(purpose, amount, unit, atLeast, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#PUBLICITY_PERIOD} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.PUBLICITY_PERIOD;
    }

    /**
     * @return always empty: the period runs from the posting, it is not a deadline for the posting
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return this rule with another source text */
    @Override
    public PublicityPeriod withSource(String source) {
        return new PublicityPeriod(purpose, amount, unit, atLeast, fallbackClause, source);
    }
}
