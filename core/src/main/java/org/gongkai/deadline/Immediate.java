package org.gongkai.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.calendar.WorkingDayCalendar;

/**
 * Publication without a number of days: 及时公开, 重大决策作出后及时公开, 实时公开, 按进展情况及时公开, or at the time
 * of an event (在实地启动拟征收土地工作时).
 *
 * @param immediacy how promptly
 * @param trigger the event: required for {@link Immediacy#AT_EVENT}, optional for {@link Immediacy#TIMELY},
 *     {@link Trigger#UNSPECIFIED} for the others
 * @param fallbackClause whether the phrase defers to other laws
 * @param source the text this rule was read from
 */
public record Immediate(Immediacy immediacy, Trigger trigger, boolean fallbackClause, String source)
        implements DeadlineRule {

    /**
     * Checks the pairing of immediacy and trigger.
     *
     * @param immediacy how promptly
     * @param trigger the event: required for {@link Immediacy#AT_EVENT}, optional for {@link Immediacy#TIMELY},
     *     {@link Trigger#UNSPECIFIED} for the others
     * @param fallbackClause whether the phrase defers to other laws
     * @param source the text this rule was read from
     *
     * @throws IllegalArgumentException when an {@link Immediacy#AT_EVENT} rule has no trigger, or a real-time or
     *     as-progress rule has one
     */
    public Immediate {
        Objects.requireNonNull(immediacy, "immediacy");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        boolean unspecified = trigger.kind() == TriggerKind.UNSPECIFIED;
        if (immediacy == Immediacy.AT_EVENT && unspecified) {
            throw new IllegalArgumentException("an AT_EVENT rule needs the event as its trigger");
        }
        if ((immediacy == Immediacy.REAL_TIME || immediacy == Immediacy.AS_PROGRESS) && !unspecified) {
            throw new IllegalArgumentException(immediacy + " takes no trigger, got " + trigger);
        }
    }

    /**
     * @param immediacy how promptly
     * @param trigger the event, or {@link Trigger#UNSPECIFIED}
     * @return the rule, without fallback clause, with its canonical phrase as source
     */
    public static Immediate of(Immediacy immediacy, Trigger trigger) {
        Immediate r = new Immediate(immediacy, trigger, false, "");
        return r.withSource(DeadlinePhrases.format(r));
    }

    /** @return {@link DeadlineKind#IMMEDIATE} */
    @Override
    public DeadlineKind kind() {
        return DeadlineKind.IMMEDIATE;
    }

    /**
     * @return always empty: 及时/实时 set no number of days, so no date can be computed
     */
    @Override
    public Optional<LocalDate> dueDate(LocalDate trigger, WorkingDayCalendar calendar) {
        return Optional.empty();
    }

    /** @return this rule with another source text */
    @Override
    public Immediate withSource(String source) {
        return new Immediate(immediacy, trigger, fallbackClause, source);
    }
}
